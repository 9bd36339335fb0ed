/*
 * Fast structural checks of session records and plans, for `calculateAdherence` on up to 100,000
 * records.
 *
 * Parsing every record with `SessionRecordSchema` costs tens of microseconds each (seconds for
 * 100,000 records of 27 holds). These checks accept a subset of what the schemas accept: when one
 * says yes, the schema would too; when one says no, the caller runs the schema to get the issues
 * (and trusts the schema, should it accept the value after all). So the errors are exactly the
 * schema's, and a valid record costs a few property reads. Unknown keys are found with `for...in`,
 * as zod finds them. Property tests in `test/adherence/check-record.test.ts` keep the checks and
 * the schemas in step.
 */
import { isIsoDate, toDayNumber } from "../internal/dates.js";
import { isInstant } from "../internal/instant.js";
import {
  MAX_PLAN_ITEMS,
  MAX_PLAN_SESSIONS,
  MAX_SESSIONS_PER_DAY,
  sessionsInOrder,
  spansWholeWeeks,
  sumHoldMs,
  WEEKDAYS,
} from "../plan/plan-schema.js";
import {
  MAX_HOLD_MS as MAX_HOLD,
  MAX_RECORD_ID_LENGTH as MAX_RECORD_ID,
  MAX_REPETITIONS,
  MAX_TEXT_LENGTH,
  SLUG_PATTERN,
} from "../schema/common.js";
import { MAX_RECORD_ENTRIES } from "../schema/session-record.js";
import { type HoldLayout, type StretchRow, StretchTally } from "./stretch-tally.js";

/** The longest id of a record, in characters (copied: see below). */
const MAX_RECORD_ID_LENGTH = MAX_RECORD_ID;

/** The longest slug id, in characters. */
const MAX_SLUG_LENGTH = 64;

/** The shortest planned hold of a plan, in milliseconds. */
const MIN_PLAN_HOLD_MS = 1000;

/*
 * Imported bounds that the loops over records and holds read, copied into module constants: some
 * loaders (vite-node, which runs the tests and benches) turn every read of an imported binding
 * into a getter call, which cost 15% of `calculateAdherence` at 100,000 records.
 */

/** The highest repetition of a hold. */
const MAX_HOLD_REPETITION = MAX_REPETITIONS;

/** The most holds or pain reports in one record. */
const MAX_ENTRIES = MAX_RECORD_ENTRIES;

/** The longest planned or achieved hold, in milliseconds. */
const MAX_HOLD_MS = MAX_HOLD;

/**
 * Memos for one call: strings already known to be valid slugs (and the last one, as holds come in
 * runs of the same stretch), and dates with their day numbers.
 */
export interface CheckMemo {
  readonly slugs: Set<string>;
  lastSlug: string;
  readonly days: Map<string, number>;
}

/** A fresh {@link CheckMemo}. */
export function createMemo(): CheckMemo {
  return { slugs: new Set(), lastSlug: "", days: new Map() };
}

/** Whether a value is a kebab-case id of 1 to 64 characters (the schema's `idSchema`). */
export function isSlug(value: unknown, memo: CheckMemo): value is string {
  if (value === memo.lastSlug && value !== "") return true;
  if (typeof value !== "string") return false;
  if (!memo.slugs.has(value)) {
    if (value.length < 1 || value.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(value)) return false;
    memo.slugs.add(value);
  }
  memo.lastSlug = value;
  return true;
}

/** The day number of a valid ISO date (the schema's `isoDateSchema`), or `NaN` when the value is not one. */
export function dayNumberOf(value: unknown, memo: CheckMemo): number {
  if (typeof value !== "string") return Number.NaN;
  const known = memo.days.get(value);
  if (known !== undefined) return known;
  if (!isIsoDate(value)) return Number.NaN;
  const day = toDayNumber(value);
  memo.days.set(value, day);
  return day;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function sideIndexOf(side: unknown): 0 | 1 | 2 | -1 {
  return side === "left" ? 0 : side === "right" ? 1 : side === null ? 2 : -1;
}

function isEntryList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && value.length <= MAX_ENTRIES;
}

/**
 * Checks a record's own fields: everything but the entries of `holds` and `pain` (their lists are
 * checked to be arrays within bounds). Returns the day number of its date, or `NaN` when a field
 * is not valid.
 */
