import { StretchKitError } from "../errors.js";
import type { Message, MessageCatalog } from "../messages/keys.js";
import type { Routine, Side } from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";
import { MAX_SESSION_MS, parseScheduleOptions, type ResolvedScheduleOptions, type TimingOptions } from "./options.js";
import { type ItemPlan, indexStretches, resolveRoutine } from "./resolve-routine.js";
import type { Cue, CueKind, Session, SessionStep, StepKind } from "./types.js";

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
 * and its stretch ids against the catalog.
 * @param options - Durations, hold, sides, repetitions, cue leads, messages and catalog; see
 * {@link ScheduleOptions}.
 * @returns The session: `{ routineId, totalMs, steps, cues }`.
 * @throws {@link StretchKitError} with code `invalid_options` (e.g. a negative, NaN, infinite or
 * sub-millisecond duration, an unknown first side), `invalid_catalog` (a bad stretch in
 * `options.catalog`), `invalid_routine` (a bad routine, an unknown stretch id, sides on a stretch
 * without sides) or `invalid_session` (a session over 4 hours), each issue with its path.
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

/** The session being built: steps and cues so far, and the end of the last step. */
interface Builder {
  readonly steps: SessionStep[];
  readonly cues: Cue[];
  at: number;
  sorted: boolean;
}

/*
 * The builder below is written for speed (see bench/schedule.bench.ts): plain loops, object
 * literals of one shape per kind, no spreads and no intermediate objects.
 */

function addStep(
  b: Builder,
  kind: StepKind,
  stretchId: string,
  side: Side | null,
  repetition: number,
  repetitions: number,
  durationMs: number,
  message: Message,
  text: string,
  endsOnUser = false,
  breath: "inhale" | "exhale" | null = null,
): void {
  b.steps.push({
    index: b.steps.length,
    kind,
    stretchId,
    side,
    repetition,
    repetitions,
    startMs: b.at,
    durationMs,
    endsOnUser,
    breath,
    message,
    text,
  });
  b.at += durationMs;
}

