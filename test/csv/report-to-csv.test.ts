import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { reportToCsv } from "../../src/export/csv/index.js";
import { jsonCopy } from "../helpers/deep-freeze.js";
import { report } from "../helpers/exports.js";

const cells = (csv: string): string[][] => parse(csv, { record_delimiter: "\r\n" });

describe("reportToCsv", () => {
  it("writes a row per week of the report, the pending one included, under stable columns", () => {
    expect(cells(reportToCsv(report, { table: "weeks" }))).toEqual([
      ["week_start", "week_end", "target", "completed", "met", "pending"],
      ["2026-11-02", "2026-11-08", "3", "1", "false", "false"],
      ["2026-11-09", "2026-11-15", "2", "0", "false", "true"],
    ]);
    expect(reportToCsv(report, { table: "weeks" }).split("\r\n")[1]).toBe('"2026-11-02","2026-11-08",3,1,false,false');
  });

  it("writes a row per stretch and side, with its repetitions, hold, pain and advice, empty where there is none", () => {
    const rows = cells(reportToCsv(report, { table: "stretches" }));
    expect(rows[0]).toEqual([
      "stretch_id",
      "side",
      "repetitions_done",
      "repetitions_planned",
      "hold_achieved_ms",
      "hold_planned_ms",
      "pain_reports",
      "advice",
      "first_score",
      "last_score",
      "highest_score",
      "pain_scores",
    ]);
    expect(rows).toHaveLength(1 + report.stretches.length);
    // Three records read: two by hand (the full dose, and a stopped one with none) and one played at 75 %.
    expect(rows[1]).toEqual(["forward-roll", "", "6", "9", "105000", "180000", "1", "avoid", "", "", "", ""]);
    expect(rows.find((row) => row[0] === "quadriceps-stretch" && row[1] === "left")).toEqual([
      "quadriceps-stretch",
      "left",
      "6",
      "9",
      "105000",
      "180000",
      "1",
      "avoid",
      "7",
      "7",
      "7",
      "2026-11-04:7",
    ]);
  });

  it("writes several pain scores as date:score separated by spaces", () => {
    const row = {
      ...report.stretches[0],
      painScores: [
        { date: "2026-11-02", score: 3 },
        { date: "2026-11-04", score: 0 },
      ],
    };
    const rows = cells(
      reportToCsv({ ...report, stretches: [row as (typeof report.stretches)[number]] }, { table: "stretches" }),
    );
    expect(rows[1]?.[11]).toBe("2026-11-02:3 2026-11-04:0");
  });

  it("changes none of its inputs", () => {
    const before = jsonCopy(report);
    reportToCsv(report, { table: "stretches" });
    reportToCsv(report, { table: "weeks" });
    expect(report).toEqual(before);
  });
});
