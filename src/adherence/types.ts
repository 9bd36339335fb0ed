import type { Plan } from "../plan/plan-schema.js";
import type { Side } from "../schema/routine.js";
import type { SessionRecord } from "../schema/session-record.js";

/**
 * One adherence figure: a ratio with the counts it comes from, so that a person can check it.
 * `value` is `numerator / denominator`, or `null` when the denominator is 0 (nothing to judge
 * yet: no planned session has come due, or all of them were excused).
 *
 * @example
 * const figure: AdherenceFigure = { value: 0.75, numerator: 3, denominator: 4 };
 * figure.numerator / figure.denominator; //=> 0.75
 */
export interface AdherenceFigure {
  /** `numerator / denominator`, or `null` when `denominator` is 0. */
  readonly value: number | null;
  /** What was done. */
  readonly numerator: number;
  /** What was planned. */
  readonly denominator: number;
}

/**
 * The dose figure: hold achieved over hold planned (in milliseconds), with the repetitions done
 * over planned beside it, both over the sessions that count toward each week's target.
 *
 * @example
 * const dose: DoseAdherenceFigure = {
 *   value: 0.5,
 *   numerator: 270_000,
 *   denominator: 540_000,
 *   repetitions: { value: 1, numerator: 27, denominator: 27 },
 * };
 * dose.repetitions.value; //=> 1
 */
export interface DoseAdherenceFigure extends AdherenceFigure {
  /** Repetitions done (holds not skipped) over repetitions planned. */
  readonly repetitions: AdherenceFigure;
}

/**
 * One week of the plan up to `asOf`: its target, the sessions completed in it, and whether it
 * met its target or is still pending.
 *
 * @example
 * const week: WeekAdherence = {
 *   start: "2026-11-16",
 *   end: "2026-11-22",
 *   target: 3,
 *   completed: 2,
 *   met: false,
 *   pending: false,
 * };
 * week.met; //=> false
 */
export interface WeekAdherence {
  /** The week's first day in the plan (the plan's start, for a first week that starts mid-week). */
  readonly start: string;
  /** The week's last day in the plan (the plan's end, for a last week that ends mid-week). */
  readonly end: string;
  /** The planned sessions of the week in the plan, less those on excused dates. */
  readonly target: number;
  /** Sessions completed on any day of the week (planned or not), uncapped. */
  readonly completed: number;
  /** Whether `completed` reached `target` (always, for a week whose target is 0). */
  readonly met: boolean;
  /** Whether this is the week holding `asOf` and has not met its target yet: left out of every figure. */
  readonly pending: boolean;
}

/**
 * Runs of weeks that met their target. A week with a target of 0 neither adds to nor breaks a
 * run; a pending week is left out.
 *
 * @example
 * const streak: AdherenceStreak = { current: 1, best: 2 };
 * streak.best; //=> 2
 */
export interface AdherenceStreak {
  /** The run that ends with the last week judged (0 when that week missed its target). */
  readonly current: number;
  /** The longest run. */
  readonly best: number;
}

/**
 * How the headline figure reads: `"adherent"` at or above `adherentThreshold`, `"non-adherent"`
 * below it, `"insufficient-data"` when the judged window holds fewer than 14 days or fewer than
 * 4 target sessions.
 *
 * @example
 * const classification: AdherenceClassification = "adherent";
 */
export type AdherenceClassification = "adherent" | "non-adherent" | "insufficient-data";

/**
 * The tally of one stretch on one side over every counted record (the current week's included,
 * so that pain reported today is advised on at once).
 *
 * @example
 * const row: StretchAdherence = {
 *   stretchId: "quadriceps-stretch",
 *   side: "left",
 *   repetitions: { done: 2, planned: 3 },
 *   holdMs: { achieved: 28_000, planned: 60_000 },
 *   painReports: 1,
 *   advice: "avoid",
 * };
 * row.advice; //=> "avoid"
 */
export interface StretchAdherence {
  /** The stretch. */
  readonly stretchId: string;
  /** The side, or `null` for a stretch without sides. */
  readonly side: Side | null;
  /** Repetitions done (holds not skipped) and planned in the sessions recorded. */
  readonly repetitions: {
    /** Holds not skipped. */
    readonly done: number;
    /** Holds planned. */
    readonly planned: number;
  };
  /** Hold achieved (each capped at its plan) and planned in the sessions recorded, in milliseconds. */
  readonly holdMs: {
    /** Milliseconds held, each hold capped at its plan. */
    readonly achieved: number;
    /** Milliseconds planned. */
    readonly planned: number;
  };
  /** Pain reports on this stretch and side. */
  readonly painReports: number;
  /** `"avoid"` when pain was reported on this stretch (on either side), as the seed advises; else `null`. */
  readonly advice: "avoid" | null;
}

