import { StretchKitError } from "../errors.js";
import { builtInEnglish } from "../messages/en.js";
import type { Message, MessageCatalog } from "../messages/keys.js";
import type { Routine, Side } from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";
import { MAX_SESSION_MS, parseScheduleOptions, type ResolvedScheduleOptions, type TimingOptions } from "./options.js";
import { type ItemPlan, indexStretches, resolveRoutine, type StretchInfo } from "./resolve-routine.js";
import type { Cue, Session, SessionStep } from "./types.js";

/**
 * The options of {@link scheduleSession}: step durations, the hold, sides, repetitions, cue lead
 * times, the message catalog and the stretch catalog. Every field has a default; durations are in
 * seconds, 0 to 600, each a whole number of milliseconds.
 *
 * @example
 * const options: ScheduleOptions = { holdSeconds: 30, firstSide: "right", repetitions: "max" };
 * const session = scheduleSession(backSpasmRoutine, options);
 * session.steps.find((step) => step.stretchId === "sideways-reach")?.side; //=> "right"
 * session.totalMs; //=> 1645000
 */
export interface ScheduleOptions extends TimingOptions {
  /** Every hold, in seconds (1 to 600), instead of each item's `holdSeconds`. */
  readonly holdSeconds?: number | undefined;
  /**
   * The side done first by items done on both sides. Precedence: this option, else the item's
   * `firstSide`, else `"left"`. Items done on one side only keep their side.
   */
  readonly firstSide?: Side | undefined;
  /** `"min"` or `"max"`: every stretch's own fewest or most repetitions, instead of each item's. */
  readonly repetitions?: "min" | "max" | undefined;
  /** How long before a new stretch (after the first) the `next` cue comes. Default 3. */
  readonly nextLeadSeconds?: number | undefined;
  /** How long before a side change the `switch-side` cue comes. Default 3. */
  readonly switchSideLeadSeconds?: number | undefined;
  /** The countdown before each hold ends starts at this count, one a second (0 to 10; 0: none). Default 3. */
  readonly countdownFrom?: number | undefined;
  /** The texts of steps and cues. Default `englishMessages`. */
  readonly messages?: MessageCatalog | undefined;
  /** The stretches the routine's ids refer to, instead of the built-in ones. Default: the built-in `stretches`. */
  readonly catalog?: readonly Stretch[] | undefined;
}

/** One item's dose in a session: repetitions on each side and the hold. */
export interface Dose {
  readonly repetitions: number;
  readonly holdMs: number;
}

/** How long one item lasts, in milliseconds, with the given step durations. */
export function itemDurationMs(
  sides: number,
  dose: Dose,
  timing: {
    readonly prepareMs: number;
    readonly easeMs: number;
    readonly releaseMs: number;
    readonly restMs: number;
    readonly switchSideMs: number;
  },
): number {
  const { repetitions, holdMs } = dose;
  const oneSide = repetitions * (timing.easeMs + holdMs + timing.releaseMs) + (repetitions - 1) * timing.restMs;
  return timing.prepareMs + sides * oneSide + (sides - 1) * timing.switchSideMs;
}

/** Throws when the planned session is longer than 4 hours. */
function assertSessionLength(totalMs: number): void {
  if (totalMs > MAX_SESSION_MS) {
    throw new StretchKitError(
      "invalid_session",
      [
        {
          path: [],
          code: "too_big",
          message: `the session would last ${String(totalMs / 1000)} s; it must last at most 14400 s (4 hours)`,
        },
      ],
      "Session too long",
    );
  }
}

