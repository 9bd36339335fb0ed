import * as z from "zod/mini";
import type { IssuePathKey, StretchKitErrorCode, StretchKitIssue } from "../errors.js";
import { fail, issue, refuseUnreadable, type SafeParser, safeParseWith, unknownKey } from "../internal/issues.js";
import { weekStartOf } from "../plan/weeks.js";
import {
  MAX_ISSUES,
  MAX_PLAN_DAYS,
  MAX_RECORDS,
  MAX_SCORE,
  MAX_TOTAL_HOLDS,
  MAX_TOTAL_PAIN,
} from "../schema/bounds.js";
import { dateSchema, intIn, listOf } from "../schema/common.js";
import { type Plan, PlanSchema } from "../schema/plan.js";
import { SessionRecordSchema } from "../schema/session-record.js";
import { clinicalFigures, inDateOrder, type Reads } from "./clinical.js";
import { judgeWeeks, sessionKey, type WeekTally, type Window } from "./judge-weeks.js";
import {
  dayOf,
  type HoldSums,
  isObject,
  type Memo,
  type RecordHead,
  readHead,
  readHolds,
  readPain,
} from "./read-records.js";
import { StretchTally, sideIndexOf } from "./stretch-tally.js";
import type { AdherenceFigure, AdherenceInput, AdherenceParameters, AdherenceReport, IgnoredRecord } from "./types.js";

/**
 * Pain is advice, not a figure: the pain reports of every record of the plan's routine up to
 * `asOf` count toward the advice to avoid a stretch, those the figures leave out included (a
 * duplicate id, a date before the window or outside the plan).
 */
const PAIN_ADVISES: ReadonlySet<IgnoredRecord["reason"] | null> = /* @__PURE__ */ new Set([
  null,
  "duplicate",
  "before-window",
  "outside-plan",
]);

/** A window shorter than this many days, or with fewer target sessions, is too short to judge. */
const MIN_JUDGED_DAYS = 14;
const MIN_JUDGED_SESSIONS = 4;

const ratio = () => z.optional(z.number().check(z.gte(0), z.lte(1)));
const score = () => z.optional(intIn(0, MAX_SCORE));

const optionsSchema = /* @__PURE__ */ z.strictObject({
  completionThreshold: /* @__PURE__ */ ratio(),
  adherentThreshold: /* @__PURE__ */ ratio(),
  permissibleGapDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ intIn(1, MAX_PLAN_DAYS)),
  painFlagScore: /* @__PURE__ */ score(),
  effortFlagScore: /* @__PURE__ */ score(),
  since: /* @__PURE__ */ z.optional(dateSchema),
  excused: /* @__PURE__ */ z.optional(/* @__PURE__ */ listOf(dateSchema, 0, MAX_PLAN_DAYS)),
});

const INPUT_KEYS: readonly string[] = ["plan", "records", "asOf", "options"];

/** Issues gathered with the error code of the first kind found, at most 100. */
class Issues {
  readonly list: StretchKitIssue[] = [];
  code: StretchKitErrorCode | null = null;

  add(code: StretchKitErrorCode, issues: readonly StretchKitIssue[]): void {
    if (issues.length === 0) return;
    this.code ??= code;
    for (const issue of issues) if (this.list.length < MAX_ISSUES) this.list.push(issue);
  }

  parse(
    code: StretchKitErrorCode,
    schema: SafeParser<unknown>,
    value: unknown,
    path: readonly IssuePathKey[],
  ): boolean {
    const result = safeParseWith(schema, value, path);
    if (!result.ok) this.add(code, result.issues);
    return result.ok;
  }

  /**
   * The schema's issues for a record the fast check refused. Should the schema accept it, the
   * record changed while it was read (a getter, a proxy): refused rather than dropped.
   */
  record(record: unknown, index: number): void {
    if (
      this.list.length >= MAX_ISSUES ||
      !this.parse("invalid_record", SessionRecordSchema, record, ["records", index])
    )
      return;
    this.add("invalid_record", [
      issue(["records", index], "invalid_value", "changed while it was read: pass plain data"),
    ]);
  }