/**
 * A planned session that no completed session filled.
 *
 * @example
 * const missed: MissedSession = { date: "2026-11-20", slot: 0 };
 */
export interface MissedSession {
  /** The planned date. */
  readonly date: string;
  /** Which session of that day, from 0. */
  readonly slot: number;
}

/**
 * Three or more planned sessions missed in a row (excused sessions are skipped over).
 *
 * @example
 * const gap: Interruption = { from: "2026-11-16", to: "2026-11-20", count: 3 };
 * gap.count; //=> 3
 */
export interface Interruption {
  /** The date of the first missed session. */
  readonly from: string;
  /** The date of the last missed session. */
  readonly to: string;
  /** How many planned sessions were missed in the run. */
  readonly count: number;
}

/**
 * Why a record was left out: `"duplicate"` (an id seen before; the first wins), `"other-routine"`
 * (a `routineId` other than the plan's), `"future"` (dated after `asOf`), `"outside-plan"` (dated
 * before the plan's start or after its end). When several apply, the first in this order is given.
 *
 * @example
 * const reason: IgnoredReason = "duplicate";
 */
export type IgnoredReason = "future" | "duplicate" | "other-routine" | "outside-plan";

/**
 * A record left out of the report, with its position in `records` and the reason.
 *
 * @example
 * const ignored: IgnoredRecord = { index: 14, id: "s1", reason: "duplicate" };
 */
export interface IgnoredRecord {
  /** The record's index in `records`. */
  readonly index: number;
  /** The record's id. */
  readonly id: string;
  /** Why it was left out. */
  readonly reason: IgnoredReason;
}

/**
 * What `calculateAdherence` reports: each figure with its numerator and denominator, the weeks,
 * the streak, a classification, a tally per stretch and side with advice, the sessions missed,
 * the interruptions, and every record left out with the reason. Plain JSON.
 *
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * const report: AdherenceReport = calculateAdherence({ plan, records: [], asOf: "2026-11-30" });
 * report.sessionAdherence; //=> { value: 0, numerator: 0, denominator: 12 }
 * report.interruptions; //=> [{ from: "2026-11-02", to: "2026-11-27", count: 12 }]
 */
export interface AdherenceReport {
  /** The headline (like the Proportion of Days Covered): sum over weeks of min(completed, target) over the sum of targets. */
  readonly sessionAdherence: AdherenceFigure;
  /** Relative dose intensity: hold achieved by the best `target` sessions of each week over `holdMsPerSession` × targets. */
  readonly doseAdherence: DoseAdherenceFigure;
  /** Completed sessions over target sessions, uncapped (like the Medication Possession Ratio): above 1 is more than planned. */
  readonly sessionRatio: AdherenceFigure;
  /** Every week of the plan up to `asOf`, in order, the pending one included. */
  readonly weeks: readonly WeekAdherence[];
  /** Runs of weeks that met their target. */
  readonly streak: AdherenceStreak;
  /** How `sessionAdherence` reads against `adherentThreshold`. */
  readonly classification: AdherenceClassification;
  /** Per stretch and side, in the plan's order (then any others recorded, by id and side). */
  readonly stretches: readonly StretchAdherence[];
  /** Planned sessions left unfilled in the weeks judged, in order. */
  readonly missed: readonly MissedSession[];
  /** Runs of 3 or more missed sessions in a row. */
  readonly interruptions: readonly Interruption[];
  /** Records left out, in the order of `records`. */
  readonly ignored: readonly IgnoredRecord[];
}

/**
 * The options of `calculateAdherence`.
 *
 * @example
 * const options: AdherenceOptions = { completionThreshold: 0.9, excused: ["2026-11-20"] };
 */
export interface AdherenceOptions {
  /** The dose (hold achieved over planned, each hold capped at its plan) at which a session counts as completed: 0 to 1, default 0.8. */
  readonly completionThreshold?: number | undefined;
  /** The `sessionAdherence` at or above which the report reads `"adherent"`: 0 to 1, default 0.8. */
  readonly adherentThreshold?: number | undefined;
  /** Dates (`YYYY-MM-DD`) whose planned sessions leave every target: illness, a flare. At most 3,640. */
  readonly excused?: readonly string[] | undefined;
}

/**
 * The input of `calculateAdherence`.
 *
 * @example
 * const input: AdherenceInput = {
 *   plan: planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 }),
 *   records: [],
 *   asOf: "2026-11-10",
 * };
 */
export interface AdherenceInput {
  /** The plan, from `planSessions` (or storage: it is checked against `PlanSchema`). */
  readonly plan: Plan;
  /** What was done: at most 100,000 records, from the player or entered by hand. */
  readonly records: readonly SessionRecord[];
  /** The user's today, `YYYY-MM-DD`: records after it are future; its week may be pending. */
  readonly asOf: string;
  /** Thresholds and excused dates. */
  readonly options?: AdherenceOptions | undefined;
}
