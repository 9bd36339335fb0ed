import * as z from "zod/mini";
import type { IssuePathKey, StretchKitErrorCode, StretchKitIssue } from "../errors.js";
import { StretchKitError } from "../errors.js";
import { fromDayNumber, toDayNumber } from "../internal/dates.js";
import { refuseUnreadable, type SafeParser, safeParseWith } from "../internal/issues.js";
import { type Plan, type PlannedSession, PlanSchema } from "../plan/plan-schema.js";
import { weekStartOf } from "../plan/weeks.js";
import type { Side } from "../schema/routine.js";
import { isoDateSchema, type SessionRecord, SessionRecordSchema } from "../schema/session-record.js";
import {
  type CheckMemo,
  createMemo,
  dayNumberOf,
  type HoldSums,
  isPlan,
  isRecord,
  readHolds,
  readPain,
  readRecordHead,
} from "./check-record.js";
import { StretchTally } from "./stretch-tally.js";
import type {
  AdherenceClassification,
  AdherenceFigure,
  AdherenceInput,
  AdherenceReport,
  IgnoredReason,
  IgnoredRecord,
  Interruption,
  MissedSession,
  StretchAdherence,
  WeekAdherence,
} from "./types.js";

/** At most this many records in one call. */
export const MAX_RECORDS = 100_000;

/**
 * At most this many holds over all the records of one call (50 per record on average, where the
 * built-in routine has 27): 100,000 records of up to 4,000 holds each would take a minute to check.
 */
export const MAX_TOTAL_HOLDS = 5_000_000;

/** At most this many excused dates: every day of the longest plan. */
export const MAX_EXCUSED_DATES = 3640;

/** At most this many issues are listed in one error (an input can hold millions). */
const MAX_ISSUES = 100;

/** A window shorter than this many days is too short to judge. */
const MIN_JUDGED_DAYS = 14;

/** A window with fewer target sessions than this is too short to judge. */
const MIN_JUDGED_SESSIONS = 4;

/** A run of this many missed sessions or more is an interruption. */
const MIN_INTERRUPTION = 3;

/** Above the most repetitions of one session (4,000): see `sessionKey`. */
const REPS_RADIX = 8192;

const DEFAULT_COMPLETION_THRESHOLD = 0.8;
const DEFAULT_ADHERENT_THRESHOLD = 0.8;

const optionsSchema = /* @__PURE__ */ z.strictObject({
  completionThreshold: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  ),
  adherentThreshold: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  ),
  excused: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(isoDateSchema).check(/* @__PURE__ */ z.maxLength(MAX_EXCUSED_DATES)),
  ),
});

const INPUT_KEYS: readonly string[] = ["plan", "records", "asOf", "options"];

/** What one week gathers while records are read. */
interface WeekTally {
  completed: number;
  /** Per counted session of the week: {@link sessionKey} of its hold and repetitions. */
  readonly sessions: number[];
}

/** The input, checked. */
interface Checked {
  readonly plan: Plan;
  readonly records: readonly unknown[];
  readonly asOfDay: number;
  readonly completionThreshold: number;
  readonly adherentThreshold: number;
  readonly excused: ReadonlySet<number>;
}

/** Issues gathered with the error code of the first kind found. */
class Issues {
  readonly list: StretchKitIssue[] = [];
  code: StretchKitErrorCode | null = null;

  add(code: StretchKitErrorCode, issues: readonly StretchKitIssue[]): void {
    if (issues.length === 0) return;
    this.code ??= code;
    for (const issue of issues) if (this.list.length < MAX_ISSUES) this.list.push(issue);
  }

  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }

  throwIfAny(): void {
    if (this.code !== null) throw new StretchKitError(this.code, this.list, "Invalid adherence input");
  }
}

/**
 * Adds the schema's issues for a value that a fast check refused; returns whether the schema
 * accepted it after all.
 */
function addIssues(
  issues: Issues,
  code: StretchKitErrorCode,
  schema: SafeParser<unknown>,
  value: unknown,
  path: readonly IssuePathKey[],
): boolean {
  const result = safeParseWith(schema, value, path);
  if (!result.ok) issues.add(code, result.issues);
  return result.ok;
}

/**
 * Adds the schema's issues for the record at `index`, which the fast check refused (unless the
 * error is full already). Should the schema accept it, the record changed while it was read (a
 * getter, a proxy): it is refused rather than dropped, as nothing may be dropped silently.
 */
function addRecordIssues(issues: Issues, record: unknown, index: number): void {
  if (issues.full || !addIssues(issues, "invalid_record", SessionRecordSchema, record, ["records", index])) return;
  issues.add("invalid_record", [
    { path: ["records", index], code: "invalid_value", message: "changed while it was read: pass plain data" },
  ]);
}

