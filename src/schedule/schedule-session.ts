import type { CatalogIndex } from "../catalog/create-catalog.js";
import { indexOrThrow } from "../catalog/create-catalog.js";
import { type CheckedItem, readRoutine, sidesOf } from "../compose/check-routine.js";
import type { StretchKitIssue } from "../errors.js";
import { readLocale } from "../i18n/read-locale.js";
import { fail, issue, parseWith, refuseUnreadable } from "../internal/issues.js";
import { englishMessages } from "../messages/en.js";
import { MAX_SESSION_MS, MAX_SESSION_TEXT_LENGTH } from "../schema/bounds.js";
import type { Limb, Side } from "../schema/common.js";
import type { LocalePack, MessageCatalog } from "../schema/locale.js";
import type { Routine } from "../schema/routine.js";
import type { Cue, CueKind, MessageKey, MessageParams, Session, SessionStep, StepKind } from "../schema/session.js";
import type { Stretch } from "../schema/stretch.js";
import { scheduleOptionsSchema, type Timing, type TimingOptions, timingOf } from "./options.js";

/**
 * The options of {@link scheduleSession}: step durations, the hold, sides, repetitions, cue lead
 * times, the language and the stretch catalog. Every field has a default; durations are in
 * seconds, 0 to 600, each a whole number of milliseconds.
 *
 * @example
 * const options: ScheduleOptions = { holdSeconds: 30, firstSide: "right", repetitions: "max" };
 * const session = scheduleSession(backSpasmRoutine, options);
 * session.steps.find((step) => step.stretchId === "sideways-reach")?.side; //=> "right"
 * session.totalMs; //=> 1645000
 * @category Schedule
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
  /** The language of every text: a locale pack, e.g. `de` from `stretchkit/locales/de`. Default: `en`. */
  readonly locale?: LocalePack | undefined;
  /** Texts of the app's own for some message keys, on top of the locale's. */
  readonly messages?: Partial<MessageCatalog> | undefined;
  /** The stretches the routine's ids refer to, instead of the built-in ones. Default: the built-in `stretches`. */
  readonly catalog?: readonly Stretch[] | undefined;
}

/** One item as a session plays it: its stretch's texts in the session's language, its sides, its dose. */
interface ItemPlan {
  readonly stretchId: string;
  readonly name: string;
  readonly setup: readonly string[];
  readonly movement: readonly string[];
  readonly limb: Limb | null;
  readonly endsOnUser: boolean;
  readonly sides: readonly (Side | null)[];
  readonly repetitions: number;
  readonly holdMs: number;
}

/** How long one item lasts, in milliseconds: its prepare step, and on each side its repetitions with their steps. */
function itemDurationMs(sides: number, repetitions: number, holdMs: number, timing: Timing): number {
  const oneSide = repetitions * (timing.easeMs + holdMs + timing.releaseMs) + (repetitions - 1) * timing.restMs;
  return timing.prepareMs + sides * oneSide + (sides - 1) * timing.switchSideMs;
}

/** The language of a session: the message catalog and each stretch's texts (its own when the pack has none). */
interface Language {
  readonly messages: MessageCatalog;
  readonly texts: (stretch: Stretch) => Pick<Stretch, "name" | "setup" | "movement">;
  /** Where a message function came from in the options: `["messages", key]` or `["locale", "messages", key]`. */
  readonly pathOf: (key: MessageKey) => readonly string[];
}

/** The language of parsed options: the locale (checked for the routine's stretches) and the message overrides. */
export function languageOf(
  locale: unknown,
  timing: Timing,
  index: CatalogIndex,
  items: readonly CheckedItem[],
): Language {
  const pack =
    locale === undefined
      ? undefined
      : readLocale(
          locale,
          index,
          ["locale"],
          items.map(({ stretch }) => stretch.id),
        );
  const own = timing.messages;
  return {
    messages: { ...(pack?.messages ?? englishMessages), ...own } as MessageCatalog,
    texts: (stretch) => pack?.stretches[stretch.id] ?? stretch,
    pathOf: (key) => (own[key] !== undefined || pack === undefined ? ["messages", key] : ["locale", "messages", key]),
  };
}

