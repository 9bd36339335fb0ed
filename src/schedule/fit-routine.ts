import { indexOrThrow } from "../catalog/create-catalog.js";
import { readRoutine, sidesOf } from "../compose/check-routine.js";
import { makeRoutine } from "../compose/make-routine.js";
import { parseWith, refuseUnreadable } from "../internal/issues.js";
import { MAX_SESSION_MS } from "../schema/bounds.js";
import type { Routine } from "../schema/routine.js";
import type { Session } from "../schema/session.js";
import { fullestFit } from "./fullest-fit.js";
import { fitOptionsSchema, timingOf, toMs } from "./options.js";
import { buildSession, languageOf, planItems, type ScheduleOptions } from "./schedule-session.js";

/**
 * The options of {@link fitRoutine}: the time budget, how far the dose may go, and every option of
 * `scheduleSession` but the hold and repetitions, which the fit chooses. The session that comes
 * back is scheduled with them.
 *
 * @example
 * const options: FitOptions = { maxSeconds: 800, restSeconds: 0 };
 * fitRoutine(backSpasmRoutine, options).session.totalMs <= 800_000; //=> true
 * @category Schedule
 */
export interface FitOptions extends Omit<ScheduleOptions, "holdSeconds" | "repetitions"> {
  /** The longest the session may last, in seconds (a whole number of milliseconds, 0 or more; capped at 4 hours). */
  readonly maxSeconds: number;
  /**
   * How far the dose may go: `"routine"` (the default) never above the routine's own repetitions
   * and holds; `"stretch"` up to each stretch's most repetitions and its target hold.
   */
  readonly upTo?: "routine" | "stretch" | undefined;
}

/**
 * What {@link fitRoutine} returns: the fitted routine, and its session scheduled with the same
 * options, so that the budget holds by construction.
 *
 * @example
 * const { routine, session }: FitResult = fitRoutine(backSpasmRoutine, { maxSeconds: 900 });
 * session.routineId === routine.id; //=> true
 * @category Schedule
 */
export interface FitResult {
  /** The routine with each item's `repetitions` and `holdSeconds` chosen; deeply frozen. */
  readonly routine: Routine;
  /** Its session, scheduled with the options given: it lasts at most `maxSeconds`. */
  readonly session: Session;
}

/**
 * Finds the fullest variant of a routine whose session fits a time budget, and schedules it.
 *
 * Each item may get between its stretch's fewest repetitions and shortest hold and a ceiling: by
 * default the item's own repetitions and hold (a fit never prescribes more than the routine does);
 * with `upTo: "stretch"`, the stretch's most repetitions and its target hold. Among the variants
 * whose session lasts at most `maxSeconds` (timed with the step durations given, as
 * `scheduleSession` times it), the result has the most hold time, then the most repetitions, then,
 * item by item in routine order, the most hold and repetitions: the choice is exact, not a
 * heuristic. Sides, side order and everything else of the routine are kept.
 *
 * @param routine - The routine to fit, e.g. `backSpasmRoutine`; checked as `validateRoutine` checks it.
 * @param options - `maxSeconds`, `upTo`, and the options of `scheduleSession`; see {@link FitOptions}.
 * @returns `{ routine, session }`: the fitted routine and its session, scheduled with the same options.
 * @throws {@link StretchKitError} with code `does_not_fit` (an issue at `["maxSeconds"]` giving the
 * shortest variant's length) when even the shortest variant does not fit; `invalid_options`,
 * `invalid_locale`, `invalid_catalog` or `invalid_routine` for bad input, each issue with its path.
 * @example
 * const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 900 });
 * fitted.routine.items.map((item) => item.holdSeconds); //=> [20, 20, 20, 18, 10]
 * fitted.session.totalMs; //=> 898000
 *
 * const fuller = fitRoutine(backSpasmRoutine, { maxSeconds: 1200, upTo: "stretch" });
 * fuller.routine.items.map((item) => item.repetitions); //=> [4, 4, 4, 4, 3]
 * @category Schedule
 */
export function fitRoutine(routine: Routine, options: FitOptions): FitResult {
  return refuseUnreadable("invalid_options", "Invalid fit options", () => {
    const parsed = parseWith(fitOptionsSchema, options, "invalid_options", "Invalid fit options");
    const timing = timingOf(parsed);
    const index = indexOrThrow(parsed.catalog);
    const checked = readRoutine(routine, index);
    const language = languageOf(parsed.locale, timing, index, checked.items);
    const toStretch = parsed.upTo === "stretch";
    const ranges = checked.items.map((one) => {
      const { item, stretch } = one;
      const sides = sidesOf(one).length;
      const repsHi = toStretch ? stretch.repetitions.max : item.repetitions;
      const holdHi = toStretch ? stretch.hold.targetSeconds : item.holdSeconds;
      return {
        sides,
        fixedMs: timing.prepareMs - sides * timing.restMs + (sides - 1) * timing.switchSideMs,
        repetitions: { lo: Math.min(stretch.repetitions.min, repsHi), hi: repsHi },
        holdSeconds: { lo: Math.min(stretch.hold.minSeconds, holdHi), hi: holdHi },
      };
    });
    const perRepetitionMs = timing.easeMs + timing.releaseMs + timing.restMs;
    const choices = fullestFit(ranges, perRepetitionMs, Math.min(toMs(parsed.maxSeconds), MAX_SESSION_MS));
    const fitted = makeRoutine({
      ...checked.routine,
      items: checked.items.map(({ item }, i) => ({ ...item, ...choices[i] })),
    });
    const items = checked.items.map(({ stretch }, i) => ({
      item: fitted.items[i] as Routine["items"][number],
      stretch,
    }));
    return { routine: fitted, session: buildSession(fitted.id, planItems(items, timing, language), timing, language) };
  });
}