function checkInput(input: unknown, memo: CheckMemo): Checked {
  const issues = new Issues();
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.add("invalid_options", [
      { path: [], code: "invalid_type", message: "expected an object with plan, records and asOf" },
    ]);
    issues.throwIfAny();
  }
  const fields = input as Record<string, unknown>;
  const unknownKeys: StretchKitIssue[] = [];
  for (const key in fields) {
    if (!INPUT_KEYS.includes(key)) {
      unknownKeys.push({ path: [key], code: "unrecognized_key", message: `unknown key ${JSON.stringify(key)}` });
    }
  }
  issues.add("invalid_options", unknownKeys);

  const plan = fields["plan"];
  const planOk = isPlan(plan, memo) || addIssues(issues, "invalid_plan", PlanSchema, plan, ["plan"]);

  const asOf = fields["asOf"];
  const asOfDay = dayNumberOf(asOf, memo);
  if (Number.isNaN(asOfDay)) {
    addIssues(issues, "invalid_date", isoDateSchema, asOf, ["asOf"]);
  } else if (planOk && asOfDay < dayNumberOf((plan as Plan).start, memo)) {
    issues.add("invalid_date", [
      { path: ["asOf"], code: "out_of_order", message: `must not be before the plan's start, ${(plan as Plan).start}` },
    ]);
  }

  const options = safeParseWith(optionsSchema, fields["options"] ?? {}, ["options"]);
  if (!options.ok) issues.add("invalid_options", options.issues);

  const records = fields["records"];
  let recordsOk = false;
  if (!Array.isArray(records)) {
    issues.add("invalid_record", [
      { path: ["records"], code: "invalid_type", message: "expected an array of records" },
    ]);
  } else if (records.length > MAX_RECORDS) {
    issues.add("invalid_record", [
      { path: ["records"], code: "too_big", message: `must have at most ${MAX_RECORDS} items; got ${records.length}` },
    ]);
  } else {
    const totalHolds = countHolds(records);
    if (totalHolds > MAX_TOTAL_HOLDS) {
      issues.add("invalid_record", [
        {
          path: ["records"],
          code: "too_big",
          message: `must hold at most ${MAX_TOTAL_HOLDS} holds in all; got ${totalHolds}`,
        },
      ]);
    } else {
      recordsOk = true;
    }
  }

  if (issues.code !== null) {
    // Refused already (bad options included): still list the records' issues, all at once.
    if (recordsOk) {
      const list = records as readonly unknown[];
      for (let index = 0; index < list.length && !issues.full; index++) {
        if (!isRecord(list[index], memo)) addRecordIssues(issues, list[index], index);
      }
    }
    issues.throwIfAny();
  }
  const parsed = (options as { readonly value: z.output<typeof optionsSchema> }).value;
  const excused = new Set<number>();
  for (const date of parsed.excused ?? []) excused.add(dayNumberOf(date, memo));
  return {
    plan: plan as Plan,
    records: records as readonly unknown[],
    asOfDay,
    completionThreshold: parsed.completionThreshold ?? DEFAULT_COMPLETION_THRESHOLD,
    adherentThreshold: parsed.adherentThreshold ?? DEFAULT_ADHERENT_THRESHOLD,
    excused,
  };
}

/**
 * The holds of all the records, summed over the lengths of their `holds` arrays before any hold
 * is read (a record that is not an object, or whose `holds` is not an array, adds 0: it is
 * refused later).
 */
function countHolds(records: readonly unknown[]): number {
  let total = 0;
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (typeof record !== "object" || record === null) continue;
    const holds = (record as { readonly holds?: unknown }).holds;
    if (Array.isArray(holds)) total += holds.length;
  }
  return total;
}

