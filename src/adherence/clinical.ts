/*
 * The figures read in date order: pain scores over time, flags for the clinician, initiation and
 * persistence, early stops. They are computed over the records read (not ignored), sorted by date,
 * then by their order in `records`.
 */
import { fromDayNumber } from "../internal/dates.js";
import type { PainSeen } from "./read-records.js";
import type { StretchRow } from "./stretch-tally.js";
import type { AdherenceFlag, AdherenceParameters, AdherenceReport, Persistence, ReadRecord } from "./types.js";

/**
 * The records read, as columns: the report's own entries (`records`), and beside them, at the same
 * position, what the date-ordered figures need of each. One object per record, not two.
 */
export interface Reads {
  readonly records: ReadRecord[];
  readonly days: number[];
  readonly stopped: boolean[];
  readonly efforts: (number | undefined)[];
  readonly pain: (readonly PainSeen[])[];
}

/** The parameters the date-ordered figures use. */
type ClinicalParameters = Pick<AdherenceParameters, "permissibleGapDays" | "painFlagScore" | "effortFlagScore">;

const FLAG_ORDER: readonly AdherenceFlag["kind"][] = ["pain-score", "effort", "repeated-pain", "discontinued"];

/**
 * The records read in date order, then by id, so that the order of `records` changes nothing (a
 * counting sort over their days: linear in the records).
 */
export function inDateOrder(reads: Reads, firstDay: number, lastDay: number): number[] {
  const buckets: number[][] = Array.from({ length: Math.max(0, lastDay - firstDay + 1) }, () => []);
  reads.days.forEach((day, at) => {
    buckets[day - firstDay]?.push(at);
  });
  const idOf = (at: number): string => (reads.records[at] as ReadRecord).id;
  return buckets.flatMap((bucket) =>
    bucket.length > 1 ? bucket.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0)) : bucket,
  );
}

const NO_ROWS: ReadonlySet<StretchRow> = new Set();

/** Pain scores over time (into the rows), pain and effort flags, and repeated pain, over the records in date order. */
function painAndEffort(
  reads: Reads,
  order: readonly number[],
  parameters: ClinicalParameters,
  flags: AdherenceFlag[],
): void {
  let previous = NO_ROWS;
  const flaggedRuns = new Set<StretchRow>();
  let read: ReadRecord = reads.records[0] as ReadRecord;
  const flag = (kind: AdherenceFlag["kind"], row: StretchRow | null, value: number | null): void => {
    const { date, id } = read;
    flags.push({ kind, date, recordId: id, stretchId: row?.stretchId ?? null, side: row?.side ?? null, value });
  };
  for (const at of order) {
    read = reads.records[at] as ReadRecord;
    const pain = reads.pain[at] as readonly PainSeen[];
    const rows = pain.length === 0 ? NO_ROWS : new Set<StretchRow>();
    for (const { row, score } of pain) {
      (rows as Set<StretchRow>).add(row);
      if (score === undefined) continue;
      row.painScores.push({ date: read.date, score });
      if (score >= parameters.painFlagScore) flag("pain-score", row, score);
    }
    const effort = reads.efforts[at];
    if (effort !== undefined && effort >= parameters.effortFlagScore) flag("effort", null, effort);
    for (const row of flaggedRuns) if (!rows.has(row)) flaggedRuns.delete(row);
    for (const row of rows) {
      if (!previous.has(row) || flaggedRuns.has(row)) continue;
      flaggedRuns.add(row);
      flag("repeated-pain", row, null);
    }
    previous = rows;
  }
}

/** Persistence over the counted sessions' days, in order, as of `asOfDay`. */
function persistenceOf(days: readonly number[], asOfDay: number, gap: number): Persistence {
  const episodes: { start: string; end: string; sessions: number }[] = [];
  let start = 0;
  days.forEach((day, k) => {
    const next = days[k + 1];
    if (next !== undefined && next - day <= gap) return;
    episodes.push({ start: fromDayNumber(days[start] as number), end: fromDayNumber(day), sessions: k - start + 1 });
    start = k + 1;
  });
  const first = days[0];
  const last = days[days.length - 1];
  const discontinued = last === undefined ? null : asOfDay - last > gap;
  const firstEnd = episodes[0] === undefined ? undefined : days[(episodes[0].sessions as number) - 1];
  return {
    permissibleGapDays: gap,
    episodes,
    discontinued,
    discontinuedOn: discontinued === true ? fromDayNumber((last as number) + 1) : null,
    persistedDays: first === undefined || firstEnd === undefined ? null : firstEnd - first + 1,
  };
}

/** Initiation, persistence, flags (sorted) and early stops, from the records read in date order. */
export function clinicalFigures(
  reads: Reads,
  order: readonly number[],
  parameters: ClinicalParameters,
  window: { readonly startDay: number; readonly asOfDay: number },
): Pick<AdherenceReport, "initiation" | "persistence" | "flags" | "earlyStops"> {
  const { startDay, asOfDay } = window;
  const flags: AdherenceFlag[] = [];
  painAndEffort(reads, order, parameters, flags);
  const counted = order.filter((at) => reads.records[at]?.counted === true);
  const days = counted.map((at) => reads.days[at] as number);
  const persistence = persistenceOf(days, asOfDay, parameters.permissibleGapDays);
  const last = days[days.length - 1];
  if (persistence.discontinuedOn !== null && last !== undefined) {
    flags.push({
      kind: "discontinued",
      date: persistence.discontinuedOn,
      recordId: null,
      stretchId: null,
      side: null,
      value: asOfDay - last,
    });
  }
  const rank = (flag: AdherenceFlag): number => FLAG_ORDER.indexOf(flag.kind);
  flags.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b)));
  const stopped = order.filter((at) => reads.stopped[at]);
  const withPain = stopped.filter((at) => (reads.pain[at] as readonly PainSeen[]).length > 0).length;
  const first = counted[0];
  return {
    initiation:
      first === undefined
        ? null
        : { date: (reads.records[first] as ReadRecord).date, days: (days[0] as number) - startDay },
    persistence,
    flags,
    earlyStops: { pain: withPain, other: stopped.length - withPain },
  };
}