/**
 * Builds the timed step sequence and cue stream of one session of a routine.
 *
 * For each stretch, in routine order: a `prepare` step; then, for each side (a sided stretch does
 * all its repetitions on the first side, then a `switch-side` step, then all on the other side),
 * for each repetition: `stretch` (ease in), `hold` (breathe in and hold; `endsOnUser`), `release`
 * (breathe out), and a `rest` between repetitions of the same side. A step whose duration is 0 is
 * left out; holds last at least 1 s. Steps tile `[0, totalMs)`; every time is a whole number of
 * milliseconds. Cues, sorted by `atMs` (cues at the same instant in step order): the stretch's name
 * and first setup instruction at its start (`prepare`), `next` before every stretch but the first,
 * `halfway` through each hold (when it comes before the countdown), a countdown (3, 2, 1) before
 * each hold ends (only the counts that fall after the hold starts), and `switch-side` ahead of a
 * side change. A cue whose lead reaches before the session starts comes at 0.
 *
 * The output is fresh plain JSON data, not frozen; the inputs are never changed.
 *
 * @param routine - The routine to run, e.g. `backSpasmRoutine`; checked against `RoutineSchema`
 * and its items against the catalog as `validateRoutine` checks them (each stretch known and at
 * most once, sides only on a stretch with sides).
 * @param options - Durations, hold, sides, repetitions, cue leads, messages and catalog; see
 * {@link ScheduleOptions}.
 * @returns The session: `{ routineId, totalMs, steps, cues }`.
 * @throws {@link StretchKitError} with code `invalid_options` (e.g. a negative, NaN, infinite or
 * sub-millisecond duration, an unknown first side), `invalid_catalog` (a bad stretch in
 * `options.catalog`), `invalid_routine` (a bad routine, an unknown stretch id, the same stretch
 * twice, sides on a stretch without sides) or `invalid_session` (a session over 4 hours), each
 * issue with its path.
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * session.totalMs; //=> 970000
 * session.steps[0]?.text; //=> "Forward roll. Sit up straight and let your spine grow long."
 * session.steps[3]?.text; //=> "Breathe out and return to the starting position."
 * scheduleSession(backSpasmRoutine, { repetitions: "max" }).totalMs; //=> 1285000
 */
export function scheduleSession(routine: Routine, options?: ScheduleOptions): Session {
  const parsedOptions = parseScheduleOptions(options);
  if (!parsedOptions.ok) throw new StretchKitError("invalid_options", parsedOptions.issues, "Invalid schedule options");
  const opts = parsedOptions.value;
  const index = indexStretches(opts.catalog);
  if (!index.ok) throw new StretchKitError("invalid_catalog", index.issues, "Invalid catalog");
  const plans = resolveRoutine(routine, index.value, opts.firstSide);
  if (!plans.ok) throw new StretchKitError("invalid_routine", plans.issues, "Invalid routine");
  const doses: Dose[] = [];
  let totalMs = 0;
  for (const plan of plans.value) {
    const dose = doseOf(plan, opts);
    doses.push(dose);
    totalMs += itemDurationMs(plan.sides.length, dose, opts);
  }
  assertSessionLength(totalMs);
  return build(routine.id, plans.value, doses, opts, totalMs);
}

function doseOf(plan: ItemPlan, opts: ResolvedScheduleOptions): Dose {
  const { info, item } = plan;
  return {
    repetitions:
      opts.repetitions === "min"
        ? info.minRepetitions
        : opts.repetitions === "max"
          ? info.maxRepetitions
          : item.repetitions,
    holdMs: opts.holdMs ?? item.holdSeconds * 1000,
  };
}

/** A message and its text, made once and shared by every cue that says the same thing. */
interface Said {
  readonly message: Message;
  readonly text: string;
}

/** The countdown messages of a session, by count, made on first use. */
function countdownOf(said: Said[], messages: MessageCatalog, count: number): Said {
  let found = said[count];
  if (found === undefined) {
    const params = { count };
    found = { message: { key: "cue.countdown", params }, text: messages["cue.countdown"](params) };
    said[count] = found;
  }
  return found;
}

/*
 * The built-in English texts are pure functions of their parameters, and most of a session's texts
 * depend on nothing but the stretch, the side and the repetition. So, for a catalog that holds the
 * built-in functions, the texts of a stretch are made once and remembered with its info (which is
 * itself remembered for a frozen stretch). Strings are immutable: sharing them between sessions
 * shares no mutable data. Any other catalog is called for every step, as before.
 */

/** The English texts of one stretch on one side (or none). */
interface SideTexts {
  readonly prepare: string;
  readonly cuePrepare: string;
  /** The texts of the change to this side; empty for no side. */
  readonly switchStep: string;
  readonly switchCue: string;
  /** The `step.stretch` texts by repetitions, then by repetition (from 1). */
  readonly ease: (readonly string[] | undefined)[];
}