function figure(numerator: number, denominator: number): AdherenceFigure {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

function sideIndex(side: Side | null): 0 | 1 | 2 {
  return side === "left" ? 0 : side === "right" ? 1 : 2;
}

/**
 * Measures how well a person kept to a plan, from the records of what they did: the figures that
 * adherence research uses, each with its numerator and denominator, and the facts behind them.
 *
 * - A record **counts as a completed session** when its dose (hold achieved, each hold capped at
 *   the record's plan for it, over the plan's `holdMsPerSession`, at most 1) reaches
 *   `completionThreshold` (default 0.8): a session of shorter holds or fewer stretches than the
 *   plan's counts only as far as it goes. A record without holds (entered by hand) has dose 1 when
 *   `"completed"`, 0 when `"stopped"`.
 * - **Weeks**: each week of the plan up to `asOf` has a target (its planned sessions, less those
 *   on excused dates; a partial week at either edge of the plan has the sessions that fall in it)
 *   and a count of sessions completed on any of its days. The week holding `asOf` that has not
 *   met its target yet is `pending`: left out of every figure, it never breaks a streak.
 * - `sessionAdherence` = Σ min(completed, target) / Σ target (the Proportion of Days Covered of
 *   medication adherence, by week); `doseAdherence` = hold of each week's best `target` sessions
 *   (each capped at `holdMsPerSession`) / (`holdMsPerSession` × Σ target), relative dose intensity,
 *   with repetitions beside it; `sessionRatio` = Σ completed / Σ target, uncapped (like the
 *   Medication Possession Ratio). A figure whose denominator is 0 has `value: null`.
 * - Completed sessions fill each week's planned sessions in date order; those left are `missed`,
 *   and 3 or more missed in a row (excused ones skipped over) make an interruption.
 * - Every record is counted or listed in `ignored` with its reason: `"duplicate"` (id seen
 *   before), `"other-routine"`, `"future"` (after `asOf`), `"outside-plan"`, checked in that order.
 *
 * Linear in the records; no `Date`, clock or time zone is involved; the input is never changed.
 *
 * @param input - `plan` (from `planSessions` or storage), `records` (at most 100,000 session
 * records, holding at most 5,000,000 holds in all), `asOf` (the user's today, `YYYY-MM-DD`), and `options`: `completionThreshold`,
 * `adherentThreshold` (both 0 to 1, default 0.8), `excused` dates.
 * @returns A fresh {@link AdherenceReport}.
 * @throws {@link StretchKitError} listing every issue (at most 100) with its path from `input`,
 * code `invalid_record` for a record that fails `SessionRecordSchema` (path e.g.
 * `["records", 3, "date"]`), more than 100,000 records, or more than 5,000,000 holds over all the
 * records (checked before any hold is read), `invalid_plan` for a plan that fails
 * `PlanSchema`, `invalid_date` for an invalid `asOf` or one before the plan's start, and
 * `invalid_options` for bad options or unknown keys.
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * const done = (id: string, date: string) =>
 *   ({ id, routineId: "back-spasm-stretches", date, status: "completed", pain: [] }) as const;
 * const report = calculateAdherence({
 *   plan,
 *   records: [done("a", "2026-11-02"), done("b", "2026-11-04"), done("c", "2026-11-06"), done("d", "2026-11-10")],
 *   asOf: "2026-11-10",
 * });
 * report.sessionAdherence; //=> { value: 1, numerator: 3, denominator: 3 }
 * report.weeks.map((week) => week.pending); //=> [false, true]
 * report.classification; //=> "insufficient-data"
 */
export function calculateAdherence(input: AdherenceInput): AdherenceReport {
  return refuseUnreadable("invalid_record", "Invalid adherence input", () => {
    const memo = createMemo();
    const { plan, records, asOfDay, completionThreshold, adherentThreshold, excused } = checkInput(input, memo);

    const startDay = dayNumberOf(plan.start, memo);
    const endDay = dayNumberOf(plan.end, memo);
    const firstWeek = weekStartOf(startDay, plan.weekStartsOn);
    const lastDay = Math.min(asOfDay, endDay);
    const weekCount = Math.floor((lastDay - firstWeek) / 7) + 1;
    const holdMsPerSession = plan.holdMsPerSession;
    let repsPerSession = 0;
    for (const item of plan.items) repsPerSession += item.repetitions;

    const weeks: WeekTally[] = [];
    for (let week = 0; week < weekCount; week++) weeks.push({ completed: 0, sessions: [] });
    const tally = new StretchTally(plan.items);
    // The holds of a record that does not count are checked all the same, and added up here.
    const scratch = new StretchTally(plan.items);
    const issues = new Issues();
    const ignored: IgnoredRecord[] = [];
    const duplicate = findDuplicates(records);
    const sums: HoldSums = { achievedMs: 0, done: 0 };
    let manualCompleted = 0;
    let manualStopped = 0;

    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      const day = readRecordHead(record, memo);
      if (Number.isNaN(day)) {
        addRecordIssues(issues, record, index);
        continue;
      }
      const { id, routineId, status, holds, pain } = record as SessionRecord;
      let reason: IgnoredReason | null = null;
      if (duplicate[index] === 1) reason = "duplicate";
      else if (routineId !== plan.routineId) reason = "other-routine";
      else if (day > asOfDay) reason = "future";
      else if (day < startDay || day > endDay) reason = "outside-plan";
      const counted = reason === null;

      const manual = holds === undefined || holds.length === 0;
      if (
        (!manual && !readHolds(holds, memo, sums, counted ? tally : scratch)) ||
        !readPain(pain, memo, counted ? tally : null)
      ) {
        addRecordIssues(issues, record, index);
        continue;
      }
      if (reason !== null) {
        ignored.push({ index, id, reason });
        continue;
      }

      const week = weeks[Math.floor((day - firstWeek) / 7)] as WeekTally;
      if (manual) {
        const completed = status === "completed";
        if (completed) {
          manualCompleted++;
          week.completed++;
        } else {
          manualStopped++;
        }
        week.sessions.push(completed ? sessionKey(holdMsPerSession, repsPerSession) : 0);
      } else {
        // The dose is measured against the plan, not against the record's own plan: a session of
        // 1 s holds, or of a shorter variant, does not count as the planned session.
        if (Math.min(sums.achievedMs, holdMsPerSession) / holdMsPerSession >= completionThreshold) week.completed++;
        week.sessions.push(
          sessionKey(Math.min(sums.achievedMs, holdMsPerSession), Math.min(sums.done, repsPerSession)),
        );
      }
    }
    issues.throwIfAny();

    // Records without holds stand for the plan's full dose (completed) or none (stopped).
    for (const item of plan.items) {
      const row = tally.row(tally.entry(item.stretchId), sideIndex(item.side));
      row.repsPlanned += (manualCompleted + manualStopped) * item.repetitions;
      row.repsDone += manualCompleted * item.repetitions;
      row.holdPlanned += (manualCompleted + manualStopped) * item.repetitions * item.holdMs;
      row.holdAchieved += manualCompleted * item.repetitions * item.holdMs;
    }

    const judged = judgeWeeks(plan, weeks, { startDay, endDay, firstWeek, lastDay, asOfDay, excused });
    const { sessions, dose, reps } = judged;
    const insufficient = judged.days < MIN_JUDGED_DAYS || sessions.target < MIN_JUDGED_SESSIONS;
    const classification: AdherenceClassification = insufficient
      ? "insufficient-data"
      : sessions.filled / sessions.target >= adherentThreshold
        ? "adherent"
        : "non-adherent";
    return {
      sessionAdherence: figure(sessions.filled, sessions.target),
      doseAdherence: {
        ...figure(dose, holdMsPerSession * sessions.target),
        repetitions: figure(reps, repsPerSession * sessions.target),
      },
      sessionRatio: figure(sessions.completed, sessions.target),
      weeks: judged.weeks,
      streak: judged.streak,
      classification,
      stretches: stretchRows(tally),
      missed: judged.missed,
      interruptions: judged.interruptions,
      ignored,
    };
  });
}

