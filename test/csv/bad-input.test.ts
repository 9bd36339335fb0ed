import { describe, expect, it } from "vitest";
import { recordsToCsv, reportToCsv } from "../../src/export/csv/index.js";
import { playedRecord, report } from "../helpers/exports.js";
import { issuesOf, summary } from "../helpers/issues.js";
import { countingArray } from "../helpers/untouched.js";

// Bad input never crashes from inside: a StretchKitError with the code of the input and every
// issue's path.

const never = <T>(value: unknown): T => value as T;

describe("recordsToCsv refuses", () => {
  it("a table other than holds or pain, and unknown options", () => {
    expect(summary(issuesOf(() => recordsToCsv([], never({ table: "weeks" })), "invalid_options"))).toEqual([
      "table: invalid_value",
    ]);
    expect(summary(issuesOf(() => recordsToCsv([], never({ table: "holds", bom: true })), "invalid_options"))).toEqual([
      "bom: unrecognized_key",
    ]);
    expect(summary(issuesOf(() => recordsToCsv([], never(undefined)), "invalid_options"))).toEqual([": invalid_type"]);
  });

  it("invalid records, with every issue's path from the record's index: NaN, sparse lists, __proto__ keys", () => {
    const holds = [...(playedRecord.holds ?? [])];
    holds[2] = never({ ...holds[2], achievedMs: Number.NaN });
    const withProto = JSON.parse(
      '{"id":"p","routineId":"back-spasm-stretches","date":"2026-11-02","status":"completed","__proto__":{}}',
    );
    const list = [playedRecord, { ...playedRecord, holds }, withProto];
    list.length = 4;
    expect(summary(issuesOf(() => recordsToCsv(never(list), { table: "holds" }), "invalid_record"))).toEqual([
      "1.holds.2.achievedMs: invalid_type",
      "2.__proto__: unrecognized_key",
      "3: invalid_type",
    ]);
    expect(
      summary(issuesOf(() => recordsToCsv(never({ 0: playedRecord }), { table: "pain" }), "invalid_record")),
    ).toEqual([": invalid_type"]);
  });

  it("more than 100,000 records at once, before reading any", () => {
    const huge = countingArray(100_001, playedRecord);
    expect(summary(issuesOf(() => recordsToCsv(huge.array, { table: "holds" }), "invalid_record"))).toEqual([
      ": too_big",
    ]);
    expect(huge.reads()).toBe(0);
  });
});

describe("reportToCsv refuses", () => {
  it("a table other than weeks or stretches", () => {
    expect(summary(issuesOf(() => reportToCsv(report, never({ table: "holds" })), "invalid_options"))).toEqual([
      "table: invalid_value",
    ]);
  });

  it("a report whose weeks are missing or wrong, with their paths", () => {
    expect(summary(issuesOf(() => reportToCsv(never({}), { table: "weeks" }), "invalid_report"))).toEqual([
      "weeks: invalid_type",
    ]);
    const weeks = [{ ...report.weeks[0], target: -1, met: "yes" }, null];
    expect(
      summary(issuesOf(() => reportToCsv(never({ ...report, weeks }), { table: "weeks" }), "invalid_report")),
    ).toEqual(["weeks.0.target: too_small", "weeks.0.met: invalid_type", "weeks.1: invalid_type"]);
  });

  it("a report whose stretch rows are wrong, with their paths", () => {
    const row = report.stretches[0];
    const stretches = [
      { ...row, side: "up", painScores: [{ date: "2026-11-02", score: 11 }], highestScore: Number.POSITIVE_INFINITY },
    ];
    expect(
      summary(issuesOf(() => reportToCsv(never({ ...report, stretches }), { table: "stretches" }), "invalid_report")),
    ).toEqual([
      "stretches.0.side: invalid_value",
      "stretches.0.painScores.0.score: too_big",
      "stretches.0.highestScore: invalid_type",
    ]);
  });

  it("a report that throws when read", () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(summary(issuesOf(() => reportToCsv(never(throwing), { table: "weeks" }), "invalid_report"))).toEqual([
      ": invalid_value",
    ]);
  });
});
