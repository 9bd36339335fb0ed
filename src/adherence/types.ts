import type { Side } from "../schema/common.js";
import type { Plan, PlannedSession } from "../schema/plan.js";
import type { SessionRecord } from "../schema/session-record.js";

/**
 * One adherence figure: a ratio with the counts it comes from, so that a person can check it.
 * `value` is `numerator / denominator`, or `null` when the denominator is 0 (nothing to judge
 * yet: no planned session has come due, or all of them were excused).
 *
 * @example
 * const figure: AdherenceFigure = { value: 0.75, numerator: 3, denominator: 4 };
 * figure.numerator / figure.denominator; //=> 0.75
 * @category Adherence
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
 * @category Adherence
 */
export interface DoseAdherenceFigure extends AdherenceFigure {
  /** Repetitions done (holds not skipped) over repetitions planned. */
  readonly repetitions: AdherenceFigure;
}

/**
 * One week of the plan in the window up to `asOf`: its target, the sessions completed in it, and
 * whether it met its target or is still pending.
 *
 * @example
 * const week: WeekAdherence = { start: "2026-11-16", end: "2026-11-22", target: 3, completed: 2, met: false, pending: false };
 * week.met; //=> false
 * @category Adherence
 */
export interface WeekAdherence {
  /** The week's first day in the plan (the plan's start, for a first week that starts mid-week). */
  readonly start: string;
  /** The week's last day in the plan (the plan's end, for a last week that ends mid-week). */
  readonly end: string;
  /** The planned sessions of the week in the plan, less those on excused dates. */
  readonly target: number;
  /** Sessions counted on any day of the week (planned or not; a record counts when its dose reaches `completionThreshold`, whatever its `status`), uncapped. */
  readonly completed: number;
  /** Whether `completed` reached `target` (always, for a week whose target is 0). */
  readonly met: boolean;
  /** Whether this is the week holding `asOf` and has not met its target yet: left out of every weekly figure. */
  readonly pending: boolean;
}

/**
 * One scored pain report of a stretch and side, for a chart of pain over time.
 *
 * @example
 * const point: PainScore = { date: "2026-11-20", score: 8 };
 * @category Adherence
 */
export interface PainScore {
  /** The date of the record that holds it. */
  readonly date: string;
  /** The score, 0 to 10 on the numeric rating scale. */
  readonly score: number;
}

/**
 * The tally of one stretch on one side over the records read (the current week's included, so
 * that pain reported today is advised on at once), with the pain scores over time.
 *
 * @example
 * const row: StretchAdherence = {
 *   stretchId: "quadriceps-stretch",
 *   side: "left",
 *   repetitions: { done: 2, planned: 3 },
 *   holdMs: { achieved: 28_000, planned: 60_000 },
 *   painReports: 1,
 *   advice: "avoid",
 *   painScores: [{ date: "2026-11-20", score: 8 }],
 *   firstScore: 8,
 *   lastScore: 8,
 *   highestScore: 8,
 * };
 * row.advice; //=> "avoid"
 * @category Adherence
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
    /** Held, each hold capped at its plan. */
    readonly achieved: number;
    /** Planned. */
    readonly planned: number;
  };
  /**
   * Pain reports on this stretch and side, scored or not, in every record of the routine up to
   * `asOf`: those the figures leave out (a duplicate id, a date before the window or outside the
   * plan) included, as pain is advice, not a figure.
   */
  readonly painReports: number;
  /** `"avoid"` when pain was reported on this stretch (on either side), as the source advises; else `null`. */
  readonly advice: "avoid" | null;
  /** The scored pain reports, in date order (then in the order of the records). */
  readonly painScores: readonly PainScore[];
  /** The first score, in date order, or `null` without scores. */
  readonly firstScore: number | null;
  /** The last score, in date order, or `null` without scores. */
  readonly lastScore: number | null;
  /** The highest score, or `null` without scores. */
  readonly highestScore: number | null;
}

/**
 * A planned session that no completed session filled.
 *
 * @example
 * const missed: MissedSession = { date: "2026-11-20", slot: 0 };
 * @category Adherence
 */
export type MissedSession = PlannedSession;

/**
 * Three or more planned sessions missed in a row (excused sessions are skipped over).
 *
 * @example
 * const gap: Interruption = { from: "2026-11-16", to: "2026-11-20", count: 3 };
 * gap.count; //=> 3
 * @category Adherence
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
 * before the plan's start or after its end), `"before-window"` (dated before the week that holds
 * `options.since`). When several apply, the first in this order is given.
 *
 * @example
 * const reason: IgnoredReason = "duplicate";
 * @category Adherence
 */
export type IgnoredReason = "duplicate" | "other-routine" | "future" | "outside-plan" | "before-window";

/**
 * A record left out of the report, with its position in `records` and the reason.
 *
 * @example
 * const ignored: IgnoredRecord = { index: 14, id: "s1", reason: "duplicate" };
 * @category Adherence
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
 * A record the report read: its dose and whether it counted as a completed session. A record's
 * `status` says whether the player reached the last step; `counted` says whether adherence counts
 * it, by its dose: a session can be `"completed"` and not counted (too little of it held).
 *
 * @example
 * const read: ReadRecord = { index: 0, id: "s1", date: "2026-11-02", dose: 0.78, counted: false };
 * @category Adherence
 */