  throwIfAny(): void {
    if (this.code !== null) fail(this.code, this.list, "Invalid adherence input");
  }
}

/** The input, read once and checked. */
interface Checked {
  readonly plan: Plan;
  readonly records: readonly unknown[];
  readonly asOfDay: number;
  readonly parameters: AdherenceParameters;
  readonly excused: ReadonlySet<number>;
}

/** Whether a record is valid, its entries tallied into a tally nothing reads. */
function isValidRecord(record: unknown, memo: Memo): boolean {
  const head = readHead(record, memo);
  const scratch = new StretchTally([]);
  const sums: HoldSums = { achievedMs: 0, done: 0 };
  return (
    head !== null && readHolds(head.holds ?? [], memo, sums, scratch) && readPain(head.pain ?? [], scratch) !== null
  );
}

/** The parameters of the options, defaults filled in. */
function parametersOf(options: z.output<typeof optionsSchema>): AdherenceParameters {
  return {
    completionThreshold: options.completionThreshold ?? 0.8,
    adherentThreshold: options.adherentThreshold ?? 0.8,
    permissibleGapDays: options.permissibleGapDays ?? 14,
    painFlagScore: options.painFlagScore ?? 7,
    effortFlagScore: options.effortFlagScore ?? 9,
    since: options.since ?? null,
    excusedDates: options.excused?.length ?? 0,
  };
}

/** Reads the input once and checks everything but the records' entries; throws with every issue, the records' included. */
function readInput(input: unknown, memo: Memo): Checked {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const message = "expected an object with plan, records and asOf";
    return fail("invalid_options", [issue([], "invalid_type", message)], "Invalid adherence input");
  }
  const issues = new Issues();
  const fields = new Map<string, unknown>();
  for (const key in input) fields.set(key, (input as Record<string, unknown>)[key]);
  for (const key of fields.keys()) {
    if (!INPUT_KEYS.includes(key)) issues.add("invalid_options", [unknownKey([], key)]);
  }
  const plan = safeParseWith(PlanSchema, fields.get("plan"), ["plan"]);
  if (!plan.ok) issues.add("invalid_plan", plan.issues);
  const start = plan.ok ? plan.value.start : undefined;
  const asOfDay = dayOf(fields.get("asOf"), memo);
  if (Number.isNaN(asOfDay)) issues.parse("invalid_date", dateSchema, fields.get("asOf"), ["asOf"]);
  else if (start !== undefined && asOfDay < dayOf(start, memo)) {
    issues.add("invalid_date", [issue(["asOf"], "out_of_order", `must not be before the plan's start, ${start}`)]);
  }
  const options = safeParseWith(optionsSchema, fields.get("options") ?? {}, ["options"]);
  if (!options.ok) issues.add("invalid_options", options.issues);
  const since = options.ok ? dayOf(options.value.since, memo) : Number.NaN;
  if (start !== undefined && !Number.isNaN(since) && (since > asOfDay || since < dayOf(start, memo))) {
    const message = since > asOfDay ? "must not be after asOf" : `must not be before the plan's start, ${start}`;
    issues.add("invalid_date", [issue(["options", "since"], "out_of_order", message)]);
  }
  const records = fields.get("records");
  const listIssue = recordsIssue(records);
  if (listIssue !== null) issues.add("invalid_record", [listIssue]);
  if (issues.code !== null || !plan.ok || !options.ok) {
    // Refused already: the records' issues are listed all the same, all at once.
    if (listIssue === null) {
      for (const [index, record] of (records as readonly unknown[]).entries()) {
        if (!isValidRecord(record, memo)) issues.record(record, index);
      }
    }
    return fail(issues.code ?? "invalid_options", issues.list, "Invalid adherence input");
  }
  const excused = new Set((options.value.excused ?? []).map((date) => dayOf(date, memo)));
  return {
    plan: plan.value,
    records: records as readonly unknown[],
    asOfDay,
    parameters: parametersOf(options.value),
    excused,
  };
}

