import { describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import type { AdherenceInput } from "../../src/adherence/types.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { StretchKitError, type StretchKitIssue } from "../../src/errors.js";
import { fromZodIssues } from "../../src/internal/issues.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { MAX_RECORDS, MAX_TOTAL_HOLDS, MAX_TOTAL_PAIN } from "../../src/schema/bounds.js";
import { SessionRecordSchema } from "../../src/schema/session-record.js";
import { countingArray } from "../helpers/untouched.js";
import { manual, played } from "./records.js";

const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
const good = (): unknown[] => [manual("a", "2026-11-02"), played(plan, "b", "2026-11-04", 1)];

/** The StretchKitError that calculateAdherence must throw. */
function errorOf(input: unknown): StretchKitError {
  try {
    calculateAdherence(input as AdherenceInput);
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    expect((error as StretchKitError).message.split("\n")[0]).toBe("Invalid adherence input");
    return error as StretchKitError;
  }
  throw new Error("calculateAdherence accepted invalid input");
}

const summary = (issues: readonly StretchKitIssue[]) => issues.map((issue) => [issue.path.join("."), issue.code]);

/** The issues SessionRecordSchema gives for a record at an index of `records`. */
const schemaIssues = (record: unknown, index: number) => {
  const result = SessionRecordSchema.safeParse(record);
  if (result.success) throw new Error("the schema accepted the record");
  return fromZodIssues(result.error.issues, ["records", index]);
};

describe("calculateAdherence refuses bad input", () => {
  it("names the index and path of a record that fails SessionRecordSchema", () => {
    const records = [...good(), manual("c", "2026-11-06"), { ...manual("d", "2026-11-09"), date: "2026-02-30" }];
    const error = errorOf({ plan, records, asOf: "2026-11-29" });
    expect(error.code).toBe("invalid_record");
    expect(error.issues).toEqual([
      { path: ["records", 3, "date"], code: "invalid_format", message: "must be a calendar date written YYYY-MM-DD" },
    ]);
  });

  it("gives exactly the schema's issues, for every bad record at once", () => {
    const badHold = played(plan, "e", "2026-11-06", 1);
    const records = [
      { ...manual("a", "2026-11-02"), status: "done", extra: 1 },
      manual("b", "2026-11-04"),
      { ...badHold, holds: (badHold.holds ?? []).map((hold, k) => (k === 5 ? { ...hold, achievedMs: -1 } : hold)) },
      { ...manual("c", "2026-11-06"), pain: [{ stretchId: "Forward Roll", side: "up", atMs: 1.5 }] },
      { ...manual("d", "2026-11-09"), startedAtMs: 10, endedAtMs: 5 },
      null,
      [],
    ];
    const error = errorOf({ plan, records, asOf: "2026-11-29" });
    expect(error.issues).toEqual([0, 2, 3, 4, 5, 6].flatMap((index) => schemaIssues(records[index], index)));
    expect(summary(error.issues)).toContainEqual(["records.2.holds.5.achievedMs", "too_small"]);
    expect(summary(error.issues)).toContainEqual(["records.4.endedAtMs", "out_of_order"]);
  });

  it("finds a bad record whether or not it would have been counted", () => {
    const future = { ...manual("f", "2027-05-01"), pain: [{ stretchId: "x", side: null, atMs: -1 }] };
    const duplicate = { ...played(plan, "a", "2026-11-02", 1), holds: [{ stretchId: "forward-roll" }] };
    const error = errorOf({ plan, records: [...good(), future, duplicate], asOf: "2026-11-29" });
    expect(summary(error.issues)).toEqual([
      ["records.2.pain.0.atMs", "too_small"],
      ["records.3.holds.0.side", "invalid_value"],
      ["records.3.holds.0.repetition", "invalid_type"],
      ["records.3.holds.0.plannedMs", "invalid_type"],
      ["records.3.holds.0.achievedMs", "invalid_type"],
      ["records.3.holds.0.skipped", "invalid_type"],
    ]);
  });

  it("checks the number of records before reading any of them", () => {
    const records = new Array(MAX_RECORDS + 1).fill(null);
    const error = errorOf({ plan, records, asOf: "2026-11-29" });
    expect(error.code).toBe("invalid_record");
    expect(error.issues).toEqual([
      { path: ["records"], code: "too_big", message: "must have at most 100000 items; got 100001" },
    ]);
    expect(summary(errorOf({ plan, records: "none", asOf: "2026-11-29" }).issues)).toEqual([
      ["records", "invalid_type"],
    ]);
  });

  it("checks the number of holds over all records before reading any hold", () => {
    // 1,300 records of 4,000 holds (the most one record may hold), sharing one array: 5,200,000.
    const holds = countingArray(4000, { stretchId: "x" });
    const records = Array.from({ length: 1300 }, (_, index) => ({
      ...manual(`r${index}`, "2026-11-02"),
      holds: holds.array,
    }));
    const error = errorOf({ plan, records, asOf: "2026-11-29" } as never);
    expect(holds.reads()).toBe(0);
    expect(MAX_TOTAL_HOLDS).toBe(5_000_000);
    expect(error.code).toBe("invalid_record");
    expect(error.issues).toEqual([
      { path: ["records"], code: "too_big", message: "must hold at most 5000000 holds in all; got 5200000" },
    ]);
    // At the bound, the records are read: these holds are refused one record at a time.
    const atBound = records.slice(0, 1250);
    expect(errorOf({ plan, records: atBound, asOf: "2026-11-29" }).issues[0]?.path).toEqual([
      "records",
      0,
      "holds",
      0,
      "side",
    ]);
  });

  it("refuses more than 200,000 pain reports across the records at once, before any report is read", () => {
    // 100,000 records sharing one 4,000-entry pain array: 400,000,000 reports, refused in no time.
    const pain = countingArray(4000, { stretchId: "forward-roll", side: null });
    const records = Array.from({ length: 100_000 }, (_, index) => ({
      ...manual(`r${index}`, "2026-11-02"),
      pain: pain.array,
    }));
    const error = errorOf({ plan, records, asOf: "2026-11-29" } as never);
    expect(pain.reads()).toBe(0);
    expect(MAX_TOTAL_PAIN).toBe(200_000);
    expect(error.code).toBe("invalid_record");
    expect(error.issues).toEqual([
      {
        path: ["records"],
        code: "too_big",
        message: "must hold at most 200000 pain reports in all; got 400000000",
      },
    ]);
  });

  it("lists at most 100 issues", () => {
    const records = Array.from({ length: 500 }, (_, index) => ({ ...manual(`r${index}`, "2026-11-02"), status: 1 }));
    const error = errorOf({ plan, records, asOf: "2026-11-29" });
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]?.path).toEqual(["records", 99, "status"]);
    expect(error.message).toContain("and 90 more");
  });

  it("refuses an asOf before the plan's start, or not a date", () => {
    const before = errorOf({ plan, records: good(), asOf: "2026-11-01" });
    expect(before.code).toBe("invalid_date");
    expect(before.issues).toEqual([
      { path: ["asOf"], code: "out_of_order", message: "must not be before the plan's start, 2026-11-02" },
    ]);
    const invalid = errorOf({ plan, records: good(), asOf: "2026-11-31" });
    expect(invalid.code).toBe("invalid_date");
    expect(summary(invalid.issues)).toEqual([["asOf", "invalid_format"]]);
    expect(summary(errorOf({ plan, records: good() }).issues)).toEqual([["asOf", "invalid_type"]]);
  });

  it("lists no issue for a valid record without holds or pain when the input is refused for something else", () => {
    const { pain: _, ...noPain } = manual("a", "2026-11-02");
    const error = errorOf({ plan, records: [noPain], asOf: "2026-11-29", options: { since: 1 } });
    expect(summary(error.issues)).toEqual([["options.since", "invalid_type"]]);
    // A bad pain report is still found.
    const sore = { ...noPain, pain: [{ stretchId: "forward-roll", side: "up" }] };
    const both = errorOf({ plan, records: [sore], asOf: "2026-11-29", options: { since: 1 } });
    expect(summary(both.issues)).toEqual([
      ["options.since", "invalid_type"],
      ["records.0.pain.0.side", "invalid_value"],
    ]);
  });

  it("refuses a plan that fails PlanSchema, listing the records' issues too", () => {
    const error = errorOf({ plan: { ...plan, end: "2026-12-01" }, records: [{}], asOf: "2026-11-29" });
    expect(error.code).toBe("invalid_plan");
    expect(summary(error.issues).slice(0, 1)).toEqual([["plan.end", "conflict"]]);
    expect(summary(error.issues)).toContainEqual(["records.0.id", "invalid_type"]);
    expect(summary(errorOf({ records: [], asOf: "2026-11-29" }).issues)).toEqual([["plan", "invalid_type"]]);
  });

  it("accepts a plan read back from JSON storage", () => {
    const stored = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect(calculateAdherence({ plan: stored, records: [], asOf: "2026-11-29" }).weeks).toHaveLength(4);
  });

  it("refuses bad options with their paths", () => {
    const error = errorOf({
      plan,
      records: good(),
      asOf: "2026-11-29",
      options: { completionThreshold: 1.5, adherentThreshold: Number.NaN, excused: ["2026-02-30"], strict: true },
    });
    expect(error.code).toBe("invalid_options");
    expect(summary(error.issues)).toEqual([
      ["options.completionThreshold", "too_big"],
      ["options.adherentThreshold", "invalid_type"],
      ["options.excused.0", "invalid_format"],
      ["options.strict", "unrecognized_key"],
    ]);
  });

  it("refuses an input that is not an object, or has unknown keys", () => {
    for (const input of [null, [], "plan"]) {
      const notObject = errorOf(input);
      expect(notObject.code).toBe("invalid_options");
      expect(notObject.issues).toEqual([
        { path: [], code: "invalid_type", message: "expected an object with plan, records and asOf" },
      ]);
    }
    const error = errorOf({ plan, records: [], asOf: "2026-11-29", today: "2026-11-29" });
    expect(error.code).toBe("invalid_options");
    expect(error.issues).toEqual([{ path: ["today"], code: "unrecognized_key", message: 'unknown key "today"' }]);
  });

  it("refuses records that are not an array, with the message a form shows", () => {
    const error = errorOf({ plan, records: { 0: manual("a", "2026-11-02") }, asOf: "2026-11-29" });
    expect(error.code).toBe("invalid_record");
    expect(error.issues).toEqual([
      { path: ["records"], code: "invalid_type", message: "expected an array of records" },
    ]);
  });

  it("refuses an asOf that is a String object, not a string", () => {
    const error = errorOf({ plan, records: [], asOf: new String("2026-11-29") });
    expect(error.code).toBe("invalid_date");
    expect(summary(error.issues)).toEqual([["asOf", "invalid_type"]]);
  });

  it("lists at most 100 issues, also when one record holds more", () => {
    const badHolds = Array.from({ length: 150 }, () => ({ stretchId: "forward-roll" }));
    const error = errorOf({ plan, records: [{ ...manual("a", "2026-11-02"), holds: badHolds }], asOf: "2026-11-29" });
    expect(error.code).toBe("invalid_record");
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]?.path).toEqual(["records", 0, "holds", 19, "skipped"]);
  });

  it("refuses a record with more than 4,000 pain reports, or a routine id that is not kebab-case", () => {
    const pain = Array.from({ length: 4001 }, (_, atMs) => ({ stretchId: "forward-roll", side: null, atMs }));
    const records = [
      { ...manual("a", "2026-11-02"), pain },
      { ...manual("b", "2026-11-04"), routineId: "Back spasm" },
    ];
    const error = errorOf({ plan, records, asOf: "2026-11-29" });
    expect(error.code).toBe("invalid_record");
    expect(summary(error.issues)).toEqual([
      ["records.0.pain", "too_big"],
      ["records.1.routineId", "invalid_format"],
    ]);
  });

  it("accepts records at every bound of SessionRecordSchema", () => {
    const longId = "r".repeat(200);
    const longSlug = `s${"-a".repeat(31)}b`;
    expect(longSlug).toHaveLength(64);
    const records = [
      { ...manual(longId, "2026-11-02"), startedAtMs: 5, endedAtMs: 5 },
      {
        ...manual("b", "2026-11-04"),
        holds: [
          {
            stretchId: longSlug,
            side: "left",
            repetition: 20,
            plannedMs: 600_000,
            achievedMs: 600_000,
            skipped: false,
          },
        ],
        pain: [{ stretchId: "forward-roll", side: null, atMs: 0, note: "n".repeat(1000) }],
      },
      { ...manual("c", "2026-11-06"), routineId: longSlug },
    ];
    const report = calculateAdherence({ plan, records, asOf: "2026-11-29" } as AdherenceInput);
    expect(report.weeks[0]).toMatchObject({ target: 3, completed: 2 });
    expect(report.ignored).toEqual([{ index: 2, id: "c", reason: "other-routine" }]);
    expect(report.stretches.slice(9)).toEqual([
      {
        stretchId: longSlug,
        side: "left",
        repetitions: { done: 1, planned: 1 },
        holdMs: { achieved: 600_000, planned: 600_000 },
        painReports: 0,
        advice: null,
        painScores: [],
        firstScore: null,
        lastScore: null,
        highestScore: null,
      },
    ]);
    expect(report.stretches[0]?.painReports).toBe(1);
  });

  it("refuses plans that PlanSchema refuses: too many items, bad repetitions or holds, a slot past 9", () => {
    const roll = { stretchId: "forward-roll", side: null, repetitions: 1, holdMs: 1000 };
    const cases: [unknown, string[][]][] = [
      [
        { ...plan, items: Array.from({ length: 201 }, () => roll), holdMsPerSession: 201_000 },
        [["plan.items", "too_big"]],
      ],
      [
        { ...plan, items: [{ ...roll, repetitions: 21 }], holdMsPerSession: 21_000 },
        [["plan.items.0.repetitions", "too_big"]],
      ],
      [
        { ...plan, items: [roll, { ...roll, holdMs: 999 }], holdMsPerSession: 1999 },
        [["plan.items.1.holdMs", "too_small"]],
      ],
      [{ ...plan, sessions: [{ date: "2026-11-02", slot: 10 }] }, [["plan.sessions.0.slot", "too_big"]]],
    ];
    for (const [badPlan, expected] of cases) {
      const error = errorOf({ plan: badPlan, records: [], asOf: "2026-11-29" });
      expect(error.code).toBe("invalid_plan");
      expect(summary(error.issues)).toEqual(expected);
    }
  });

  it("refuses a record that changes while it is read, rather than drop it", () => {
    let reads = 0;
    const record = manual("a", "2026-11-02");
    const shifty = Object.defineProperty({ ...record }, "status", {
      get: () => (reads++ === 0 ? "bogus" : "completed"),
      enumerable: true,
    });
    const error = errorOf({ plan, records: [shifty], asOf: "2026-11-29" });
    expect(error.code).toBe("invalid_record");
    expect(error.issues).toEqual([
      { path: ["records", 0], code: "invalid_value", message: "changed while it was read: pass plain data" },
    ]);
  });

  it("refuses keys like __proto__ and constructor in a record", () => {
    const record = JSON.parse(
      '{"id":"a","routineId":"back-spasm-stretches","date":"2026-11-02","status":"completed","pain":[],"__proto__":{"x":1}}',
    );
    expect(summary(errorOf({ plan, records: [record], asOf: "2026-11-29" }).issues)).toEqual([
      ["records.0.__proto__", "unrecognized_key"],
    ]);
    const hold = { ...(played(plan, "b", "2026-11-02", 1).holds ?? [])[0], constructor: "x" };
    const withHold = { ...manual("b", "2026-11-02"), holds: [hold] };
    expect(summary(errorOf({ plan, records: [withHold], asOf: "2026-11-29" }).issues)).toEqual([
      ["records.0.holds.0.constructor", "unrecognized_key"],
    ]);
  });
});