function addCue(b: Builder, atMs: number, kind: CueKind, stepIndex: number, message: Message, text: string): void {
  const last = b.cues[b.cues.length - 1];
  if (last !== undefined && last.atMs > atMs) b.sorted = false;
  b.cues.push({ atMs, kind, stepIndex, message, text });
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

/** The halfway cue and the countdown of one hold. */
function addHoldCues(
  b: Builder,
  opts: ResolvedScheduleOptions,
  stepIndex: number,
  startMs: number,
  durationMs: number,
  halfway: Said,
  countdown: Said[],
): void {
  const endMs = startMs + durationMs;
  // The countdown: only the counts that fall after the hold starts.
  let count = Math.min(opts.countdownFrom, Math.ceil(durationMs / 1000) - 1);
  const halfwayMs = startMs + Math.floor(durationMs / 2);
  // Halfway, only when it comes before the countdown (a short hold has no room for both).
  if (count === 0 || halfwayMs < endMs - count * 1000) {
    addCue(b, halfwayMs, "halfway", stepIndex, halfway.message, halfway.text);
  }
  for (; count >= 1; count--) {
    const said = countdownOf(countdown, opts.messages, count);
    addCue(b, endMs - count * 1000, "countdown", stepIndex, said.message, said.text);
  }
}

function build(
  routineId: string,
  plans: readonly ItemPlan[],
  doses: readonly Dose[],
  opts: ResolvedScheduleOptions,
  totalMs: number,
): Session {
  const { messages } = opts;
  const b: Builder = { steps: [], cues: [], at: 0, sorted: true };
  const { steps } = b;
  // Cues that say the same thing share one message object (plain data, safe to share).
  const countdown: Said[] = [];
  for (let k = 0; k < plans.length; k++) {
    const { info, sides } = plans[k] as ItemPlan;
    const { repetitions, holdMs } = doses[k] as Dose;
    const stretch = info.name;
    const stretchId = info.id;
    if (k > 0) {
      const params = { stretchId, stretch };
      addCue(
        b,
        Math.max(0, b.at - opts.nextLeadMs),
        "next",
        steps.length,
        { key: "cue.next", params },
        messages["cue.next"](params),
      );
    }
    const halfwayParams = { stretchId, stretch };
    const halfway: Said = {
      message: { key: "cue.halfway", params: halfwayParams },
      text: messages["cue.halfway"](halfwayParams),
    };
    const firstSide = sides[0] ?? null;
    const firstLimb = firstSide === null ? null : info.limb;
    const cueParams = { stretchId, stretch, side: firstSide, limb: firstLimb, instruction: info.firstSetup };
    addCue(
      b,
      b.at,
      "prepare",
      steps.length,
      { key: "cue.prepare", params: cueParams },
      messages["cue.prepare"](cueParams),
    );
    if (opts.prepareMs > 0) {
      const params = { stretchId, stretch, side: firstSide, limb: firstLimb, instruction: info.setup };
      addStep(
        b,
        "prepare",
        stretchId,
        firstSide,
        0,
        repetitions,
        opts.prepareMs,
        { key: "step.prepare", params },
        messages["step.prepare"](params),
      );
    }
    for (let s = 0; s < sides.length; s++) {
      const side = sides[s] ?? null;
      const limb = side === null ? null : info.limb;
      if (s > 0 && side !== null && limb !== null) {
        const params = { stretchId, stretch, side, limb };
        addCue(
          b,
          Math.max(0, b.at - opts.switchSideLeadMs),
          "switch-side",
          steps.length,
          { key: "cue.switch-side", params },
          messages["cue.switch-side"](params),
        );
        if (opts.switchSideMs > 0) {
          addStep(
            b,
            "switch-side",
            stretchId,
            side,
            0,
            repetitions,
            opts.switchSideMs,
            { key: "step.switch-side", params },
            messages["step.switch-side"](params),
          );
        }
      }
      for (let repetition = 1; repetition <= repetitions; repetition++) {
        if (opts.easeMs > 0) {
          const params = { stretchId, stretch, side, limb, repetition, repetitions, instruction: info.movement };
          addStep(
            b,
            "stretch",
            stretchId,
            side,
            repetition,
            repetitions,
            opts.easeMs,
            { key: "step.stretch", params },
            messages["step.stretch"](params),
          );
        }
        const holdIndex = steps.length;
        const holdStart = b.at;
        const holdParams = {
          stretchId,
          stretch,
          side,
          limb,
          repetition,
          repetitions,
          seconds: holdMs / 1000,
          endsOnUser: info.endsOnUser,
        };
        addStep(
          b,
          "hold",
          stretchId,
          side,
          repetition,
          repetitions,
          holdMs,
          { key: "step.hold", params: holdParams },
          messages["step.hold"](holdParams),
          info.endsOnUser,
          "inhale",
        );
        addHoldCues(b, opts, holdIndex, holdStart, holdMs, halfway, countdown);
        if (opts.releaseMs > 0) {
          const params = { stretchId, stretch, side, limb, repetition, repetitions };
          addStep(
            b,
            "release",
            stretchId,
            side,
            repetition,
            repetitions,
            opts.releaseMs,
            { key: "step.release", params },
            messages["step.release"](params),
            false,
            "exhale",
          );
        }
        if (repetition < repetitions && opts.restMs > 0) {
          const params = { stretchId, stretch, seconds: opts.restMs / 1000 };
          addStep(
            b,
            "rest",
            stretchId,
            side,
            repetition,
            repetitions,
            opts.restMs,
            { key: "step.rest", params },
            messages["step.rest"](params),
          );
        }
      }
    }
  }
  if (!b.sorted) b.cues.sort((x, y) => x.atMs - y.atMs);
  return { routineId, totalMs, steps, cues: b.cues };
}