/** The issue of a records list that is not an array of at most 100,000 records, or `null`. */
function recordsIssue(records: unknown): StretchKitIssue | null {
  if (!Array.isArray(records)) return issue(["records"], "invalid_type", "expected an array of records");
  if (records.length > MAX_RECORDS)
    return issue(["records"], "too_big", `must have at most ${MAX_RECORDS} items; got ${records.length}`);
  return null;
}

/** The report's days: the plan's, the window's (from the week of `since`), and `asOf`. */
function windowOf(checked: Checked, memo: Memo): Window {
  const { plan, asOfDay, parameters, excused } = checked;
  const startDay = dayOf(plan.start, memo);
  const since = parameters.since === null ? startDay : dayOf(parameters.since, memo);
  return {
    startDay,
    endDay: dayOf(plan.end, memo),
    firstWeek: weekStartOf(since, plan.weekStartsOn),
    lastDay: Math.min(asOfDay, dayOf(plan.end, memo)),
    asOfDay,
    excused,
  };
}

/** What reading the records gives: the tally per stretch, the weeks, the records read and left out. */
interface Reading {
  readonly tally: StretchTally;
  readonly weeks: WeekTally[];
  readonly reads: Reads;
  readonly ignored: IgnoredRecord[];
  /** Manual records (without holds): completed and stopped. */
  readonly manual: { completed: number; stopped: number };
}

/**
 * Each record, and its `holds` and `pain`, read once, with the totals of their entries bounded
 * before any entry is read. (Columns, not one object per record: 100,000 records stay cheap.)
 */
function readLists(records: readonly unknown[]): { list: unknown[]; holds: unknown[]; pain: unknown[] } {
  // Array.from visits the holes of a sparse array too (as undefined), where map would skip them.
  const list = Array.from(records);
  const holds: unknown[] = [];
  const pain: unknown[] = [];
  let holdCount = 0;
  let painCount = 0;
  for (const record of list) {
    const fields: Record<string, unknown> = isObject(record) ? record : {};
    const own = fields["holds"];
    const reports = fields["pain"];
    holds.push(own);
    pain.push(reports);
    if (Array.isArray(own)) holdCount += own.length;
    if (Array.isArray(reports)) painCount += reports.length;
  }
  const atMost = (what: string, count: number, max: number): void => {
    if (count <= max) return;
    const message = `must hold at most ${max} ${what} in all; got ${count}`;
    fail("invalid_record", [issue(["records"], "too_big", message)], "Invalid adherence input");
  };
  atMost("holds", holdCount, MAX_TOTAL_HOLDS);
  atMost("pain reports", painCount, MAX_TOTAL_PAIN);
  return { list, holds, pain };
}

/** Why a record is left out, or `null`: checked in the order of {@link IgnoredReason}. */
function reasonOf(
  head: RecordHead,
  duplicate: boolean,
  checked: Checked,
  window: Window,
): IgnoredRecord["reason"] | null {
  if (duplicate) return "duplicate";
  if (head.routineId !== checked.plan.routineId) return "other-routine";
  if (head.day > checked.asOfDay) return "future";
  if (head.day < window.startDay || head.day > window.endDay) return "outside-plan";
  return head.day < window.firstWeek ? "before-window" : null;
}