/** The items of a checked routine with the options' sides, repetitions and hold. */
export function planItems(items: readonly CheckedItem[], timing: Timing, language: Language): ItemPlan[] {
  return items.map((checked) => {
    const { item, stretch } = checked;
    const { name, setup, movement } = language.texts(stretch);
    return {
      stretchId: stretch.id,
      name,
      setup,
      movement,
      limb: stretch.laterality.kind === "unilateral" ? stretch.laterality.changes : null,
      endsOnUser: stretch.hold.endsOnUser,
      sides: sidesOf(checked, timing.firstSide),
      repetitions: timing.repetitions === undefined ? item.repetitions : stretch.repetitions[timing.repetitions],
      holdMs: timing.holdMs ?? item.holdSeconds * 1000,
    };
  });
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
 * side change. A cue whose lead reaches before the session starts comes at 0. Texts are in the
 * `locale`'s language (English by default); the routine and options are read once and never changed.
 *
 * @param routine - The routine to run, e.g. `backSpasmRoutine`; checked as `validateRoutine` checks it.
 * @param options - Durations, hold, sides, repetitions, cue leads, locale, messages and catalog; see
 * {@link ScheduleOptions}.
 * @returns The session: `{ routineId, totalMs, steps, cues }`, fresh plain JSON data.
 * @throws {@link StretchKitError} with code `invalid_options` (e.g. a negative, NaN, infinite or
 * sub-millisecond duration, an unknown first side, a message function that throws or returns
 * anything but a text, at its path `["messages", key]`), `invalid_locale`, `invalid_catalog`,
 * `invalid_routine` (the issues of `validateRoutine`) or `invalid_session` (a session over 4
 * hours), each issue with its path.
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * session.totalMs; //=> 970000
 * session.steps[0]?.text; //=> "Forward roll. Sit up straight and let your spine grow long."
 * session.steps[3]?.text; //=> "Breathe out and return to the starting position."
 * scheduleSession(backSpasmRoutine, { repetitions: "max" }).totalMs; //=> 1285000
 * @category Schedule
 */
export function scheduleSession(routine: Routine, options?: ScheduleOptions): Session {
  return refuseUnreadable("invalid_options", "Invalid schedule options", () => {
    const parsed = parseWith(scheduleOptionsSchema, options ?? {}, "invalid_options", "Invalid schedule options");
    const timing = timingOf(parsed);
    const index = indexOrThrow(parsed.catalog);
    const checked = readRoutine(routine, index);
    const language = languageOf(parsed.locale, timing, index, checked.items);
    return buildSession(checked.routine.id, planItems(checked.items, timing, language), timing, language);
  });
}

/** The session of planned items, or throws `invalid_session` past 4 hours and `invalid_options` for a bad message function. */
export function buildSession(
  routineId: string,
  items: readonly ItemPlan[],
  timing: Timing,
  language: Language,
): Session {
  let totalMs = 0;
  for (const item of items) totalMs += itemDurationMs(item.sides.length, item.repetitions, item.holdMs, timing);
  if (totalMs > MAX_SESSION_MS) {
    const message = `the session would last ${String(totalMs / 1000)} s; it must last at most 14400 s (4 hours)`;
    fail("invalid_session", [issue([], "too_big", message)], "Session too long");
  }
  const builder = new Builder(timing, language);
  for (const [k, item] of items.entries()) builder.item(item, k > 0);
  if (builder.failed.size > 0) fail("invalid_options", [...builder.failed.values()], "Invalid message catalog");
  builder.cues.sort((a, b) => a.atMs - b.atMs);
  return { routineId, totalMs, steps: builder.steps, cues: builder.cues };
}

/** Makes the steps and cues of a session, item by item. */
class Builder {
  readonly steps: SessionStep[] = [];
  readonly cues: Cue[] = [];
  /** One issue per message key whose function failed. */
  readonly failed = new Map<MessageKey, StretchKitIssue>();
  private at = 0;

  constructor(
    private readonly timing: Timing,
    private readonly language: Language,
  ) {}

  /**
   * The text of a message; a function that throws or returns anything but a text is noted in
   * `failed`. (No object spread on this path: it runs for every step and cue.)
   */
  private say<K extends MessageKey>(key: K, params: MessageParams[K]): string {
    let text: unknown;
    try {
      text = (this.language.messages[key] as (params: MessageParams[K]) => unknown)(params);
    } catch {
      text = undefined;
    }
    if (typeof text !== "string" || text.length > MAX_SESSION_TEXT_LENGTH) {
      const got =
        typeof text === "string"
          ? `a text of ${text.length} characters`
          : text === undefined
            ? "nothing, or threw"
            : `a ${typeof text}`;
      const message = `must return a text of at most ${MAX_SESSION_TEXT_LENGTH} characters; it returned ${got}`;
      this.failed.set(key, issue(this.language.pathOf(key), "invalid_value", message));
      text = "";
    }
    return text as string;
  }

  /** Adds a step of `durationMs` (none when 0) at the current time, and returns its index. */
  private step<K extends MessageKey>(
    kind: StepKind,
    item: ItemPlan,
    at: { readonly side: Side | null; readonly repetition: number },
    durationMs: number,
    key: K,
    params: MessageParams[K],
  ): number {
    const index = this.steps.length;
    if (durationMs <= 0) return index;
    const hold = kind === "hold";
    const text = this.say(key, params);
    this.steps.push({
      index,
      kind,
      stretchId: item.stretchId,
      side: at.side,
      repetition: at.repetition,
      repetitions: item.repetitions,
      startMs: this.at,
      durationMs,
      endsOnUser: hold && item.endsOnUser,
      breath: hold ? "inhale" : kind === "release" ? "exhale" : null,
      message: { key, params } as SessionStep["message"],
      text,
    });
    this.at += durationMs;
    return index;
  }

  /** Adds a cue at `atMs` (at 0 when a lead reaches before the session starts) about step `stepIndex`. */
  private cue<K extends MessageKey>(
    atMs: number,
    kind: CueKind,
    stepIndex: number,
    key: K,
    params: MessageParams[K],
  ): void {
    const text = this.say(key, params);
    this.cues.push({ atMs: Math.max(0, atMs), kind, stepIndex, message: { key, params } as Cue["message"], text });
  }

  /** The steps and cues of one item. */
  item(item: ItemPlan, announce: boolean): void {
    const { stretchId, name: stretch, limb } = item;
    const first = item.sides[0] ?? null;
    const firstLimb = first === null ? null : limb;
    if (announce)
      this.cue(this.at - this.timing.nextLeadMs, "next", this.steps.length, "cue.next", { stretchId, stretch });
    const instruction = item.setup[0] as string;
    // Each message's params written out, never spread: spreads here made scheduleSession twice as slow.
    this.cue(this.at, "prepare", this.steps.length, "cue.prepare", {
      stretchId,
      stretch,
      side: first,
      limb: firstLimb,
      instruction,
    });
    const movement = item.movement.join(" ");
    const prepare = { stretchId, stretch, side: first, limb: firstLimb, instruction: item.setup.join(" ") };
    this.step("prepare", item, { side: first, repetition: 0 }, this.timing.prepareMs, "step.prepare", prepare);
    item.sides.forEach((side, s) => {
      if (s > 0 && side !== null && limb !== null) {
        const change = { stretchId, stretch, side, limb };
        this.cue(this.at - this.timing.switchSideLeadMs, "switch-side", this.steps.length, "cue.switch-side", change);
        this.step("switch-side", item, { side, repetition: 0 }, this.timing.switchSideMs, "step.switch-side", change);
      }
      for (let repetition = 1; repetition <= item.repetitions; repetition++)
        this.repetition(item, side, repetition, movement);
    });
  }

  /**
   * One repetition on one side: ease in (with the item's movement, its steps joined), hold (with
   * its cues), release, and a rest before the next.
   */
  private repetition(item: ItemPlan, side: Side | null, repetition: number, instruction: string): void {
    const { stretchId, name: stretch, repetitions, holdMs, endsOnUser } = item;
    const limb = side === null ? null : item.limb;
    const at = { side, repetition };
    const base = { stretchId, stretch, side, limb, repetition, repetitions };
    const { easeMs, releaseMs, restMs } = this.timing;
    const stretchParams = { stretchId, stretch, side, limb, repetition, repetitions, instruction };
    this.step("stretch", item, at, easeMs, "step.stretch", stretchParams);
    const start = this.at;
    const seconds = holdMs / 1000;
    const holdParams = { stretchId, stretch, side, limb, repetition, repetitions, seconds, endsOnUser };
    const hold = this.step("hold", item, at, holdMs, "step.hold", holdParams);
    this.holdCues(start, holdMs, hold, { stretchId, stretch });
    this.step("release", item, at, releaseMs, "step.release", base);
    if (repetition < repetitions)
      this.step("rest", item, at, restMs, "step.rest", { stretchId, stretch, seconds: restMs / 1000 });
  }

  /** A hold's cues: halfway (only before the countdown), then the counts that fall after the hold starts. */
  private holdCues(start: number, holdMs: number, hold: number, params: MessageParams["cue.halfway"]): void {
    const countFrom = Math.min(this.timing.countdownFrom, Math.ceil(holdMs / 1000) - 1);
    const halfwayInMs = Math.floor(holdMs / 2);
    if (countFrom === 0 || halfwayInMs < holdMs - countFrom * 1000) {
      this.cue(start + halfwayInMs, "halfway", hold, "cue.halfway", params);
    }
    for (let count = countFrom; count >= 1; count--) {
      this.cue(start + holdMs - count * 1000, "countdown", hold, "cue.countdown", { count });
    }
  }
}