/**
 * Which records repeat the id of an earlier record (the first wins), as 1s. A pass of its own:
 * the set of up to 100,000 ids then stays in the cache, which the records' holds would crowd out
 * (twice as fast as adding each id in the main loop). A record that is not valid is refused later;
 * its id, whatever it is, changes nothing, as the call then throws.
 */
function findDuplicates(records: readonly unknown[]): Uint8Array {
  const duplicate = new Uint8Array(records.length);
  const seen = new Set<unknown>();
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (typeof record !== "object" || record === null) continue;
    const distinct = seen.size;
    seen.add((record as { readonly id?: unknown }).id);
    if (seen.size === distinct) duplicate[index] = 1;
  }
  return duplicate;
}

/** The days of the plan that the report judges, with `asOf`. */
interface Window {
  readonly startDay: number;
  readonly endDay: number;
  readonly firstWeek: number;
  readonly lastDay: number;
  readonly asOfDay: number;
  readonly excused: ReadonlySet<number>;
}

/** What the weeks add up to, pending week left out. */
interface Judged {
  readonly weeks: WeekAdherence[];
  readonly sessions: { readonly filled: number; readonly target: number; readonly completed: number };
  readonly dose: number;
  readonly reps: number;
  readonly days: number;
  readonly streak: { readonly current: number; readonly best: number };
  readonly missed: MissedSession[];
  readonly interruptions: Interruption[];
}

/** Each week's planned sessions up to the last judged week, excused dates left out. */
function slotsByWeek(plan: Plan, weekCount: number, window: Window): PlannedSession[][] {
  const slots: PlannedSession[][] = [];
  for (let week = 0; week < weekCount; week++) slots.push([]);
  let previousDate = "";
  let previousDay = 0;
  for (const session of plan.sessions) {
    const day = session.date === previousDate ? previousDay : toDayNumber(session.date);
    previousDate = session.date;
    previousDay = day;
    const week = Math.floor((day - window.firstWeek) / 7);
    if (week >= weekCount) break;
    if (!window.excused.has(day)) (slots[week] as PlannedSession[]).push({ date: session.date, slot: session.slot });
  }
  return slots;
}

