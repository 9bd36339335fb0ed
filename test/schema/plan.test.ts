import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { fromZodIssues } from "../../src/internal/issues.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { type Plan, PlanSchema, WEEKDAYS } from "../../src/schema/plan.js";
import { jsonCopy } from "../helpers/deep-freeze.js";

const plan: Plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });

const issuesOf = (input: unknown) => {
  const result = PlanSchema.safeParse(input);
  if (result.success) throw new Error("PlanSchema accepted an invalid plan");
  return fromZodIssues(result.error.issues).map((issue) => [issue.path.join("."), issue.code]);
};

describe("PlanSchema", () => {
  it("accepts a plan from planSessions, also after a trip through JSON storage", () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(PlanSchema.safeParse(jsonCopy(plan)).success).toBe(true);
  });

  it("names the weekdays Monday first", () => {
    expect(WEEKDAYS).toEqual(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
  });

  it("refuses an end that does not close whole weeks, or more than 520 of them", () => {
    expect(issuesOf({ ...plan, end: "2026-11-30" })).toEqual([["end", "conflict"]]);
    expect(issuesOf({ ...plan, end: "2026-11-01" })).toEqual([
      ["end", "conflict"],
      ["sessions", "out_of_order"],
    ]);
    expect(issuesOf({ ...plan, sessions: [], end: "2036-11-02" })).toEqual([["end", "conflict"]]);
  });

  it("refuses a holdMsPerSession that is not the sum of the items", () => {
    expect(issuesOf({ ...plan, holdMsPerSession: 600_000 })).toEqual([["holdMsPerSession", "conflict"]]);
  });

  it("refuses sessions out of order, twice, or outside the plan", () => {
    const [first, second] = plan.sessions;
    expect(issuesOf({ ...plan, sessions: [second, first] })).toEqual([["sessions", "out_of_order"]]);
    expect(issuesOf({ ...plan, sessions: [first, first] })).toEqual([["sessions", "out_of_order"]]);
    expect(issuesOf({ ...plan, sessions: [{ date: "2026-11-30", slot: 0 }] })).toEqual([["sessions", "out_of_order"]]);
    expect(issuesOf({ ...plan, sessions: [{ date: "2026-11-01", slot: 0 }] })).toEqual([["sessions", "out_of_order"]]);
    expect(PlanSchema.safeParse({ ...plan, sessions: [{ date: "2026-11-29", slot: 0 }] }).success).toBe(true);
    expect(
      issuesOf({
        ...plan,
        sessions: [
          { date: "2026-11-02", slot: 1 },
          { date: "2026-11-02", slot: 0 },
        ],
      }),
    ).toEqual([["sessions", "out_of_order"]]);
  });

  it("refuses bad fields with their paths, and unknown keys", () => {
    expect(
      issuesOf({
        ...plan,
        weekStartsOn: "Monday",
        start: "2026-02-30",
        items: [{ ...plan.items[0], holdMs: 500 }],
        sessions: [{ date: "2026-11-02", slot: 10 }],
        extra: true,
      }),
    ).toEqual([
      ["start", "invalid_format"],
      ["weekStartsOn", "invalid_value"],
      ["items.0.holdMs", "too_small"],
      ["sessions.0.slot", "too_big"],
      ["extra", "unrecognized_key"],
    ]);
    expect(issuesOf({ ...plan, items: [] })).toEqual([
      ["items", "too_small"],
      ["holdMsPerSession", "conflict"],
    ]);
  });
});