/** The English texts of one stretch: by side code (0 none, 1 left, 2 right), and its cues. */
interface StretchTexts {
  readonly sides: (SideTexts | undefined)[];
  readonly next: string;
  readonly halfway: string;
  /** The last hold's length and text (they depend on it and on `endsOnUser` only). */
  holdMs: number;
  hold: string;
}

const englishTexts: WeakMap<StretchInfo, StretchTexts> = /* @__PURE__ */ new WeakMap();

/** The remembered English texts of a stretch. */
function textsOf(info: StretchInfo): StretchTexts {
  let texts = englishTexts.get(info);
  if (texts === undefined) {
    const params = { stretchId: info.id, stretch: info.name };
    texts = {
      sides: [],
      next: builtInEnglish["cue.next"](params),
      halfway: builtInEnglish["cue.halfway"](params),
      holdMs: -1,
      hold: "",
    };
    englishTexts.set(info, texts);
  }
  return texts;
}

/** The remembered English texts of a stretch on a side. */
function sideTextsOf(texts: StretchTexts, info: StretchInfo, side: Side | null): SideTexts {
  const code = side === null ? 0 : side === "left" ? 1 : 2;
  let found = texts.sides[code];
  if (found === undefined) {
    const stretchId = info.id;
    const stretch = info.name;
    const limb = side === null ? null : info.limb;
    const change = side === null || limb === null ? undefined : { stretchId, stretch, side, limb };
    found = {
      prepare: builtInEnglish["step.prepare"]({ stretchId, stretch, side, limb, instruction: info.setup }),
      cuePrepare: builtInEnglish["cue.prepare"]({ stretchId, stretch, side, limb, instruction: info.firstSetup }),
      switchStep: change === undefined ? "" : builtInEnglish["step.switch-side"](change),
      switchCue: change === undefined ? "" : builtInEnglish["cue.switch-side"](change),
      ease: [],
    };
    texts.sides[code] = found;
  }
  return found;
}

/** The remembered English `step.stretch` texts of a stretch on a side, by repetition (from 1). */
function easeTextsOf(onSide: SideTexts, info: StretchInfo, side: Side | null, repetitions: number): readonly string[] {
  let found = onSide.ease[repetitions];
  if (found === undefined) {
    const made = [""];
    const limb = side === null ? null : info.limb;
    for (let repetition = 1; repetition <= repetitions; repetition++) {
      made.push(
        builtInEnglish["step.stretch"]({
          stretchId: info.id,
          stretch: info.name,
          side,
          limb,
          repetition,
          repetitions,
          instruction: info.movement,
        }),
      );
    }
    onSide.ease[repetitions] = made;
    found = made;
  }
  return found;
}

/** Whether a catalog holds the built-in English function for every key. */
function isBuiltInEnglish(messages: MessageCatalog): boolean {
  const en = builtInEnglish;
  return (
    messages["step.prepare"] === en["step.prepare"] &&
    messages["step.stretch"] === en["step.stretch"] &&
    messages["step.hold"] === en["step.hold"] &&
    messages["step.release"] === en["step.release"] &&
    messages["step.rest"] === en["step.rest"] &&
    messages["step.switch-side"] === en["step.switch-side"] &&
    messages["cue.prepare"] === en["cue.prepare"] &&
    messages["cue.next"] === en["cue.next"] &&
    messages["cue.halfway"] === en["cue.halfway"] &&
    messages["cue.countdown"] === en["cue.countdown"] &&
    messages["cue.switch-side"] === en["cue.switch-side"]
  );
}

/*
 * The builder below is written for speed (see bench/schedule.bench.ts): one pass that makes the
 * steps and, in the same order, the cues; plain loops, object literals of one shape per kind, no
 * spreads, closures or intermediate objects. Every step, message and params object is fresh; only
 * cues that say the same thing (a stretch's halfway, a count) share one message object.
 */