/**
 * A session's hold and repetitions as one number that sorts by hold, then repetitions: a plan's
 * session has at most 4,000 repetitions (200 items × 20) and 2.4e9 ms of hold, so the key stays
 * below 2^53 and a typed array sorts a week's sessions without a comparator.
 */
function sessionKey(holdMs: number, reps: number): number {
  return holdMs * REPS_RADIX + reps;
}

/** The hold and repetitions of a week's best `target` sessions (by hold, then repetitions). */
function bestSessions(tally: WeekTally, target: number): { readonly holdMs: number; readonly reps: number } {
  let keys: ArrayLike<number> = tally.sessions;
  let from = 0;
  if (keys.length > target) {
    keys = Float64Array.from(tally.sessions).sort();
    from = keys.length - target;
  }
  let holdMs = 0;
  let reps = 0;
  for (let index = from; index < keys.length; index++) {
    const key = keys[index] as number;
    const sessionReps = key % REPS_RADIX;
    holdMs += (key - sessionReps) / REPS_RADIX;
    reps += sessionReps;
  }
  return { holdMs, reps };
}

function judgeWeeks(plan: Plan, tallies: readonly WeekTally[], window: Window): Judged {
  const slots = slotsByWeek(plan, tallies.length, window);
  const weeks: WeekAdherence[] = [];
  const missed: MissedSession[] = [];
  const interruptions: Interruption[] = [];
  let filledTotal = 0;
  let targetTotal = 0;
  let completedTotal = 0;
  let dose = 0;
  let reps = 0;
  let days = 0;
  let run = 0;
  let best = 0;
  let missedRun: MissedSession[] = [];
  const closeRun = (): void => {
    const first = missedRun[0];
    const last = missedRun[missedRun.length - 1];
    if (missedRun.length >= MIN_INTERRUPTION && first !== undefined && last !== undefined) {
      interruptions.push({ from: first.date, to: last.date, count: missedRun.length });
    }
    missedRun = [];
  };

  for (let week = 0; week < tallies.length; week++) {
    const tally = tallies[week] as WeekTally;
    const weekSlots = slots[week] as PlannedSession[];
    const target = weekSlots.length;
    const weekStart = window.firstWeek + 7 * week;
    const start = Math.max(weekStart, window.startDay);
    const end = Math.min(weekStart + 6, window.endDay);
    const completed = tally.completed;
    const met = completed >= target;
    const pending = !met && week === tallies.length - 1 && window.asOfDay <= window.endDay;
    weeks.push({ start: fromDayNumber(start), end: fromDayNumber(end), target, completed, met, pending });
    if (pending) continue;

    days += Math.min(end, window.lastDay) - start + 1;
    const filled = Math.min(completed, target);
    filledTotal += filled;
    targetTotal += target;
    completedTotal += completed;
    const bestOfWeek = bestSessions(tally, target);
    dose += bestOfWeek.holdMs;
    reps += bestOfWeek.reps;
    if (filled > 0) closeRun();
    for (let k = filled; k < target; k++) {
      const slot = weekSlots[k] as PlannedSession;
      missed.push(slot);
      missedRun.push(slot);
    }
    if (target > 0) {
      run = met ? run + 1 : 0;
      best = Math.max(best, run);
    }
  }
  closeRun();
  return {
    weeks,
    sessions: { filled: filledTotal, target: targetTotal, completed: completedTotal },
    dose,
    reps,
    days,
    streak: { current: run, best },
    missed,
    interruptions,
  };
}

/** The rows as the report gives them: the plan's first, then any others by stretch id and side. */
function stretchRows(tally: StretchTally): StretchAdherence[] {
  const avoid = new Set<string>();
  for (const row of tally.rows) if (row.pain > 0) avoid.add(row.stretchId);
  const others = tally.rows
    .slice(tally.planRows)
    .sort((a, b) =>
      a.stretchId === b.stretchId ? sideIndex(a.side) - sideIndex(b.side) : a.stretchId < b.stretchId ? -1 : 1,
    );
  return [...tally.rows.slice(0, tally.planRows), ...others].map((row) => ({
    stretchId: row.stretchId,
    side: row.side,
    repetitions: { done: row.repsDone, planned: row.repsPlanned },
    holdMs: { achieved: row.holdAchieved, planned: row.holdPlanned },
    painReports: row.pain,
    advice: avoid.has(row.stretchId) ? "avoid" : null,
  }));
}
