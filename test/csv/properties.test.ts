import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsToCsv, reportToCsv } from "../../src/export/csv/index.js";
import type { SessionRecord } from "../../src/schema/session-record.js";
import { recordsArb, reportArb } from "../helpers/export-arbitraries.js";
import { runs } from "../helpers/stryker.js";

const cells = (csv: string): string[][] => parse(csv, { record_delimiter: "\r\n" });

/** A text cell as written: a text that starts like a formula gets a leading `'` (OWASP). */
const neutral = (text: string): string => (/^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text);
const cell = (value: string | number | boolean | null | undefined): string =>
  value === null || value === undefined ? "" : typeof value === "string" ? neutral(value) : String(value);

/** The cells every row of a record's table should hold, computed here from the records. */
function expectedRows(records: readonly SessionRecord[], table: "holds" | "pain"): string[][] {
  return records.flatMap((record) => {
    const head = [record.id, record.routineId, record.date].map(cell);
    return table === "holds"
      ? (record.holds ?? []).map((hold) => [
          ...head,
          cell(record.status),
          ...[hold.stretchId, hold.side, hold.repetition, hold.plannedMs, hold.achievedMs, hold.skipped].map(cell),
        ])
      : (record.pain ?? []).map((pain) => [
          ...head,
          ...[pain.stretchId, pain.side, pain.atMs, pain.score, pain.note].map(cell),
        ]);
  });
}

describe("CSV properties, over random records (texts with commas, quotes, line breaks and formula characters) and reports", () => {
  it("every records table parses with csv-parse back to the same cells, formula starts neutralised", () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom("holds" as const, "pain" as const), ({ records }, table) => {
        const csv = recordsToCsv(records, { table });
        const [header, ...rows] = cells(csv);
        expect(header?.length).toBe(table === "holds" ? 10 : 8);
        expect(rows).toEqual(expectedRows(records, table));
        expect(csv.endsWith("\r\n")).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  }, 60_000);

  it("no cell of any table starts like a formula: a spreadsheet reads every one as text or a number", () => {
    fc.assert(
      fc.property(recordsArb, reportArb, ({ records }, report) => {
        const tables = [
          recordsToCsv(records, { table: "holds" }),
          recordsToCsv(records, { table: "pain" }),
          reportToCsv(report, { table: "weeks" }),
          reportToCsv(report, { table: "stretches" }),
        ];
        for (const table of tables) {
          for (const value of cells(table).flat()) expect(value).not.toMatch(/^[=+\-@\t\r\n]/);
        }
      }),
      { numRuns: runs(100) },
    );
  }, 60_000);

  it("every report table has a row per week, or per stretch and side, that parses back to the report's numbers", () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const weeks = cells(reportToCsv(report, { table: "weeks" })).slice(1);
        expect(weeks).toEqual(
          report.weeks.map((week) =>
            [week.start, week.end, week.target, week.completed, week.met, week.pending].map(String),
          ),
        );
        const stretches = cells(reportToCsv(report, { table: "stretches" })).slice(1);
        expect(stretches.map((row) => [row[0], row[1], Number(row[2]), Number(row[5])])).toEqual(
          report.stretches.map((row) => [row.stretchId, row.side ?? "", row.repetitions.done, row.holdMs.planned]),
        );
      }),
      { numRuns: runs(100) },
    );
  }, 60_000);
});