function build(
  routineId: string,
  plans: readonly ItemPlan[],
  doses: readonly Dose[],
  opts: ResolvedScheduleOptions,
  totalMs: number,
): Session {
  const { messages, prepareMs, easeMs, releaseMs, restMs, switchSideMs, nextLeadMs, switchSideLeadMs } = opts;
  const english = isBuiltInEnglish(messages);
  const steps: SessionStep[] = [];
  const cues: Cue[] = [];
  let at = 0;
  let index = 0;
  // Cues come in step order. Only a cue with a lead (`next`, `switch-side`) can come before the
  // last one made (all others fall at or after the start of their step, and after the cues of
  // earlier steps); then the cues are sorted, stably, at the end.
  let lastCueMs = 0;
  let sorted = true;
  const countdown: Said[] = [];
  // The English release and rest texts depend on the session only.
  let releaseText: string | undefined;
  let restText: string | undefined;
  if (english) {
    const stretchId = "";
    const stretch = "";
    releaseText = builtInEnglish["step.release"]({
      stretchId,
      stretch,
      side: null,
      limb: null,
      repetition: 1,
      repetitions: 1,
    });
    restText = builtInEnglish["step.rest"]({ stretchId, stretch, seconds: restMs / 1000 });
  }
  for (let k = 0; k < plans.length; k++) {
    const { info, sides } = plans[k] as ItemPlan;
    const { repetitions, holdMs } = doses[k] as Dose;
    const stretch = info.name;
    const stretchId = info.id;
    const endsOnUser = info.endsOnUser;
    const texts = english ? textsOf(info) : undefined;
    if (k > 0) {
      const params = { stretchId, stretch };
      const atMs = at > nextLeadMs ? at - nextLeadMs : 0;
      if (atMs < lastCueMs) sorted = false;
      lastCueMs = atMs;
      cues.push({
        atMs,
        kind: "next",
        stepIndex: index,
        message: { key: "cue.next", params },
        text: texts === undefined ? messages["cue.next"](params) : texts.next,
      });
    }
    const halfwayParams = { stretchId, stretch };
    const halfway: Said = {
      message: { key: "cue.halfway", params: halfwayParams },
      text: texts === undefined ? messages["cue.halfway"](halfwayParams) : texts.halfway,
    };
    const firstSide = sides[0] ?? null;
    const firstLimb = firstSide === null ? null : info.limb;
    const first = texts === undefined ? undefined : sideTextsOf(texts, info, firstSide);
    {
      const params = { stretchId, stretch, side: firstSide, limb: firstLimb, instruction: info.firstSetup };
      lastCueMs = at;
      cues.push({
        atMs: at,
        kind: "prepare",
        stepIndex: index,
        message: { key: "cue.prepare", params },
        text: first === undefined ? messages["cue.prepare"](params) : first.cuePrepare,
      });
    }
    if (prepareMs > 0) {
      const params = { stretchId, stretch, side: firstSide, limb: firstLimb, instruction: info.setup };
      steps.push({
        index: index++,
        kind: "prepare",
        stretchId,
        side: firstSide,
        repetition: 0,
        repetitions,
        startMs: at,
        durationMs: prepareMs,
        endsOnUser: false,
        breath: null,
        message: { key: "step.prepare", params },
        text: first === undefined ? messages["step.prepare"](params) : first.prepare,
      });
      at += prepareMs;
    }
    // The hold's cues, the same for every hold of this item: the countdown gives only the counts
    // that fall after the hold starts; halfway comes only before the countdown.
    const countFrom = Math.min(opts.countdownFrom, Math.ceil(holdMs / 1000) - 1);
    const halfwayInMs = Math.floor(holdMs / 2);
    const saysHalfway = countFrom === 0 || halfwayInMs < holdMs - countFrom * 1000;
    const seconds = holdMs / 1000;
    let holdText: string | undefined;
    if (texts !== undefined) {
      if (texts.holdMs !== holdMs) {
        texts.hold = builtInEnglish["step.hold"]({
          stretchId,
          stretch,
          side: firstSide,
          limb: firstLimb,
          repetition: 1,
          repetitions,
          seconds,
          endsOnUser,
        });
        texts.holdMs = holdMs;
      }
      holdText = texts.hold;
    }
    for (let s = 0; s < sides.length; s++) {
      const side = sides[s] ?? null;
      const limb = side === null ? null : info.limb;
      const onSide = texts === undefined ? undefined : sideTextsOf(texts, info, side);
      if (s > 0 && side !== null && limb !== null) {
        const params = { stretchId, stretch, side, limb };
        const atMs = at > switchSideLeadMs ? at - switchSideLeadMs : 0;
        if (atMs < lastCueMs) sorted = false;
        lastCueMs = atMs;
        cues.push({
          atMs,
          kind: "switch-side",
          stepIndex: index,
          message: { key: "cue.switch-side", params },
          text: onSide === undefined ? messages["cue.switch-side"](params) : onSide.switchCue,
        });
        if (switchSideMs > 0) {
          steps.push({
            index: index++,
            kind: "switch-side",
            stretchId,
            side,
            repetition: 0,
            repetitions,
            startMs: at,
            durationMs: switchSideMs,
            endsOnUser: false,
            breath: null,
            message: { key: "step.switch-side", params },
            text: onSide === undefined ? messages["step.switch-side"](params) : onSide.switchStep,
          });
          at += switchSideMs;
        }
      }
      const easeTexts = onSide === undefined ? undefined : easeTextsOf(onSide, info, side, repetitions);
      for (let repetition = 1; repetition <= repetitions; repetition++) {
        if (easeMs > 0) {
          const params = { stretchId, stretch, side, limb, repetition, repetitions, instruction: info.movement };
          steps.push({
            index: index++,
            kind: "stretch",
            stretchId,
            side,
            repetition,
            repetitions,
            startMs: at,
            durationMs: easeMs,
            endsOnUser: false,
            breath: null,
            message: { key: "step.stretch", params },
            text: easeTexts === undefined ? messages["step.stretch"](params) : (easeTexts[repetition] as string),
          });
          at += easeMs;
        }
        const holdIndex = index;
        const holdParams = { stretchId, stretch, side, limb, repetition, repetitions, seconds, endsOnUser };
        steps.push({
          index: index++,
          kind: "hold",
          stretchId,
          side,
          repetition,
          repetitions,
          startMs: at,
          durationMs: holdMs,
          endsOnUser,
          breath: "inhale",
          message: { key: "step.hold", params: holdParams },
          text: holdText === undefined ? messages["step.hold"](holdParams) : holdText,
        });
        if (saysHalfway) {
          const atMs = at + halfwayInMs;
          lastCueMs = atMs;
          cues.push({ atMs, kind: "halfway", stepIndex: holdIndex, message: halfway.message, text: halfway.text });
        }
        at += holdMs;
        for (let count = countFrom; count >= 1; count--) {
          const said = countdownOf(countdown, messages, count);
          const atMs = at - count * 1000;
          lastCueMs = atMs;
          cues.push({ atMs, kind: "countdown", stepIndex: holdIndex, message: said.message, text: said.text });
        }
        if (releaseMs > 0) {
          const params = { stretchId, stretch, side, limb, repetition, repetitions };
          steps.push({
            index: index++,
            kind: "release",
            stretchId,
            side,
            repetition,
            repetitions,
            startMs: at,
            durationMs: releaseMs,
            endsOnUser: false,
            breath: "exhale",
            message: { key: "step.release", params },
            text: releaseText === undefined ? messages["step.release"](params) : releaseText,
          });
          at += releaseMs;
        }
        if (repetition < repetitions && restMs > 0) {
          const params = { stretchId, stretch, seconds: restMs / 1000 };
          steps.push({
            index: index++,
            kind: "rest",
            stretchId,
            side,
            repetition,
            repetitions,
            startMs: at,
            durationMs: restMs,
            endsOnUser: false,
            breath: null,
            message: { key: "step.rest", params },
            text: restText === undefined ? messages["step.rest"](params) : restText,
          });
          at += restMs;
        }
      }
    }
  }
  if (!sorted) cues.sort((x, y) => x.atMs - y.atMs);
  return { routineId, totalMs, steps, cues };
}