export function readRecordHead(record: unknown, memo: CheckMemo): number {
  if (!isObject(record)) return Number.NaN;
  for (const key in record) {
    if (
      key !== "id" &&
      key !== "routineId" &&
      key !== "date" &&
      key !== "status" &&
      key !== "pain" &&
      key !== "holds" &&
      key !== "startedAtMs" &&
      key !== "endedAtMs"
    ) {
      return Number.NaN;
    }
  }
  const { id, routineId, status, startedAtMs, endedAtMs, holds, pain } = record;
  if (typeof id !== "string" || id.length < 1 || id.length > MAX_RECORD_ID_LENGTH) return Number.NaN;
  if (!isSlug(routineId, memo)) return Number.NaN;
  if (status !== "completed" && status !== "stopped") return Number.NaN;
  if (startedAtMs !== undefined && !isInstant(startedAtMs)) return Number.NaN;
  if (endedAtMs !== undefined && !isInstant(endedAtMs)) return Number.NaN;
  if (startedAtMs !== undefined && endedAtMs !== undefined && (startedAtMs as number) > (endedAtMs as number)) {
    return Number.NaN;
  }
  if (holds !== undefined && !isEntryList(holds)) return Number.NaN;
  if (!isEntryList(pain)) return Number.NaN;
  return dayNumberOf(record["date"], memo);
}

/** What {@link readHolds} adds up over one record's holds. */
export interface HoldSums {
  /** Achieved hold, each capped at its plan, in milliseconds. */
  achievedMs: number;
  /** Holds not skipped. */
  done: number;
}

