/*
 * The fast check of session records, for `calculateAdherence` on up to 100,000 of them.
 *
 * Parsing every record with `SessionRecordSchema` costs tens of microseconds each (seconds for
 * 100,000 records of 27 holds). This check reads each field once, with the keys and bounds of the
 * schema module, and accepts exactly what the schema accepts (a property test proves it): when it
 * says no, the caller runs the schema for the issues. A valid record costs a few property reads.
 * Unknown keys are found with `for...in`, as zod finds them.
 */

import { toDayNumber } from "../internal/dates.js";
import { MAX_RECORD_ENTRIES, MAX_RECORD_ID_LENGTH, MAX_REPETITIONS, MAX_SCORE, MAX_STEP_MS } from "../schema/bounds.js";
import { isId, isInstant, isIntIn, isIsoDate } from "../schema/common.js";
import { type HOLD_KEYS, isPainReport, RECORD_KEYS } from "../schema/session-record.js";
import { type StretchRow, type StretchTally, sideIndexOf } from "./stretch-tally.js";

const RECORD_KEY_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(RECORD_KEYS);
/* A hold's keys are spelled out below: string literals compare fastest (about 1.4 times faster over
 * 2.7 million holds than reading them from the list, measured on Node 20). The compiler checks
 * them against the schema's list: this type fails to compile when the two differ. */
type SpelledOut<Keys extends typeof HOLD_KEYS> = Keys;
export type _HoldKeysSpelledOut = SpelledOut<
  readonly ["stretchId", "side", "repetition", "plannedMs", "achievedMs", "skipped"]
>;

/** Whether `for...in` (as zod's strict objects walk it) finds no key but a hold's six, spelled out. */
function hasOnlyHoldKeys(hold: object): boolean {
  for (const key in hold) {
    if (
      key !== "stretchId" &&
      key !== "side" &&
      key !== "repetition" &&
      key !== "plannedMs" &&
      key !== "achievedMs" &&
      key !== "skipped"
    )
      return false;
  }
  return true;
}

/** Memos for one call: ids known to be valid, and dates with their day numbers. */
export interface Memo {
  readonly ids: Set<string>;
  readonly days: Map<string, number>;
}

/** Whether a value is a kebab-case id (the schema's `idSchema`), remembered. */
function isKnownId(value: unknown, memo: Memo): value is string {
  if (typeof value !== "string") return false;
  if (memo.ids.has(value)) return true;
  if (!isId(value)) return false;
  memo.ids.add(value);
  return true;
}

/** The day number of a valid ISO date (the schema's `dateSchema`), or `NaN` when the value is not one. */
export function dayOf(value: unknown, memo: Memo): number {
  if (typeof value !== "string") return Number.NaN;
  const known = memo.days.get(value);
  if (known !== undefined) return known;
  if (!isIsoDate(value)) return Number.NaN;
  const day = toDayNumber(value);
  memo.days.set(value, day);
  return day;
}

function hasOnlyKeys(value: object, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEntries(value: unknown): value is readonly unknown[] | undefined {
  return value === undefined || (Array.isArray(value) && value.length <= MAX_RECORD_ENTRIES);
}

/** A record's own fields, read once, when they are valid. */
export interface RecordHead {
  readonly id: string;
  readonly routineId: string;
  readonly date: string;
  readonly day: number;
  readonly status: "completed" | "stopped";
  readonly effort: number | undefined;
  readonly holds: readonly unknown[] | undefined;
  readonly pain: readonly unknown[] | undefined;
}

/**
 * A record's own fields (its lists' entries aside, their lengths checked), or `null` when one is
 * not valid. Its `holds` and `pain` come in as the caller read them (default: read here).
 */
export function readHead(
  record: unknown,
  memo: Memo,
  holds: unknown = isObject(record) ? record["holds"] : undefined,
  pain: unknown = isObject(record) ? record["pain"] : undefined,
): RecordHead | null {
  if (!isObject(record) || !hasOnlyKeys(record, RECORD_KEY_SET)) return null;
  const { id, routineId, date, status, startedAtMs, endedAtMs, effort } = record;
  if (typeof id !== "string" || id.length < 1 || id.length > MAX_RECORD_ID_LENGTH || !isKnownId(routineId, memo))
    return null;
  if (status !== "completed" && status !== "stopped") return null;
  if ((startedAtMs !== undefined && !isInstant(startedAtMs)) || (endedAtMs !== undefined && !isInstant(endedAtMs)))
    return null;
  if (startedAtMs !== undefined && endedAtMs !== undefined && (startedAtMs as number) > (endedAtMs as number))
    return null;
  if ((effort !== undefined && !isIntIn(effort, 0, MAX_SCORE)) || !isEntries(holds) || !isEntries(pain)) return null;
  const day = dayOf(date, memo);
  if (Number.isNaN(day)) return null;
  return { id, routineId, date: date as string, day, status, effort: effort as number | undefined, holds, pain };
}

/** What {@link readHolds} adds up over one record's holds. */
export interface HoldSums {
  /** Achieved hold, each capped at its plan, in milliseconds. */
  achievedMs: number;
  /** Holds not skipped. */
  done: number;
}

/** The row of a hold that is not the one the plan's layout expects at its position; `undefined` when not valid. */
function otherRow(tally: StretchTally, stretchId: unknown, side: unknown, memo: Memo): StretchRow | undefined {
  const sideIndex = sideIndexOf(side);
  return sideIndex === -1 || !isKnownId(stretchId, memo) ? undefined : tally.row(stretchId, sideIndex);
}

/**
 * Checks every entry of a record's `holds` and adds them up into `sums` and into `tally`, per
 * stretch and side. Returns `false` at the first entry that is not valid (the caller then throws).
 */
export function readHolds(holds: readonly unknown[], memo: Memo, sums: HoldSums, tally: StretchTally): boolean {
  const { stretchIds, sides, rows } = tally.layout;
  let achievedTotal = 0;
  let done = 0;
  for (let index = 0; index < holds.length; index++) {
    const hold = holds[index];
    if (!isObject(hold) || !hasOnlyHoldKeys(hold)) return false;
    const { stretchId, side, repetition, plannedMs, achievedMs, skipped } = hold;
    if (!isIntIn(repetition, 1, MAX_REPETITIONS) || typeof skipped !== "boolean") return false;
    if (!isIntIn(plannedMs, 0, MAX_STEP_MS) || !isIntIn(achievedMs, 0, MAX_STEP_MS)) return false;
    const row =
      index < stretchIds.length && stretchId === stretchIds[index] && side === sides[index]
        ? rows[index]
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

/** What most records hold: no pain report (one shared list, not one per record). */
const NO_PAIN: readonly PainSeen[] = [];

/** One pain report of a record read: its row and its score, if any. */
export interface PainSeen {
  readonly row: StretchRow;
  readonly score: number | undefined;
}

/**
 * Checks every entry of a record's `pain` and returns each report's row and score (counted in the
 * row), or `null` at the first entry that is not valid.
 */
export function readPain(pain: readonly unknown[], tally: StretchTally): readonly PainSeen[] | null {
  if (pain.length === 0) return NO_PAIN;
  const seen: PainSeen[] = [];
  for (const report of pain) {
    if (!isPainReport(report)) return null;
    const row = tally.row(report.stretchId, sideIndexOf(report.side));
    row.pain++;
    seen.push({ row, score: report.score });
  }
  return seen;
}
