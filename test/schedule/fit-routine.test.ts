import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { fitRoutine } from "../../src/schedule/fit-routine.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { firstLineOf, issuesOf, routineOf, summary } from "./helpers.js";

const doses = (routine: typeof backSpasmRoutine): string[] =>
  routine.items.map((item) => `${item.repetitions}x${item.holdSeconds}`);

describe("fitRoutine", () => {
  it("gives the fullest variant when it fits: the most repetitions at the target hold", () => {
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 1285 });
    expect(doses(fitted)).toEqual(["4x20", "4x20", "4x20", "4x20", "4x20"]);
    expect(scheduleSession(fitted).totalMs).toBe(1_285_000);
  });

  it("lowers repetitions first, then gives spare time back in routine order", () => {
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 1200 });
    expect(doses(fitted)).toEqual(["4x20", "4x20", "4x20", "3x20", "3x20"]);
    expect(scheduleSession(fitted).totalMs).toBe(1_145_000);
  });

  it("gives a stretch back its level when the session then lasts exactly the budget", () => {
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 1145 });
    expect(doses(fitted)).toEqual(["4x20", "4x20", "4x20", "3x20", "3x20"]);
    expect(scheduleSession(fitted).totalMs).toBe(1_145_000);
  });

  it("then shortens holds, one second at a time, down to each stretch's minimum", () => {
    expect(doses(fitRoutine(backSpasmRoutine, { maxSeconds: 970 }))).toEqual(["3x20", "3x20", "3x20", "3x20", "3x20"]);
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 900 });
    expect(doses(fitted)).toEqual(["3x18", "3x18", "3x17", "3x17", "3x17"]);
    expect(scheduleSession(fitted).totalMs).toBeLessThanOrEqual(900_000);
    expect(doses(fitRoutine(backSpasmRoutine, { maxSeconds: 700 }))).toEqual(["3x10", "3x10", "3x10", "3x10", "3x10"]);
  });

  it("refuses a budget that even the shortest variant does not fit", () => {
    const issues = issuesOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: 699.999 }), "does_not_fit");
    expect(issues).toEqual([
      {
        path: ["maxSeconds"],
        code: "does_not_fit",
        message: "even the shortest variant lasts 700 s, more than the 699.999 s allowed",
      },
    ]);
  });

  it("times the session with the step durations given, as scheduleSession will", () => {
    const timing = { prepareSeconds: 0, easeSeconds: 2, releaseSeconds: 2, restSeconds: 0, switchSideSeconds: 1 };
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 600, ...timing });
    const total = scheduleSession(fitted, timing).totalMs;
    expect(total).toBeLessThanOrEqual(600_000);
    expect(total).toBeGreaterThan(590_000);
  });

  it("keeps the routine's id, name, sides and side order, and returns a new frozen routine", () => {
    const routine = routineOf([
      { stretchId: "sideways-reach", repetitions: 1, holdSeconds: 1, sides: "right" },
      { stretchId: "spine-rotation", repetitions: 1, holdSeconds: 1, firstSide: "right" },
    ]);
    const fitted = fitRoutine(routine, { maxSeconds: 10_000 });
    expect(fitted).toEqual({
      ...routine,
      items: [
        { stretchId: "sideways-reach", repetitions: 4, holdSeconds: 20, sides: "right" },
        { stretchId: "spine-rotation", repetitions: 4, holdSeconds: 20, firstSide: "right" },
      ],
    });
    expect(Object.isFrozen(fitted) && Object.isFrozen(fitted.items[0]) && Object.isFrozen(fitted.frequency)).toBe(true);
  });

  it("keeps the routine's benefits, frequency and companions", () => {
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 900 });
    expect(fitted).toEqual({ ...backSpasmRoutine, items: fitted.items });
    expect(fitted.benefits.length).toBeGreaterThan(0);
    expect(fitted.companions.length).toBeGreaterThan(0);
  });

  it("never changes its inputs", () => {
    const routine = deepFreeze(jsonCopy(backSpasmRoutine));
    const options = deepFreeze({ maxSeconds: 1000, restSeconds: 3 });
    fitRoutine(routine, options);
    expect(routine).toEqual(jsonCopy(backSpasmRoutine));
    expect(options).toEqual({ maxSeconds: 1000, restSeconds: 3 });
  });

  it("caps the budget at the 4-hour limit of a session", () => {
    // 20 slow stretches (a stretch appears once in a routine).
    const catalog = Array.from({ length: 20 }, (_, i) =>
      defineStretch({
        ...getStretch("forward-roll"),
        id: `slow-roll-${i}`,
        hold: { minSeconds: 60, targetSeconds: 600, maxSeconds: 600, endsOnUser: true },
      }),
    );
    const items = catalog.map((stretch) => ({ stretchId: stretch.id, repetitions: 1, holdSeconds: 1 }));
    const fitted = fitRoutine(routineOf(items), { maxSeconds: 10 ** 9, catalog });
    expect(scheduleSession(fitted, { catalog }).totalMs).toBeLessThanOrEqual(14_400_000);
    expect(fitted.items[0]?.holdSeconds).toBeLessThan(600);
  });

  it("works with a custom catalog, where each stretch has its own ranges", () => {
    const fixed = defineStretch({
      ...getStretch("forward-roll"),
      id: "fixed-roll",
      hold: { minSeconds: 30, targetSeconds: 30, maxSeconds: 30, endsOnUser: true },
      repetitions: { min: 2, max: 2 },
    });
    const routine = routineOf([
      { stretchId: "fixed-roll", repetitions: 1, holdSeconds: 30 },
      { stretchId: "forward-roll", repetitions: 1, holdSeconds: 30 },
    ]);
    const fitted = fitRoutine(routine, { maxSeconds: 200, catalog: [fixed, getStretch("forward-roll")] });
    expect(doses(fitted)).toEqual(["2x30", "3x18"]);
    expect(scheduleSession(fitted, { catalog: [fixed, getStretch("forward-roll")] }).totalMs).toBe(199_000);
  });

  it("fitRoutine refuses the same stretch twice, as validateRoutine does", () => {
    const routine = routineOf([
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
    ]);
    const issues = issuesOf(() => fitRoutine(routine, { maxSeconds: 900 }), "invalid_routine");
    expect(summary(issues)).toEqual(["items.1.stretchId: duplicate_item"]);
    const validated = validateRoutine(routine);
    expect(validated.ok ? [] : validated.issues).toEqual(issues);
  });

  it("says what it refused on the first line of the error's message", () => {
    expect(firstLineOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: -1 }))).toBe("Invalid fit options");
    expect(firstLineOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: 900, catalog: [] }))).toBe("Invalid catalog");
    expect(firstLineOf(() => fitRoutine(null as never, { maxSeconds: 900 }))).toBe("Invalid routine");
    expect(firstLineOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: 600 }))).toBe(
      "The routine does not fit the time budget",
    );
  });

  it("refuses bad options, a bad catalog and a bad routine, each issue at its path", () => {
    expect(summary(issuesOf(() => fitRoutine(backSpasmRoutine, {} as never), "invalid_options"))).toEqual([
      "maxSeconds: invalid_type",
    ]);
    expect(
      summary(
        issuesOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: -1, holdSeconds: 20 } as never), "invalid_options"),
      ),
    ).toEqual(["maxSeconds: too_small", "holdSeconds: unrecognized_key"]);
    expect(summary(issuesOf(() => fitRoutine(backSpasmRoutine, undefined as never), "invalid_options"))).toEqual([
      ": invalid_type",
    ]);
    expect(
      summary(issuesOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: 900, catalog: [] }), "invalid_catalog")),
    ).toEqual(["catalog: empty"]);
    expect(summary(issuesOf(() => fitRoutine({ id: "x" } as never, { maxSeconds: 900 }), "invalid_routine"))).toContain(
      "items: invalid_type",
    );
  });
});
