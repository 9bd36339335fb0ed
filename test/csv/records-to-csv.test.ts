import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { recordsToCsv } from "../../src/export/csv/index.js";
import type { SessionRecord } from "../../src/schema/session-record.js";
import { manual } from "../adherence/records.js";
import { jsonCopy } from "../helpers/deep-freeze.js";
import { playedRecord, records } from "../helpers/exports.js";

/** The cells of a CSV text, as csv-parse reads it (strict: quotes, field counts). */
const cells = (csv: string): string[][] => parse(csv, { record_delimiter: "\r\n" });

describe("recordsToCsv", () => {
  it("writes a row per hold under a header of stable columns, rows ending in CRLF", () => {
    const csv = recordsToCsv(records, { table: "holds" });
    const rows = cells(csv);
    expect(rows[0]).toEqual([
      "record_id",
      "routine_id",
      "date",
      "status",
      "stretch_id",
      "side",
      "repetition",
      "planned_ms",
      "achieved_ms",
      "skipped",
    ]);
    expect(rows).toHaveLength(1 + (playedRecord.holds?.length ?? 0));
    expect(rows[1]).toEqual([
      "nov-04",
      "back-spasm-stretches",
      "2026-11-04",
      "stopped",
      "forward-roll",
      "",
      "1",
      "20000",
      "15000",
      "false",
    ]);
    expect(csv.split("\r\n")[4]).toBe(
      '"nov-04","back-spasm-stretches","2026-11-04","stopped","sideways-reach","left",1,20000,15000,false',
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("writes a row per pain report, scored or not, with empty fields for what is missing", () => {
    const rows = cells(recordsToCsv(records, { table: "pain" }));
    expect(rows).toEqual([
      ["record_id", "routine_id", "date", "stretch_id", "side", "at_ms", "score", "note"],
      [
        "nov-04",
        "back-spasm-stretches",
        "2026-11-04",
        "quadriceps-stretch",
        "left",
        "1795000800250",
        "7",
        '\'=sharp, "stabbing"\nthen dull',
      ],
      ["nov-04", "back-spasm-stretches", "2026-11-04", "forward-roll", "", "", "", ""],
    ]);
  });

  it("quotes every text and doubles its quotes, and writes numbers and booleans bare", () => {
    const lines = recordsToCsv([playedRecord], { table: "pain" }).split("\r\n");
    expect(lines[1]).toBe(
      '"nov-04","back-spasm-stretches","2026-11-04","quadriceps-stretch","left",1795000800250,7,"\'=sharp, ""stabbing""\nthen dull"',
    );
  });

  it("neutralises a text that a spreadsheet would run as a formula (=, +, -, @, tab, CR, LF) with a leading quote", () => {
    const starts = ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", " =not first", "a=b", "'quoted"];
    const record: SessionRecord = {
      ...manual("x", "2026-11-02"),
      pain: starts.map((note) => ({ stretchId: "forward-roll", side: null, note })),
    };
    const notes = cells(recordsToCsv([record], { table: "pain" }))
      .slice(1)
      .map((row) => row[7]);
    expect(notes).toEqual([
      "'=1+1",
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "'\nx",
      " =not first",
      "a=b",
      "'quoted",
    ]);
  });

  it("neutralises a record id too, wherever it comes from", () => {
    const record: SessionRecord = { ...playedRecord, id: "@cmd|' /C calc'!A0" };
    expect(cells(recordsToCsv([record], { table: "holds" }))[1]?.[0]).toBe("'@cmd|' /C calc'!A0");
  });

  it("writes only the header for no records, or records without holds", () => {
    expect(recordsToCsv([], { table: "holds" })).toBe(
      '"record_id","routine_id","date","status","stretch_id","side","repetition","planned_ms","achieved_ms","skipped"\r\n',
    );
    expect(cells(recordsToCsv([manual("by-hand", "2026-11-02")], { table: "holds" }))).toHaveLength(1);
  });

  it("changes none of its inputs and gives the same text for the same input", () => {
    const before = jsonCopy(records);
    expect(recordsToCsv(records, { table: "holds" })).toBe(recordsToCsv(jsonCopy(records), { table: "holds" }));
    expect(records).toEqual(before);
  });
});