export interface ReadRecord {
  /** The record's index in `records`. */
  readonly index: number;
  /** The record's id. */
  readonly id: string;
  /** The record's date. */
  readonly date: string;
  /** Hold achieved (each capped at its plan, the sum capped at the plan's) over `holdMsPerSession`, 0 to 1; 1 or 0 for a manual `"completed"` or `"stopped"` record. */
  readonly dose: number;
  /** Whether `dose` reached `completionThreshold`: the session counts as completed. */
  readonly counted: boolean;
}

/**
 * A finding for the clinician: what triggered it, and where. Fields that do not apply are `null`.
 * Flags are not a diagnosis: they point a clinician to what the user reported.
 *
 * - `"pain-score"`: a pain score at or above `painFlagScore` (`value`: the score);
 * - `"effort"`: an effort rating at or above `effortFlagScore` (`value`: the rating);
 * - `"repeated-pain"`: pain reported for the same stretch and side in two records read in a row,
 *   in date order (dated as the later one, once per run; `value`: `null`);
 * - `"discontinued"`: no counted session for more than `permissibleGapDays` days (dated the day
 *   after the last counted session; `value`: the days from it to `asOf`).
 *
 * @example
 * const flag: AdherenceFlag = { kind: "effort", date: "2026-11-23", recordId: "nov-23", stretchId: null, side: null, value: 9 };
 * @category Adherence
 */
export interface AdherenceFlag {
  /** What triggered it. */
  readonly kind: "pain-score" | "effort" | "repeated-pain" | "discontinued";
  /** The date of the record that triggered it; for a discontinuation, `discontinuedOn`. */
  readonly date: string;
  /** The record, or `null` for a discontinuation. */
  readonly recordId: string | null;
  /** The stretch, for pain flags; else `null`. */
  readonly stretchId: string | null;
  /** The side, for pain flags on a stretch with sides; else `null`. */
  readonly side: Side | null;
  /** The score, the effort, or for a discontinuation the days from the last counted session to `asOf`; `null` for repeated pain. */
  readonly value: number | null;
}

/**
 * Persistence: how long a person kept going, as runs of counted sessions ("episodes") in which
 * each falls at most `permissibleGapDays` days after the one before (the ABC taxonomy's
 * discontinuation, with a permissible gap).
 *
 * @example
 * const persistence: Persistence = {
 *   permissibleGapDays: 14,
 *   episodes: [{ start: "2026-11-04", end: "2026-11-23", sessions: 8 }],
 *   discontinued: true,
 *   discontinuedOn: "2026-11-24",
 *   persistedDays: 20,
 * };
 * @category Adherence
 */
export interface Persistence {
  /** The longest gap, in days, between two counted sessions of one episode. */
  readonly permissibleGapDays: number;
  /** The runs of counted sessions, in order; `end` is the date of an episode's last session. */
  readonly episodes: readonly {
    /** The date of the episode's first session. */
    readonly start: string;
    /** The date of its last session. */
    readonly end: string;
    /** The counted sessions in it. */
    readonly sessions: number;
  }[];
  /**
   * Whether `asOf` (or the plan's end, when `asOf` is after it: a user who kept to the plan to its
   * end has not discontinued it) is more than `permissibleGapDays` days after the last counted
   * session; `null` without one (a user who has not started has not discontinued: see `initiation`).
   */
  readonly discontinued: boolean | null;
  /** The day after the last counted session when discontinued, else `null`. */
  readonly discontinuedOn: string | null;
  /** The days from the first counted session to the end of the first episode, both counted; `null` without one. */
  readonly persistedDays: number | null;
}

/**
 * The definition every figure was computed with, echoed so that no figure is read without it.
 *
 * @example
 * const parameters: AdherenceParameters = {
 *   completionThreshold: 0.8,
 *   adherentThreshold: 0.8,
 *   permissibleGapDays: 14,
 *   painFlagScore: 7,
 *   effortFlagScore: 9,
 *   since: null,
 *   excusedDates: 0,
 * };
 * @category Adherence
 */
export interface AdherenceParameters {
  /** The dose at which a session counted. */
  readonly completionThreshold: number;
  /** The session adherence from which the classification is `"adherent"`. */
  readonly adherentThreshold: number;
  /** The longest gap, in days, within one episode. */
  readonly permissibleGapDays: number;
  /** The pain score from which a report is flagged. */
  readonly painFlagScore: number;
  /** The effort from which a record is flagged. */
  readonly effortFlagScore: number;
  /** The window's `since`, or `null` for the whole plan. */
  readonly since: string | null;
  /** How many excused dates were given. */
  readonly excusedDates: number;
}

