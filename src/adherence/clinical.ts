/*
 * The figures read in date order: pain scores over time, flags for the clinician, initiation and
 * persistence, early stops. They are computed over the records read (not ignored), sorted by date,
 * then by their order in `records`.
 */
import { fromDayNumber } from "../internal/dates.js";
import type { PainSeen } from "./read-records.js";
import type { StretchRow } from "./stretch-tally.js";
import type { AdherenceFlag, AdherenceReport, Persistence } from "./types.js";

/** A record read, with what the date-ordered figures need of it. */
export interface Read {
  readonly index: number;
  readonly id: string;
  readonly date: string;
  readonly day: number;
  readonly dose: number;
  readonly counted: boolean;
  readonly stopped: boolean;
  readonly effort: number | undefined;
  readonly pain: readonly PainSeen[];
}

/** The parameters the date-ordered figures use. */
export interface ClinicalParameters {
  readonly permissibleGapDays: number;
  readonly painFlagScore: number;
  readonly effortFlagScore: number;
}

const FLAG_ORDER: readonly AdherenceFlag["kind"][] = ["pain-score", "effort", "repeated-pain", "discontinued"];

/**
 * The records read in date order, then by id, so that the order of `records` changes nothing (a
 * counting sort over their days: linear in the records).
 */
export function inDateOrder(reads: readonly Read[], firstDay: number, lastDay: number): Read[] {
  const buckets: Read[][] = Array.from({ length: Math.max(0, lastDay - firstDay + 1) }, () => []);
  for (const read of reads) buckets[read.day - firstDay]?.push(read);
  return buckets.flatMap((bucket) =>
    bucket.length > 1 ? bucket.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : bucket,
  );
}

/** Pain scores over time (into the rows), pain and effort flags, and repeated pain, over the records in date order. */
function painAndEffort(ordered: readonly Read[], parameters: ClinicalParameters, flags: AdherenceFlag[]): void {
  let previous = new Set<StretchRow>();
  const flaggedRuns = new Set<StretchRow>();
  for (const read of ordered) {
    const flag = (kind: AdherenceFlag["kind"], row: StretchRow | null, value: number | null): void => {
      flags.push({
        kind,
        date: read.date,
        recordId: read.id,
        stretchId: row?.stretchId ?? null,
        side: row?.side ?? null,
        value,
      });
    };
    const rows = new Set<StretchRow>();
    for (const { row, score } of read.pain) {
      rows.add(row);
      if (score === undefined) continue;
      row.painScores.push({ date: read.date, score });
      if (score >= parameters.painFlagScore) flag("pain-score", row, score);
    }
    if (read.effort !== undefined && read.effort >= parameters.effortFlagScore) flag("effort", null, read.effort);
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
  ordered: readonly Read[],
  parameters: ClinicalParameters,
  startDay: number,
  asOfDay: number,
): Pick<AdherenceReport, "initiation" | "persistence" | "flags" | "earlyStops"> {
  const flags: AdherenceFlag[] = [];
  painAndEffort(ordered, parameters, flags);
  const counted = ordered.filter((read) => read.counted);
  const days = counted.map((read) => read.day);
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
  const stopped = ordered.filter((read) => read.stopped);
  const withPain = stopped.filter((read) => read.pain.length > 0).length;
  const first = counted[0];
  return {
    initiation: first === undefined ? null : { date: first.date, days: first.day - startDay },
    persistence,
    flags,
    earlyStops: { pain: withPain, other: stopped.length - withPain },
  };
}