/** Whether `for...in` (as zod's strict objects walk it) finds no key but a hold's six. */
function hasOnlyHoldKeys(hold: Record<string, unknown>): boolean {
  for (const key in hold) {
    if (
      key !== "stretchId" &&
      key !== "side" &&
      key !== "repetition" &&
      key !== "plannedMs" &&
      key !== "achievedMs" &&
      key !== "skipped"
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The row of a hold that is not the one the plan's layout expects at its position, or `undefined`
 * when its stretch id or side is not valid.
 */
function otherRow(tally: StretchTally, stretchId: unknown, side: unknown, memo: CheckMemo): StretchRow | undefined {
  const sideIndex = sideIndexOf(side);
  if (sideIndex === -1 || !isSlug(stretchId, memo)) return undefined;
  return tally.row(tally.entry(stretchId), sideIndex);
}

/**
 * Checks every entry of a record's `holds` and adds them up into `sums` and into `tally`, per
 * stretch and side (a scratch tally for a record that does not count). Returns `false` at the
 * first entry that is not valid (the sums and the tally are then partial: the caller throws).
 *
 * One loop checks and adds up each hold, reading each field once. A hold equal to the one that
 * the plan's {@link HoldLayout} expects at its position takes its row from the layout; any other
 * hold has its id checked as a slug and its row looked up by id (linear still, only slower).
 */
export function readHolds(holds: readonly unknown[], memo: CheckMemo, sums: HoldSums, tally: StretchTally): boolean {
  const { stretchIds, sides, rows } = tally.layout;
  let achievedTotal = 0;
  let done = 0;
  for (let index = 0; index < holds.length; index++) {
    const hold = holds[index];
    if (!isObject(hold) || !hasOnlyHoldKeys(hold)) return false;
    const { stretchId, side, repetition, plannedMs, achievedMs, skipped } = hold;
    if (!isIntIn(repetition, 1, MAX_HOLD_REPETITION) || typeof skipped !== "boolean") return false;
    if (!isIntIn(plannedMs, 0, MAX_HOLD_MS) || !isIntIn(achievedMs, 0, MAX_HOLD_MS)) return false;
    const row =
      index < stretchIds.length && stretchId === stretchIds[index] && side === sides[index]
        ? (rows[index] as StretchRow)
        : otherRow(tally, stretchId, side, memo);
    if (row === undefined) return false;
    const capped = Math.min(achievedMs, plannedMs);
    achievedTotal += capped;
    row.repsPlanned++;
    row.holdPlanned += plannedMs;
    row.holdAchieved += capped;
    if (!skipped) {
      done++;
      row.repsDone++;
    }
  }
  sums.achievedMs = achievedTotal;
  sums.done = done;
  return true;
}

/**
 * Checks every entry of a record's `pain`; with a `tally`, counts them per stretch and side.
 * Returns `false` at the first entry that is not valid.
 */
export function readPain(pain: readonly unknown[], memo: CheckMemo, tally: StretchTally | null): boolean {
  for (let index = 0; index < pain.length; index++) {
    const report = pain[index];
    if (!isObject(report)) return false;
    for (const key in report) {
      if (key !== "stretchId" && key !== "side" && key !== "atMs" && key !== "note") return false;
    }
    const { stretchId, side, atMs, note } = report;
    const sideIndex = sideIndexOf(side);
    if (!isSlug(stretchId, memo) || sideIndex === -1 || !isInstant(atMs)) return false;
    if (note !== undefined && (typeof note !== "string" || note.length > MAX_TEXT_LENGTH)) return false;
    if (tally !== null) tally.row(tally.entry(stretchId), sideIndex).pain++;
  }
  return true;
}

/**
 * Whether a whole record is valid. Its holds go to `scratch`, a tally that nothing reads, whose
 * layout they are compared with first (by default none: every hold takes the slow path).
 */
export function isRecord(record: unknown, memo: CheckMemo, scratch: StretchTally = new StretchTally([])): boolean {
  if (Number.isNaN(readRecordHead(record, memo))) return false;
  const { holds, pain } = record as { readonly holds?: readonly unknown[]; readonly pain: readonly unknown[] };
  const sums: HoldSums = { achievedMs: 0, done: 0 };
  return (holds === undefined || readHolds(holds, memo, sums, scratch)) && readPain(pain, memo, null);
}

/** Whether a plan is valid (a subset of what `PlanSchema` accepts, refinements included). */
export function isPlan(plan: unknown, memo: CheckMemo): boolean {
  if (!isObject(plan)) return false;
  for (const key in plan) {
    if (
      key !== "routineId" &&
      key !== "start" &&
      key !== "end" &&
      key !== "weekStartsOn" &&
      key !== "holdMsPerSession" &&
      key !== "items" &&
      key !== "sessions"
    ) {
      return false;
    }
  }
  const { routineId, start, end, weekStartsOn, holdMsPerSession, items, sessions } = plan;
  if (!isSlug(routineId, memo) || Number.isNaN(dayNumberOf(start, memo)) || Number.isNaN(dayNumberOf(end, memo))) {
    return false;
  }
  if (!WEEKDAYS.includes(weekStartsOn as never)) return false;
  if (!isIntIn(holdMsPerSession, MIN_PLAN_HOLD_MS, Number.MAX_SAFE_INTEGER)) return false;
  if (!Array.isArray(items) || items.length < 1 || items.length > MAX_PLAN_ITEMS) return false;
  for (const item of items as readonly unknown[]) {
    if (!isObject(item)) return false;
    for (const key in item) {
      if (key !== "stretchId" && key !== "side" && key !== "repetitions" && key !== "holdMs") return false;
    }
    if (!isSlug(item["stretchId"], memo) || sideIndexOf(item["side"]) < 0) return false;
    if (!isIntIn(item["repetitions"], 1, MAX_REPETITIONS)) return false;
    if (!isIntIn(item["holdMs"], MIN_PLAN_HOLD_MS, MAX_HOLD_MS)) return false;
  }
  if (!Array.isArray(sessions) || sessions.length > MAX_PLAN_SESSIONS) return false;
  for (const session of sessions as readonly unknown[]) {
    if (!isObject(session)) return false;
    for (const key in session) if (key !== "date" && key !== "slot") return false;
    if (Number.isNaN(dayNumberOf(session["date"], memo))) return false;
    if (!isIntIn(session["slot"], 0, MAX_SESSIONS_PER_DAY - 1)) return false;
  }
  const checked = plan as {
    readonly start: string;
    readonly end: string;
    readonly holdMsPerSession: number;
    readonly items: readonly { readonly repetitions: number; readonly holdMs: number }[];
    readonly sessions: readonly { readonly date: string; readonly slot: number }[];
  };
  return (
    spansWholeWeeks(checked.start, checked.end) &&
    sumHoldMs(checked.items) === checked.holdMsPerSession &&
    sessionsInOrder(checked.sessions, checked.start, checked.end)
  );
}
