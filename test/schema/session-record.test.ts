import { describe, expect, it } from "vitest";
import { safeParseWith } from "../../src/internal/issues.js";
import { type SessionRecord, SessionRecordSchema } from "../../src/schema/session-record.js";
import { deepFreeze } from "../helpers/deep-freeze.js";

const manual: SessionRecord = deepFreeze({
  id: "s1",
  routineId: "back-spasm-stretches",
  date: "2026-11-23",
  status: "completed",
  pain: [],
});

const timed: SessionRecord = deepFreeze({
  ...manual,
  startedAtMs: 1_000,
  endedAtMs: 971_000,
  holds: [
    { stretchId: "forward-roll", side: null, repetition: 1, plannedMs: 20_000, achievedMs: 12_500, skipped: true },
  ],
  pain: [{ stretchId: "spine-rotation", side: "left", atMs: 400_000, note: "sharp on the left" }],
});

const issues = (input: unknown) => {
  const result = safeParseWith(SessionRecordSchema, input);
  return result.ok ? [] : result.issues.map((issue) => [issue.path.join("."), issue.code]);
};

describe("SessionRecordSchema", () => {
  it("accepts a manual record with no holds and no instants: a user who ticks 'done'", () => {
    expect(SessionRecordSchema.safeParse(manual).success).toBe(true);
  });

  it("accepts a timed record with holds and pain reports", () => {
    expect(SessionRecordSchema.safeParse(timed).success).toBe(true);
  });

  it("refuses a date that is not in the calendar, or not written YYYY-MM-DD", () => {
    for (const date of ["2026-02-30", "2026-13-01", "23/11/2026", "2026-11-23T10:00:00Z", "1899-12-31"]) {
      expect(issues({ ...manual, date })).toEqual([["date", "invalid_format"]]);
    }
    expect(issues({ ...manual, date: "2028-02-29" })).toEqual([]);
  });

  it("refuses an end before the start", () => {
    expect(issues({ ...timed, startedAtMs: 10, endedAtMs: 9 })).toEqual([["endedAtMs", "out_of_order"]]);
  });

  it("refuses negative, fractional, NaN and unbounded times", () => {
    expect(
      issues({
        ...timed,
        startedAtMs: -1,
        endedAtMs: 1.5,
        holds: [
          {
            stretchId: "forward-roll",
            side: null,
            repetition: 0,
            plannedMs: Number.NaN,
            achievedMs: 600_001,
            skipped: false,
          },
        ],
      }),
    ).toEqual([
      ["startedAtMs", "too_small"],
      ["endedAtMs", "not_integer"],
      ["holds.0.repetition", "too_small"],
      ["holds.0.plannedMs", "invalid_type"],
      ["holds.0.achievedMs", "too_big"],
    ]);
  });

  it("refuses an unknown status, a bad side and unknown keys", () => {
    expect(
      issues({ ...timed, status: "done", pain: [{ stretchId: "forward-roll", side: "middle", atMs: 1, mood: "ok" }] }),
    ).toEqual([
      ["status", "invalid_value"],
      ["pain.0.side", "invalid_value"],
      ["pain.0.mood", "unrecognized_key"],
    ]);
  });
});
