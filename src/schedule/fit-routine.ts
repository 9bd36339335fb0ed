import { StretchKitError } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Routine } from "../schema/routine.js";
import type { Stretch } from "../schema/stretch.js";
import { MAX_SESSION_MS, parseFitOptions, type Timing, type TimingOptions } from "./options.js";
import { type ItemPlan, indexStretches, resolveRoutine } from "./resolve-routine.js";
import { type Dose, itemDurationMs } from "./schedule-session.js";

/**
 * The options of {@link fitRoutine}: the time budget, the step durations the session will be
 * scheduled with (as in `scheduleSession`), and the stretch catalog.
 *
 * @example
 * const options: FitOptions = { maxSeconds: 800, restSeconds: 0 };
 * fitRoutine(backSpasmRoutine, options).items[0]?.holdSeconds; //=> 17
 */
export interface FitOptions extends TimingOptions {
  /** The longest the session may last, in seconds (a whole number of milliseconds, 0 or more). */
  readonly maxSeconds: number;
  /** The stretches the routine's ids refer to, instead of the built-in ones. Default: the built-in `stretches`. */
  readonly catalog?: readonly Stretch[] | undefined;
}

/**
 * A ladder of variants from the fullest (level 0) to the shortest: first one repetition fewer for
 * every stretch at a time, then one second less of hold.
 */
class Ladder {
  readonly top: number;
  private readonly repetitionLevels: number;

  constructor(
    private readonly plans: readonly ItemPlan[],
    private readonly timing: Timing,
  ) {
    let repetitionLevels = 0;
    let holdLevels = 0;
    for (const { info } of plans) {
      repetitionLevels = Math.max(repetitionLevels, info.maxRepetitions - info.minRepetitions);
      holdLevels = Math.max(holdLevels, info.targetHoldSeconds - info.minHoldSeconds);
    }
    this.repetitionLevels = repetitionLevels;
    this.top = repetitionLevels + holdLevels;
  }

  dose(i: number, level: number): Dose {
    const { info } = this.plans[i] as ItemPlan;
    if (level <= this.repetitionLevels) {
      return {
        repetitions: Math.max(info.minRepetitions, info.maxRepetitions - level),
        holdMs: info.targetHoldSeconds * 1000,
      };
    }
    const holdSeconds = Math.max(info.minHoldSeconds, info.targetHoldSeconds - (level - this.repetitionLevels));
    return { repetitions: info.minRepetitions, holdMs: holdSeconds * 1000 };
  }

  itemMs(i: number, level: number): number {
    return itemDurationMs((this.plans[i] as ItemPlan).sides.length, this.dose(i, level), this.timing);
  }

  totalMs(level: number): number {
    let total = 0;
    for (let i = 0; i < this.plans.length; i++) total += this.itemMs(i, level);
    return total;
  }
}

/**
 * Finds the fullest variant of a routine whose session fits a time budget.
 *
 * Each stretch may get between its fewest and most repetitions and a hold between its shortest
 * and its target (the items' own repetitions and holds are replaced). The rule, deterministic:
 * start from the fullest variant (every stretch at its most repetitions and its target hold); if it
 * does not fit, lower all stretches together one level at a time (first one repetition, down to
 * each one's fewest; then one second of hold, down to each one's shortest) until the session fits;
 * then, in routine order, give each stretch back one level while the session still fits. The
 * session is timed as `scheduleSession` would with the same step durations; sides and side order
 * are kept. The budget is capped at 4 hours, the longest session.
 *
 * @param routine - The routine to fit, e.g. `backSpasmRoutine`; checked as `scheduleSession` does.
 * @param options - `maxSeconds`, the step durations and the catalog; see {@link FitOptions}.
 * @returns A new routine, deeply frozen: the same one with each item's `repetitions` and
 * `holdSeconds` chosen.
 * @throws {@link StretchKitError} with code `does_not_fit` (an issue at `["maxSeconds"]` giving the
 * shortest variant's length) when even the shortest variant does not fit; `invalid_options`,
 * `invalid_catalog` or `invalid_routine` for bad input (e.g. the same stretch twice), each issue with
 * its path.
 * @example
 * const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 1200 });
 * fitted.items.map((item) => item.repetitions); //=> [4, 4, 4, 3, 3]
 * scheduleSession(fitted).totalMs; //=> 1145000
 * fitRoutine(backSpasmRoutine, { maxSeconds: 1285 }).items[4]?.repetitions; //=> 4
 */
export function fitRoutine(routine: Routine, options: FitOptions): Routine {
  const parsedOptions = parseFitOptions(options);
  if (!parsedOptions.ok) throw new StretchKitError("invalid_options", parsedOptions.issues, "Invalid fit options");
  const timing = parsedOptions.value;
  const index = indexStretches(timing.catalog);
  if (!index.ok) throw new StretchKitError("invalid_catalog", index.issues, "Invalid catalog");
  const plans = resolveRoutine(routine, index.value, undefined);
  if (!plans.ok) throw new StretchKitError("invalid_routine", plans.issues, "Invalid routine");

  const ladder = new Ladder(plans.value, timing);
  const budgetMs = Math.min(timing.maxMs, MAX_SESSION_MS);
  const shortestMs = ladder.totalMs(ladder.top);
  if (shortestMs > budgetMs) {
    throw new StretchKitError(
      "does_not_fit",
      [
        {
          path: ["maxSeconds"],
          code: "does_not_fit",
          message: `even the shortest variant lasts ${String(shortestMs / 1000)} s, more than the ${String(budgetMs / 1000)} s allowed`,
        },
      ],
      "The routine does not fit the time budget",
    );
  }
  // The first level that fits: the total only falls from one level to the next.
  let low = 0;
  let high = ladder.top;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ladder.totalMs(middle) <= budgetMs) high = middle;
    else low = middle + 1;
  }
  const levels = plans.value.map(() => low);
  if (low > 0) {
    let total = ladder.totalMs(low);
    for (let i = 0; i < levels.length; i++) {
      const fuller = total - ladder.itemMs(i, low) + ladder.itemMs(i, low - 1);
      if (fuller <= budgetMs) {
        levels[i] = low - 1;
        total = fuller;
      }
    }
  }
  return deepFreeze({
    id: routine.id,
    name: routine.name,
    benefits: [...routine.benefits],
    items: routine.items.map((item, i) => {
      const dose = ladder.dose(i, levels[i] as number);
      return { ...item, repetitions: dose.repetitions, holdSeconds: dose.holdMs / 1000 };
    }),
    frequency: {
      sessionsPerWeek: { ...routine.frequency.sessionsPerWeek },
      sessionsPerDay: { ...routine.frequency.sessionsPerDay },
    },
    companions: [...routine.companions],
  });
}