/** Reads every record once: its checks, its tally per stretch and side, its dose and its week. */
function readRecords(checked: Checked, window: Window, memo: Memo): Reading {
  const { plan, parameters } = checked;
  const { list, holds, pain: painLists } = readLists(checked.records);
  const reading: Reading = {
    tally: new StretchTally(plan.items),
    weeks: [],
    reads: { records: [], days: [], stopped: [], efforts: [], pain: [] },
    ignored: [],
    manual: { completed: 0, stopped: 0 },
  };
  const weekCount = Math.floor((window.lastDay - window.firstWeek) / 7) + 1;
  for (let week = 0; week < weekCount; week++) reading.weeks.push({ counted: [], sessions: [] });
  const scratch = new StretchTally(plan.items);
  const repsPerSession = reading.tally.layout.rows.length;
  const seen = new Set<string>();
  const issues = new Issues();
  const sums: HoldSums = { achievedMs: 0, done: 0 };
  for (let index = 0; index < list.length; index++) {
    const head = readHead(list[index], memo, holds[index], painLists[index]);
    if (head === null) {
      issues.record(list[index], index);
      continue;
    }
    const reason = reasonOf(head, seen.size === seen.add(head.id).size, checked, window);
    const manual = head.holds === undefined || head.holds.length === 0;
    const tally = reason === null ? reading.tally : scratch;
    const painTally = PAIN_ADVISES.has(reason) ? reading.tally : scratch;
    const pain =
      manual || readHolds(head.holds as readonly unknown[], memo, sums, tally)
        ? readPain(head.pain ?? [], painTally)
        : null;
    if (pain === null) {
      issues.record(list[index], index);
      continue;
    }
    if (reason !== null) {
      reading.ignored.push({ index, id: head.id, reason });
      continue;
    }
    const completed = head.status === "completed";
    const holdMs = manual ? (completed ? plan.holdMsPerSession : 0) : Math.min(sums.achievedMs, plan.holdMsPerSession);
    const dose = holdMs / plan.holdMsPerSession;
    const counted = dose >= parameters.completionThreshold;
    if (manual) reading.manual[completed ? "completed" : "stopped"]++;
    const week = reading.weeks[Math.floor((head.day - window.firstWeek) / 7)] as WeekTally;
    if (counted) week.counted.push(head.day);
    week.sessions.push(
      sessionKey(holdMs, manual ? (completed ? repsPerSession : 0) : Math.min(sums.done, repsPerSession)),
    );
    const { reads } = reading;
    reads.records.push({ index, id: head.id, date: head.date, dose, counted });
    reads.days.push(head.day);
    reads.stopped.push(!completed);
    reads.efforts.push(head.effort);
    reads.pain.push(pain);
  }
  issues.throwIfAny();
  return reading;
}