/**
 * What `calculateAdherence` reports: every phase of adherence (initiation, implementation,
 * persistence), each figure with its numerator and denominator and the parameters it used; the
 * weeks, the streak, a classification; per stretch and side a tally with pain scores and advice;
 * flags for the clinician; early stops; the sessions missed and the interruptions; and every
 * record read (with its dose) or left out (with the reason). Plain JSON.
 *
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * const report: AdherenceReport = calculateAdherence({ plan, records: [], asOf: "2026-11-30" });
 * report.sessionAdherence; //=> { value: 0, numerator: 0, denominator: 12 }
 * report.initiation; //=> null
 * report.interruptions; //=> [{ from: "2026-11-02", to: "2026-11-27", count: 12 }]
 * @category Adherence
 */
export interface AdherenceReport {
  /** The definition of every figure: thresholds, gap, flag scores, window, excused dates. */
  readonly parameters: AdherenceParameters;
  /** Initiation: the first counted session and the days from the plan's start to it, or `null` before one. */
  readonly initiation: {
    /** The date of the first counted session. */
    readonly date: string;
    /** The days from the plan's start to it. */
    readonly days: number;
  } | null;
  /** Implementation, the headline (like the Proportion of Days Covered): Σ min(completed, target) / Σ target over the weeks. */
  readonly sessionAdherence: AdherenceFigure;
  /** Implementation: hold achieved by the best `target` sessions of each week over `holdMsPerSession` × targets (relative dose intensity). */
  readonly doseAdherence: DoseAdherenceFigure;
  /** Implementation: completed sessions over target sessions, uncapped (like the Medication Possession Ratio). */
  readonly sessionRatio: AdherenceFigure;
  /** Persistence: episodes of counted sessions, and discontinuation. */
  readonly persistence: Persistence;
  /** Every week of the window up to `asOf`, in order, the pending one included. */
  readonly weeks: readonly WeekAdherence[];
  /** Runs of weeks that met their target: the run ending with the last week judged, and the longest. */
  readonly streak: {
    /** The run of weeks that met their target, up to the last judged week. */
    readonly current: number;
    /** The longest such run. */
    readonly best: number;
  };
  /** `"adherent"` at or above `adherentThreshold`, `"non-adherent"` below, `"insufficient-data"` under 14 days or 4 target sessions. */
  readonly classification: "adherent" | "non-adherent" | "insufficient-data";
  /** Per stretch and side, in the plan's order (then any others recorded, by id and side). */
  readonly stretches: readonly StretchAdherence[];
  /** Findings for the clinician, by date, then in the order of their kinds. */
  readonly flags: readonly AdherenceFlag[];
  /** Records read with status `"stopped"`: with a pain report (`pain`) or not (`other`). */
  readonly earlyStops: {
    /** Stopped records that hold a pain report. */
    readonly pain: number;
    /** The other stopped records. */
    readonly other: number;
  };
  /** Planned sessions left unfilled in the weeks judged, in order. */
  readonly missed: readonly MissedSession[];
  /** Runs of 3 or more missed sessions in a row. */
  readonly interruptions: readonly Interruption[];
  /** Every record read, in the order of `records`, with its dose and whether it counted. */
  readonly records: readonly ReadRecord[];
  /** Records left out, in the order of `records`. */
  readonly ignored: readonly IgnoredRecord[];
}

/**
 * The options of `calculateAdherence`: each has a default, and each is echoed in `parameters`.
 *
 * @example
 * const options: AdherenceOptions = { completionThreshold: 0.9, excused: ["2026-11-20"], since: "2026-11-16" };
 * @category Adherence
 */
export interface AdherenceOptions {
  /** The dose at which a session counts as completed: 0 to 1, default 0.8. */
  readonly completionThreshold?: number | undefined;
  /** The `sessionAdherence` at or above which the report reads `"adherent"`: 0 to 1, default 0.8 (the PDC convention). */
  readonly adherentThreshold?: number | undefined;
  /** The longest gap between two counted sessions of one episode, in days: 1 to 3,640, default 14. */
  readonly permissibleGapDays?: number | undefined;
  /** A pain score at or above this is flagged: 0 to 10, default 7 (a convention of clinical home-exercise software, not a diagnosis). */
  readonly painFlagScore?: number | undefined;
  /** An effort rating at or above this is flagged: 0 to 10, default 9 (a convention of clinical home-exercise software). */
  readonly effortFlagScore?: number | undefined;
  /** Limits every figure to the weeks from the week that holds this date (`YYYY-MM-DD`), e.g. "the last 4 weeks". */
  readonly since?: string | undefined;
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
 * @category Adherence
 */
export interface AdherenceInput {
  /** The plan, from `planSessions` (or storage: it is checked against `PlanSchema`). */
  readonly plan: Plan;
  /** What was done: at most 100,000 records, from the player or entered by hand. */
  readonly records: readonly SessionRecord[];
  /** The user's today, `YYYY-MM-DD`: records after it are future; its week may be pending. */
  readonly asOf: string;
  /** Thresholds, the permissible gap, flag scores, the window and excused dates. */
  readonly options?: AdherenceOptions | undefined;
}
