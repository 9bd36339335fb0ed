import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { StretchKitError, type StretchKitIssue } from "../../src/errors.js";
import { type PlanOptions, planSessions } from "../../src/plan/plan-sessions.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { PlanSchema } from "../../src/schema/plan.js";
import type { Routine } from "../../src/schema/routine.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";

const dates = (options: PlanOptions, routine: Routine = backSpasmRoutine): string[] =>
  planSessions(routine, options).sessions.map((session) => session.date);

/** The StretchKitError that planSessions must throw. */
function errorOf(options: unknown, routine: unknown = backSpasmRoutine): StretchKitError {
  try {
    planSessions(routine as Routine, options as PlanOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    return error as StretchKitError;
  }
  throw new Error("planSessions accepted invalid input");
}

const summary = (issues: readonly StretchKitIssue[]) => issues.map((issue) => [issue.path.join("."), issue.code]);

describe("planSessions", () => {
  it("plans the built-in routine on Monday, Wednesday and Friday by default, 540 s of hold a session", () => {
    const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
    expect(plan.routineId).toBe("back-spasm-stretches");
    expect(plan.start).toBe("2026-11-02");
    expect(plan.end).toBe("2026-11-29");
    expect(plan.weekStartsOn).toBe("monday");
    expect(plan.holdMsPerSession).toBe(540_000);
    expect(plan.sessions).toHaveLength(12);
    expect(plan.sessions.slice(0, 4)).toEqual([
      { date: "2026-11-02", slot: 0 },
      { date: "2026-11-04", slot: 0 },
      { date: "2026-11-06", slot: 0 },
      { date: "2026-11-09", slot: 0 },
    ]);
  });

  it("counts both sides of every sided stretch: 27 holds of 20 s", () => {
    const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1 });
    expect(plan.items.map((item) => `${item.stretchId}:${item.side}`)).toEqual([
      "forward-roll:null",
      "sideways-reach:left",
      "sideways-reach:right",
      "spine-rotation:left",
      "spine-rotation:right",
      "gluteal-stretch:left",
      "gluteal-stretch:right",
      "quadriceps-stretch:left",
      "quadriceps-stretch:right",
    ]);
    expect(plan.items.reduce((sum, item) => sum + item.repetitions, 0)).toBe(27);
    expect(plan.items.every((item) => item.holdMs === 20_000)).toBe(true);
  });

  it("spreads 4 sessions a week on Monday, Tuesday, Thursday and Saturday", () => {
    expect(dates({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 4 })).toEqual([
      "2026-11-02",
      "2026-11-03",
      "2026-11-05",
      "2026-11-07",
    ]);
  });

  it("spreads the sessions from the week's first day when weeks start on Sunday", () => {
    expect(dates({ start: "2026-11-01", weeks: 1, weekStartsOn: "sunday" })).toEqual([
      "2026-11-01",
      "2026-11-03",
      "2026-11-05",
    ]);
    expect(planSessions(backSpasmRoutine, { start: "2026-11-01", weeks: 1, weekStartsOn: "sunday" }).weekStartsOn).toBe(
      "sunday",
    );
  });

  it("plans only the days left in a week that starts before the plan, and ends the plan 7 × weeks days later", () => {
    // Thursday 2026-11-05: that week keeps Friday only; the plan ends on Wednesday 2026-11-18.
    const plan = planSessions(backSpasmRoutine, { start: "2026-11-05", weeks: 2 });
    expect(plan.end).toBe("2026-11-18");
    expect(plan.sessions.map((session) => session.date)).toEqual([
      "2026-11-06",
      "2026-11-09",
      "2026-11-11",
      "2026-11-13",
      "2026-11-16",
      "2026-11-18",
    ]);
  });

  it("plans the named days instead, in week order whatever order they are given in", () => {
    expect(dates({ start: "2026-11-02", weeks: 1, days: ["saturday", "tuesday", "thursday"] })).toEqual([
      "2026-11-03",
      "2026-11-05",
      "2026-11-07",
    ]);
    expect(
      dates({ start: "2026-11-02", weeks: 1, days: ["sunday", "monday", "wednesday"], weekStartsOn: "sunday" }),
    ).toEqual(["2026-11-02", "2026-11-04", "2026-11-08"]);
  });

  it("plans the named days when sessionsPerWeek agrees with them", () => {
    expect(
      dates({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 3, days: ["tuesday", "thursday", "sunday"] }),
    ).toEqual(["2026-11-03", "2026-11-05", "2026-11-08"]);
  });

  it("plans several sessions a day as slots 0, 1, ...", () => {
    const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1, sessionsPerDay: 3 });
    expect(plan.sessions).toHaveLength(9);
    expect(plan.sessions.slice(0, 4)).toEqual([
      { date: "2026-11-02", slot: 0 },
      { date: "2026-11-02", slot: 1 },
      { date: "2026-11-02", slot: 2 },
      { date: "2026-11-04", slot: 0 },
    ]);
  });

  it("reads sides from each item: one side only, the right side first, or none", () => {
    const routine: Routine = {
      ...backSpasmRoutine,
      items: [
        { stretchId: "quadriceps-stretch", repetitions: 4, holdSeconds: 30, sides: "right" },
        { stretchId: "gluteal-stretch", repetitions: 2, holdSeconds: 15, sides: "both", firstSide: "right" },
        { stretchId: "forward-roll", repetitions: 3, holdSeconds: 10 },
      ],
    };
    const plan = planSessions(routine, { start: "2026-11-02", weeks: 1 });
    expect(plan.items).toEqual([
      { stretchId: "quadriceps-stretch", side: "right", repetitions: 4, holdMs: 30_000 },
      { stretchId: "gluteal-stretch", side: "right", repetitions: 2, holdMs: 15_000 },
      { stretchId: "gluteal-stretch", side: "left", repetitions: 2, holdMs: 15_000 },
      { stretchId: "forward-roll", side: null, repetitions: 3, holdMs: 10_000 },
    ]);
    expect(plan.holdMsPerSession).toBe(4 * 30_000 + 2 * 2 * 15_000 + 3 * 10_000);
  });

  it("finds the sides of a stretch in the catalog when its item leaves them out", () => {
    const routine: Routine = {
      ...backSpasmRoutine,
      items: [
        { stretchId: "sideways-reach", repetitions: 3, holdSeconds: 20 },
        { stretchId: "spine-rotation", repetitions: 3, holdSeconds: 20, firstSide: "right" },
      ],
    };
    const plan = planSessions(routine, { start: "2026-11-02", weeks: 1 });
    expect(plan.items.map((item) => `${item.stretchId}:${item.side}`)).toEqual([
      "sideways-reach:left",
      "sideways-reach:right",
      "spine-rotation:right",
      "spine-rotation:left",
    ]);
    expect(plan.holdMsPerSession).toBe(4 * 3 * 20_000);
  });

  it("plans a routine of custom stretches with their catalog", () => {
    const neckTilt = { ...jsonCopy(getStretch("sideways-reach")), id: "neck-tilt", name: "Neck tilt" };
    const chinTuck = { ...jsonCopy(getStretch("forward-roll")), id: "chin-tuck", name: "Chin tuck" };
    const routine: Routine = {
      ...backSpasmRoutine,
      id: "neck",
      items: [
        { stretchId: "neck-tilt", repetitions: 2, holdSeconds: 10 },
        { stretchId: "chin-tuck", repetitions: 3, holdSeconds: 5 },
      ],
    };
    const plan = planSessions(routine, { start: "2026-11-02", weeks: 1, catalog: [neckTilt, chinTuck] });
    expect(plan.items.map((item) => `${item.stretchId}:${item.side}`)).toEqual([
      "neck-tilt:left",
      "neck-tilt:right",
      "chin-tuck:null",
    ]);
    expect(plan.routineId).toBe("neck");
    expect(errorOf({ start: "2026-11-02", weeks: 1 }, routine).issues.map((issue) => issue.code)).toEqual([
      "unknown_stretch",
      "unknown_stretch",
    ]);
  });

  it("plans the holds that scheduleSession times, in the same order", () => {
    for (const routine of [
      backSpasmRoutine,
      {
        ...backSpasmRoutine,
        items: [
          { stretchId: "gluteal-stretch", repetitions: 4, holdSeconds: 30, firstSide: "right" as const },
          { stretchId: "forward-roll", repetitions: 2, holdSeconds: 15 },
          { stretchId: "quadriceps-stretch", repetitions: 3, holdSeconds: 20, sides: "left" as const },
        ],
      },
    ]) {
      const plan = planSessions(routine, { start: "2026-11-02", weeks: 1 });
      const planned = plan.items.flatMap((item) =>
        Array.from({ length: item.repetitions }, () => `${item.stretchId}:${item.side}:${item.holdMs}`),
      );
      const timed = scheduleSession(routine)
        .steps.filter((step) => step.kind === "hold")
        .map((step) => `${step.stretchId}:${step.side}:${step.durationMs}`);
      expect(planned).toEqual(timed);
    }
  });

  it("plans up to 520 weeks, and the result is a valid plan", () => {
    const plan = planSessions(backSpasmRoutine, {
      start: "2026-11-02",
      weeks: 520,
      sessionsPerWeek: 4,
      sessionsPerDay: 3,
    });
    expect(plan.sessions).toHaveLength(520 * 4 * 3);
    expect(plan.end).toBe("2036-10-19");
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it("never changes its inputs and returns fresh plain JSON", () => {
    const routine = deepFreeze(jsonCopy(backSpasmRoutine));
    const options = deepFreeze({ start: "2026-11-02", weeks: 2, days: ["friday", "monday", "wednesday"] as const });
    const plan = planSessions(routine, options);
    expect(options.days).toEqual(["friday", "monday", "wednesday"]);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(structuredClone(plan)).toEqual(plan);
    expect(Object.isFrozen(plan)).toBe(false);
  });

  it("accepts options written out as undefined", () => {
    const plan = planSessions(backSpasmRoutine, {
      start: "2026-11-02",
      weeks: 1,
      sessionsPerWeek: undefined,
      days: undefined,
      sessionsPerDay: undefined,
      weekStartsOn: undefined,
    });
    expect(plan.sessions).toHaveLength(3);
  });

  describe("refuses", () => {
    it("a date that does not exist", () => {
      const error = errorOf({ start: "2026-02-30", weeks: 4 });
      expect(error.code).toBe("invalid_options");
      expect(summary(error.issues)).toEqual([["start", "invalid_format"]]);
    });

    it("more than 520 weeks, no weeks, or part of a week", () => {
      expect(summary(errorOf({ start: "2026-11-02", weeks: 521 }).issues)).toEqual([["weeks", "too_big"]]);
      expect(summary(errorOf({ start: "2026-11-02", weeks: 0 }).issues)).toEqual([["weeks", "too_small"]]);
      expect(summary(errorOf({ start: "2026-11-02", weeks: 1.5 }).issues)).toEqual([["weeks", "not_integer"]]);
    });

    it("a plan that would end after 2999, not one that ends on its last day", () => {
      const error = errorOf({ start: "2999-06-01", weeks: 52 });
      expect(summary(error.issues)).toEqual([["weeks", "too_big"]]);
      expect(error.issues[0]?.message).toBe("the plan would end after 2999-12-31");
      expect(planSessions(backSpasmRoutine, { start: "2999-12-25", weeks: 1 }).end).toBe("2999-12-31");
      expect(errorOf({ start: "2999-12-26", weeks: 1 }).issues[0]?.path).toEqual(["weeks"]);
    });

    it("with an error whose code and first line say what was refused", () => {
      const options = errorOf({ start: "2026-11-02", weeks: 1, sessionsPerDay: 4 });
      expect(options.code).toBe("invalid_options");
      expect(options.message).toMatch(/^Invalid plan options\n/);
      expect(errorOf({ start: "2026-11-02", weeks: 0 }).message).toMatch(/^Invalid plan options\n/);
      const badRoutine = errorOf({ start: "2026-11-02", weeks: 1 }, { ...backSpasmRoutine, items: [] });
      expect(badRoutine.message).toMatch(/^Invalid routine\n/);
      const unknown = { ...backSpasmRoutine, items: [{ stretchId: "neck-tilt", repetitions: 3, holdSeconds: 20 }] };
      expect(errorOf({ start: "2026-11-02", weeks: 1 }, unknown).message).toMatch(/^Invalid routine\n/);
      expect(errorOf({ start: "2026-11-02", weeks: 1, catalog: [] }).message).toMatch(/^Invalid catalog\n/);
    });

    it("sessions a week outside the routine's 3 to 4", () => {
      const low = errorOf({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 2 });
      expect(summary(low.issues)).toEqual([["sessionsPerWeek", "too_small"]]);
      expect(low.issues[0]?.message).toBe("the routine asks for 3 to 4 sessions a week; got 2");
      expect(summary(errorOf({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 5 }).issues)).toEqual([
        ["sessionsPerWeek", "too_big"],
      ]);
      expect(summary(errorOf({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 8 }).issues)).toEqual([
        ["sessionsPerWeek", "too_big"],
      ]);
    });

    it("days that do not match the routine's frequency or sessionsPerWeek, or name a day twice", () => {
      expect(summary(errorOf({ start: "2026-11-02", weeks: 1, days: ["monday", "friday"] }).issues)).toEqual([
        ["days", "too_small"],
      ]);
      expect(
        summary(
          errorOf({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 4, days: ["monday", "wednesday", "friday"] })
            .issues,
        ),
      ).toEqual([["days", "conflict"]]);
      expect(summary(errorOf({ start: "2026-11-02", weeks: 1, days: ["monday", "monday", "friday"] }).issues)).toEqual([
        ["days", "duplicate_item"],
      ]);
      expect(summary(errorOf({ start: "2026-11-02", weeks: 1, days: ["mon", "wed", "fri"] }).issues)).toEqual([
        ["days.0", "invalid_value"],
        ["days.1", "invalid_value"],
        ["days.2", "invalid_value"],
      ]);
    });

    it("days or sessions a day outside the routine's range, or days that disagree with sessionsPerWeek, in words", () => {
      const messages = (options: unknown) => errorOf(options).issues.map((issue) => issue.message);
      expect(messages({ start: "2026-11-02", weeks: 1, days: ["monday", "friday"] })).toEqual([
        "the routine asks for 3 to 4 days a week; got 2",
      ]);
      expect(
        messages({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 4, days: ["monday", "wednesday", "friday"] }),
      ).toEqual(["names 3 days, but sessionsPerWeek is 4"]);
      expect(messages({ start: "2026-11-02", weeks: 1, sessionsPerDay: 4 })).toEqual([
        "the routine asks for 1 to 3 sessions a day; got 4",
      ]);
    });

    it("a sessionsPerWeek outside the routine's range, even when the days agree with it", () => {
      const error = errorOf({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 2, days: ["monday", "thursday"] });
      expect(summary(error.issues)).toEqual([["sessionsPerWeek", "too_small"]]);
    });

    it("sessions a day outside the routine's range, listing every issue at once", () => {
      const error = errorOf({ start: "2026-11-02", weeks: 1, sessionsPerWeek: 2, sessionsPerDay: 4 });
      expect(summary(error.issues)).toEqual([
        ["sessionsPerWeek", "too_small"],
        ["sessionsPerDay", "too_big"],
      ]);
    });

    it("unknown options and a missing start", () => {
      expect(summary(errorOf({ weeks: 1, startDate: "2026-11-02" }).issues)).toEqual([
        ["start", "invalid_type"],
        ["startDate", "unrecognized_key"],
      ]);
      expect(errorOf(null).code).toBe("invalid_options");
    });

    it("a stretch that is not in the catalog, and sides on a stretch without them", () => {
      const routine = {
        ...backSpasmRoutine,
        items: [
          { stretchId: "neck-tilt", repetitions: 3, holdSeconds: 20 },
          { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20, sides: "both", firstSide: "left" },
        ],
      };
      const error = errorOf({ start: "2026-11-02", weeks: 1 }, routine);
      expect(error.code).toBe("invalid_routine");
      expect(summary(error.issues)).toEqual([
        ["items.0.stretchId", "unknown_stretch"],
        ["items.1.sides", "conflict"],
        ["items.1.firstSide", "conflict"],
      ]);
    });

    it("planSessions refuses the same stretch twice, as validateRoutine does", () => {
      const routine = {
        ...backSpasmRoutine,
        items: [
          { stretchId: "gluteal-stretch", repetitions: 3, holdSeconds: 20 },
          { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
          { stretchId: "gluteal-stretch", repetitions: 2, holdSeconds: 10 },
        ],
      };
      const error = errorOf({ start: "2026-11-02", weeks: 1 }, routine);
      expect(error.code).toBe("invalid_routine");
      const expected = validateRoutine(routine);
      expect(expected.ok).toBe(false);
      expect(error.issues).toEqual(expected.ok ? [] : expected.issues);
      expect(summary(error.issues)).toEqual([["items.2.stretchId", "duplicate_item"]]);
    });

    it("a bad catalog with the issues and messages of scheduleSession and validateRoutine", () => {
      const roll = jsonCopy(getStretch("forward-roll"));
      for (const catalog of [[], "stretches", [{ ...roll, hold: null }], [roll, roll]] as unknown[]) {
        const error = errorOf({ start: "2026-11-02", weeks: 1, catalog });
        const scheduled = validateRoutine(backSpasmRoutine, { catalog } as never);
        expect(scheduled.ok).toBe(false);
        expect(error.issues).toEqual(scheduled.ok ? [] : scheduled.issues);
        let thrown: unknown;
        try {
          scheduleSession(backSpasmRoutine, { catalog } as never);
        } catch (e) {
          thrown = e;
        }
        expect((thrown as StretchKitError).issues).toEqual(error.issues);
      }
    });

    it("a catalog that is not a list of valid stretches with distinct ids", () => {
      const roll = jsonCopy(getStretch("forward-roll"));
      const cases: [unknown, string[][]][] = [
        [[], [["catalog", "empty"]]],
        ["stretches", [["catalog", "invalid_type"]]],
        [[{ ...roll, hold: null }], [["catalog.0.hold", "invalid_type"]]],
        [[roll, roll], [["catalog.1.id", "duplicate_id"]]],
      ];
      for (const [catalog, expected] of cases) {
        const error = errorOf({ start: "2026-11-02", weeks: 1, catalog });
        expect(error.code).toBe("invalid_catalog");
        expect(summary(error.issues)).toEqual(expected);
      }
    });

    it("an invalid routine, before looking at the options", () => {
      const error = errorOf({ start: "2026-11-02", weeks: 1 }, { ...backSpasmRoutine, items: [] });
      expect(error.code).toBe("invalid_routine");
      expect(summary(error.issues)).toEqual([["items", "too_small"]]);
    });
  });
});