function figure(numerator: number, denominator: number): AdherenceFigure {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/**
 * Measures how well a person kept to a plan, from the records of what they did: every phase of
 * adherence (initiation, implementation, persistence), each figure with its numerator and
 * denominator and the parameters it used, and the facts behind them.
 *
 * - A record **counts as a completed session** when its dose reaches `completionThreshold`
 *   (default 0.8): hold achieved (each hold capped at its plan, the sum at the plan's
 *   `holdMsPerSession`) over `holdMsPerSession`; a record entered by hand (without holds) has dose 1
 *   when `"completed"`, 0 when `"stopped"`. One rule for every kind of record: dose ≥ threshold.
 *   `records` gives each record's dose and whether it counted (a `"completed"` session may not).
 * - **Initiation**: the first counted session, and the days from the plan's start to it.
 * - **Implementation**, by week: each week of the window up to `asOf` has a target (its planned
 *   sessions, less those on excused dates) and a count of sessions completed on any of its days;
 *   the week holding `asOf` that has not met its target yet is `pending`, left out of these
 *   figures. `sessionAdherence` = Σ min(completed, target) / Σ target (the Proportion of Days
 *   Covered, by week); `doseAdherence` = hold of each week's best `target` sessions / (hold per
 *   session × Σ target), relative dose intensity, with repetitions beside it; `sessionRatio` =
 *   Σ completed / Σ target, uncapped (like the Medication Possession Ratio).
 * - **Persistence**: runs of counted sessions each at most `permissibleGapDays` (default 14) after
 *   the one before; discontinued when `asOf` is further than that after the last one.
 * - Counted sessions fill each week's planned sessions, each on its own date first, then the
 *   nearest; those left are `missed` (never a date on which a counted session was done), and 3 or
 *   more missed in a row (excused ones skipped over) make an interruption.
 * - **Flags** for the clinician (pain scores ≥ `painFlagScore`, default 7; effort ≥
 *   `effortFlagScore`, default 9; pain on one stretch and side in two records in a row;
 *   discontinuation); pain scores over time per stretch and side; early stops by reason.
 * - `since` limits every figure to the weeks from the week that holds it. Every record is read
 *   or listed in `ignored` with its reason: `"duplicate"`, `"other-routine"`, `"future"`,
 *   `"outside-plan"`, `"before-window"`, checked in that order.
 *
 * Linear in the records; no `Date`, clock or time zone is involved; the input is read once and
 * never changed; the same input gives the same report in any order of `records`.
 *
 * @param input - `plan` (from `planSessions` or storage), `records` (at most 100,000 session
 * records, holding at most 5,000,000 holds and 200,000 pain reports in all), `asOf` (the user's
 * today, `YYYY-MM-DD`), and `options` (see {@link AdherenceOptions}).
 * @returns A fresh {@link AdherenceReport}.
 * @throws {@link StretchKitError} listing every issue (at most 100) with its path from `input`:
 * code `invalid_record` for a record that fails `SessionRecordSchema` (path e.g.
 * `["records", 3, "date"]`) or records past the bounds (checked before any entry is read),
 * `invalid_plan` for a plan that fails `PlanSchema`, `invalid_date` for an invalid `asOf`, one
 * before the plan's start, or a `since` after `asOf` or before the plan's start, and
 * `invalid_options` for bad options (a threshold outside 0 to 1, a flag score outside 0 to 10, a
 * `permissibleGapDays` outside 1 to 3,640) or unknown keys.
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * const done = (id: string, date: string) => ({ id, routineId: "back-spasm-stretches", date, status: "completed" }) as const;
 * const report = calculateAdherence({
 *   plan,
 *   records: [done("a", "2026-11-02"), done("b", "2026-11-04"), done("c", "2026-11-06"), done("d", "2026-11-10")],
 *   asOf: "2026-11-10",
 * });
 * report.sessionAdherence; //=> { value: 1, numerator: 3, denominator: 3 }
 * report.initiation; //=> { date: "2026-11-02", days: 0 }
 * report.weeks.map((week) => week.pending); //=> [false, true]
 * report.classification; //=> "insufficient-data"
 * @category Adherence
 */
export function calculateAdherence(input: AdherenceInput): AdherenceReport {
  return refuseUnreadable("invalid_record", "Invalid adherence input", () => {
    const memo: Memo = { ids: new Set(), days: new Map() };
    const checked = readInput(input, memo);
    const window = windowOf(checked, memo);
    const reading = readRecords(checked, window, memo);
    const { plan, parameters } = checked;
    const { completed, stopped } = reading.manual;
    for (const item of plan.items) {
      const row = reading.tally.row(item.stretchId, sideIndexOf(item.side));
      row.repsPlanned += (completed + stopped) * item.repetitions;
      row.repsDone += completed * item.repetitions;
      row.holdPlanned += (completed + stopped) * item.repetitions * item.holdMs;
      row.holdAchieved += completed * item.repetitions * item.holdMs;
    }
    const judged = judgeWeeks(plan, reading.weeks, window, (date) => dayOf(date, memo));
    const order = inDateOrder(reading.reads, window.startDay, window.lastDay);
    // Persistence runs to asOf, or to the plan's end when asOf is after it: a user who kept to the
    // plan to its end has not discontinued it.
    const clinical = clinicalFigures(reading.reads, order, parameters, {
      startDay: window.startDay,
      asOfDay: Math.min(checked.asOfDay, window.endDay),
    });
    const repsPerSession = reading.tally.layout.rows.length;
    const insufficient = judged.days < MIN_JUDGED_DAYS || judged.target < MIN_JUDGED_SESSIONS;
    return {
      parameters,
      initiation: clinical.initiation,
      sessionAdherence: figure(judged.filled, judged.target),
      doseAdherence: {
        ...figure(judged.holdMs, plan.holdMsPerSession * judged.target),
        repetitions: figure(judged.reps, repsPerSession * judged.target),
      },
      sessionRatio: figure(judged.completed, judged.target),
      persistence: clinical.persistence,
      weeks: judged.weeks,
      streak: judged.streak,
      classification: insufficient
        ? "insufficient-data"
        : judged.filled / judged.target >= parameters.adherentThreshold
          ? "adherent"
          : "non-adherent",
      stretches: reading.tally.report(),
      flags: clinical.flags,
      earlyStops: clinical.earlyStops,
      missed: judged.missed,
      interruptions: judged.interruptions,
      records: reading.reads.records,
      ignored: reading.ignored,
    };
  });
}
