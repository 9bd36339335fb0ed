import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { type FitOptions, fitRoutine } from "../../src/schedule/fit-routine.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { Routine, RoutineItem } from "../../src/schema/routine.js";
import type { Stretch } from "../../src/schema/stretch.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { firstLineOf, issuesOf, routineOf, summary } from "./helpers.js";

const doses = (routine: Routine): string[] => routine.items.map((item) => `${item.repetitions}x${item.holdSeconds}`);

/**
 * The fullest variant by brute force, straight from the rule: every item between its floor (the
 * stretch's fewest repetitions and shortest hold, or less when the ceiling is lower) and its ceiling
 * (the item's own dose, or with `upTo: "stretch"` the stretch's most repetitions and target hold);
 * among those whose scheduled session fits, the most hold time, then the most repetitions, then
 * item by item in routine order the most hold time and repetitions.
 */
function bruteForce(routine: Routine, catalog: readonly Stretch[], options: FitOptions): string[] | null {
  const stretchOf = (id: string): Stretch => catalog.find((stretch) => stretch.id === id) as Stretch;
  const choices = routine.items.map((item) => {
    const stretch = stretchOf(item.stretchId);
    const repsHi = options.upTo === "stretch" ? stretch.repetitions.max : item.repetitions;
    const holdHi = options.upTo === "stretch" ? stretch.hold.targetSeconds : item.holdSeconds;
    const out: RoutineItem[] = [];
    for (let r = Math.min(stretch.repetitions.min, repsHi); r <= repsHi; r++) {
      for (let h = Math.min(stretch.hold.minSeconds, holdHi); h <= holdHi; h++)
        out.push({ ...item, repetitions: r, holdSeconds: h });
    }
    return out;
  });
  const sides = (item: RoutineItem): number =>
    stretchOf(item.stretchId).laterality.kind === "none" || (item.sides ?? "both") !== "both" ? 1 : 2;
  const key = (items: readonly RoutineItem[]): number[] => [
    items.reduce((sum, item) => sum + sides(item) * item.repetitions * item.holdSeconds, 0),
    items.reduce((sum, item) => sum + sides(item) * item.repetitions, 0),
    ...items.flatMap((item) => [sides(item) * item.repetitions * item.holdSeconds, item.repetitions]),
  ];
  const { maxSeconds } = options;
  // The session's length, step by step as the scheduler lays them out (each step's default where not given).
  const ms = (seconds: number | undefined, fallback: number): number => Math.round((seconds ?? fallback) * 1000);
  const [prepare, ease, release, rest, change] = [
    ms(options.prepareSeconds, 10),
    ms(options.easeSeconds, 5),
    ms(options.releaseSeconds, 5),
    ms(options.restSeconds, 5),
    ms(options.switchSideSeconds, 5),
  ];
  const lengthOf = (items: readonly RoutineItem[]): number =>
    items.reduce((total, item) => {
      const oneSide = item.repetitions * (ease + item.holdSeconds * 1000 + release) + (item.repetitions - 1) * rest;
      return total + prepare + sides(item) * oneSide + (sides(item) - 1) * change;
    }, 0);
  let best: { items: RoutineItem[]; key: number[] } | null = null;
  const walk = (k: number, picked: RoutineItem[]): void => {
    if (k === choices.length) {
      const totalMs = lengthOf(picked);
      if (totalMs > Math.min(maxSeconds, 14_400) * 1000) return;
      const candidate = key(picked);
      const better = best === null || candidate.findIndex((value, i) => value !== best?.key[i]) !== -1;
      const first = best === null ? -1 : candidate.findIndex((value, i) => value !== best?.key[i]);
      if (best === null || (better && (candidate[first] as number) > (best.key[first] as number)))
        best = { items: [...picked], key: candidate };
      return;
    }
    for (const choice of choices[k] as RoutineItem[]) walk(k + 1, [...picked, choice]);
  };
  walk(0, []);
  return best === null ? null : doses({ ...routine, items: (best as { items: RoutineItem[] }).items });
}

describe("fitRoutine", () => {
  it("never prescribes more than the routine does: 3 repetitions of 12 s fitted into 30 minutes stay 3 of 12 s", () => {
    const routine = routineOf([{ stretchId: "forward-roll", repetitions: 3, holdSeconds: 12 }]);
    expect(doses(fitRoutine(routine, { maxSeconds: 1800 }).routine)).toEqual(["3x12"]);
    const custom = routineOf([{ stretchId: "spine-rotation", repetitions: 3, holdSeconds: 30 }]);
    expect(doses(fitRoutine(custom, { maxSeconds: 1800 }).routine)).toEqual(["3x30"]);
    expect(doses(fitRoutine(backSpasmRoutine, { maxSeconds: 1285 }).routine)).toEqual(Array(5).fill("3x20"));
  });

  it("with upTo: 'stretch', goes up to each stretch's most repetitions and target hold", () => {
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 1285, upTo: "stretch" });
    expect(doses(fitted.routine)).toEqual(Array(5).fill("4x20"));
    expect(fitted.session.totalMs).toBe(1_285_000);
    expect(doses(fitRoutine(backSpasmRoutine, { maxSeconds: 1200, upTo: "stretch" }).routine)).toEqual([
      "4x20",
      "4x20",
      "4x20",
      "4x18",
      "3x20",
    ]);
  });

  it("returns the session scheduled with the same options, so the budget holds by construction", () => {
    const { routine, session } = fitRoutine(backSpasmRoutine, { maxSeconds: 700, restSeconds: 0, upTo: "stretch" });
    expect(session.totalMs).toBeLessThanOrEqual(700_000);
    expect(session).toEqual(scheduleSession(routine, { restSeconds: 0 }));
    const timing = { prepareSeconds: 0, easeSeconds: 2, releaseSeconds: 2, restSeconds: 0, switchSideSeconds: 1 };
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 600, ...timing });
    expect(fitted.session).toEqual(scheduleSession(fitted.routine, timing));
    expect(fitted.session.totalMs).toBeGreaterThan(590_000);
  });

  it("gives the fullest variant: the most hold time, then repetitions, ties to the earlier stretches", () => {
    expect(doses(fitRoutine(backSpasmRoutine, { maxSeconds: 970 }).routine)).toEqual(Array(5).fill("3x20"));
    const fitted = fitRoutine(backSpasmRoutine, { maxSeconds: 900 });
    expect(doses(fitted.routine)).toEqual(["3x20", "3x20", "3x20", "3x18", "3x10"]);
    expect(fitted.session.totalMs).toBe(898_000);
    expect(doses(fitRoutine(backSpasmRoutine, { maxSeconds: 700 }).routine)).toEqual(Array(5).fill("3x10"));
  });

  it("is the fullest variant that a brute-force search over every variant finds, on small routines", () => {
    const catalog = [1, 2, 3].map((n) =>
      defineStretch({
        ...getStretch(n === 2 ? "sideways-reach" : "forward-roll"),
        id: `small-${n}`,
        hold: { minSeconds: 1, targetSeconds: 2 + n, maxSeconds: 9, endsOnUser: true },
        repetitions: { min: 1, max: 2 + (n % 2) },
      }),
    );
    const item = fc.record({
      repetitions: fc.integer({ min: 1, max: 3 }),
      holdSeconds: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.tuple(item, item, item),
        fc.integer({ min: 20, max: 160 }),
        fc.constantFrom<"routine" | "stretch">("routine", "stretch"),
        fc.constantFrom(0, 1, 2.5),
        (items, maxSeconds, upTo, restSeconds) => {
          const routine = routineOf(items.map((dose, k) => ({ ...dose, stretchId: `small-${k + 1}` })));
          const options = { maxSeconds, upTo, restSeconds, prepareSeconds: 1, easeSeconds: 1, releaseSeconds: 1 };
          const expected = bruteForce(routine, catalog, options);
          if (expected === null) {
            expect(() => fitRoutine(routine, { ...options, catalog })).toThrow(/does not fit/);
          } else {
            const fitted = fitRoutine(routine, { ...options, catalog });
            expect(doses(fitted.routine)).toEqual(expected);
            expect(fitted.session.totalMs).toBeLessThanOrEqual(maxSeconds * 1000);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is the fullest variant that a brute-force search finds when the repetitions range wide, on both sides", () => {
    // 3 sided stretches of 1 to 12 repetitions: 66 repetition counts, more than one 32-bit word holds.
    const catalog = [1, 2, 3].map((n) =>
      defineStretch({
        ...getStretch("sideways-reach"),
        id: `wide-${n}`,
        hold: { minSeconds: 1, targetSeconds: 2, maxSeconds: 9, endsOnUser: true },
        repetitions: { min: 1, max: 12 },
      }),
    );
    const routine = routineOf(catalog.map((stretch) => ({ stretchId: stretch.id, repetitions: 12, holdSeconds: 2 })));
    for (const maxSeconds of [60, 97, 150, 233, 301]) {
      const options = { maxSeconds, prepareSeconds: 1, easeSeconds: 1, releaseSeconds: 1, restSeconds: 1 };
      const expected = bruteForce(routine, catalog, options);
      expect(doses(fitRoutine(routine, { ...options, catalog }).routine), `${maxSeconds} s`).toEqual(expected);
    }
  });

  it("refuses a routine with too many variants to search at once, naming what to narrow", () => {
    const catalog = Array.from({ length: 20 }, (_, i) =>
      defineStretch({
        ...getStretch("sideways-reach"),
        id: `long-reach-${i}`,
        hold: { minSeconds: 1, targetSeconds: 600, maxSeconds: 600, endsOnUser: true },
        repetitions: { min: 1, max: 20 },
      }),
    );
    const items = catalog.map((stretch) => ({ stretchId: stretch.id, repetitions: 20, holdSeconds: 600 }));
    expect(issuesOf(() => fitRoutine(routineOf(items), { maxSeconds: 14_400, catalog }), "does_not_fit")).toEqual([
      {
        path: [],
        code: "too_big",
        message:
          "the routine offers too many variants to search at once; narrow the ranges of its repetitions and holds, or the budget",
      },
    ]);
    expect(firstLineOf(() => fitRoutine(routineOf(items), { maxSeconds: 14_400, catalog }))).toBe(
      "The routine does not fit the time budget",
    );
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

  it("keeps the routine's id, name, sides and side order, and returns a new frozen routine with only its keys", () => {
    const routine = routineOf([
      { stretchId: "sideways-reach", repetitions: 1, holdSeconds: 1, sides: "right" },
      { stretchId: "spine-rotation", repetitions: 1, holdSeconds: 1, firstSide: "right", sides: undefined },
    ]);
    const fitted = fitRoutine(routine, { maxSeconds: 10_000, upTo: "stretch" }).routine;
    expect(fitted).toEqual({
      ...routine,
      items: [
        { stretchId: "sideways-reach", repetitions: 4, holdSeconds: 20, sides: "right" },
        { stretchId: "spine-rotation", repetitions: 4, holdSeconds: 20, firstSide: "right" },
      ],
    });
    expect(Object.keys(fitted.items[1] as object)).toEqual(["stretchId", "repetitions", "holdSeconds", "firstSide"]);
    expect(Object.isFrozen(fitted) && Object.isFrozen(fitted.items[0]) && Object.isFrozen(fitted.frequency)).toBe(true);
  });

  it("copies no symbol-keyed property of the input into its output", () => {
    const marked = { ...jsonCopy(backSpasmRoutine), [Symbol("mark")]: 1 };
    const fitted = fitRoutine(marked as Routine, { maxSeconds: 900 }).routine;
    expect(Object.getOwnPropertySymbols(fitted)).toEqual([]);
    expect(fitted).toEqual({ ...backSpasmRoutine, items: fitted.items });
  });

  it("never changes its inputs", () => {
    const routine = deepFreeze(jsonCopy(backSpasmRoutine));
    const options = deepFreeze({ maxSeconds: 1000, restSeconds: 3 });
    fitRoutine(routine, options);
    expect(routine).toEqual(jsonCopy(backSpasmRoutine));
    expect(options).toEqual({ maxSeconds: 1000, restSeconds: 3 });
  });

  it("caps the budget at the 4-hour limit of a session", () => {
    // Two slow sided stretches: 2 × 2 sides × 20 × 600 s of hold, 13 hours and more.
    const catalog = [0, 1].map((i) =>
      defineStretch({
        ...getStretch("sideways-reach"),
        id: `slow-reach-${i}`,
        hold: { minSeconds: 60, targetSeconds: 600, maxSeconds: 600, endsOnUser: true },
        repetitions: { min: 3, max: 20 },
      }),
    );
    const items = catalog.map((stretch) => ({ stretchId: stretch.id, repetitions: 20, holdSeconds: 600 }));
    const fitted = fitRoutine(routineOf(items), { maxSeconds: 10 ** 9, catalog });
    expect(fitted.session.totalMs).toBeLessThanOrEqual(14_400_000);
    expect(fitted.session.totalMs).toBeGreaterThan(14_000_000);
    expect(fitted.routine.items.at(-1)?.holdSeconds).toBeLessThan(600);
  });

  it("works with a custom catalog, where each stretch has its own ranges", () => {
    const fixed = defineStretch({
      ...getStretch("forward-roll"),
      id: "fixed-roll",
      hold: { minSeconds: 30, targetSeconds: 30, maxSeconds: 30, endsOnUser: true },
      repetitions: { min: 2, max: 2 },
    });
    const catalog = [fixed, getStretch("forward-roll")];
    const routine = routineOf([
      { stretchId: "fixed-roll", repetitions: 2, holdSeconds: 30 },
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 30 },
    ]);
    const fitted = fitRoutine(routine, { maxSeconds: 200, catalog });
    expect(doses(fitted.routine)).toEqual(bruteForce(routine, catalog, { maxSeconds: 200 }));
    expect(doses(fitted.routine)[0]).toBe("2x30");
    expect(fitted.session.totalMs).toBeLessThanOrEqual(200_000);
  });

  it("fitRoutine refuses the same stretch twice, and a routine that is its own companion, as validateRoutine does", () => {
    const routine = routineOf([
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
    ]);
    const issues = issuesOf(() => fitRoutine(routine, { maxSeconds: 900 }), "invalid_routine");
    expect(summary(issues)).toEqual(["items.1.stretchId: duplicate_item"]);
    const validated = validateRoutine(routine);
    expect(validated.ok ? [] : validated.issues).toEqual(issues);
    const own = { ...backSpasmRoutine, companions: [backSpasmRoutine.id] };
    expect(summary(issuesOf(() => fitRoutine(own, { maxSeconds: 900 }), "invalid_routine"))).toEqual([
      "companions.0: conflict",
    ]);
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
    expect(firstLineOf(() => fitRoutine(backSpasmRoutine, {} as never))).toBe("Invalid fit options");
    const unreadable = Object.defineProperty({}, "maxSeconds", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    expect(firstLineOf(() => fitRoutine(backSpasmRoutine, unreadable as never))).toBe("Invalid fit options");
    expect(
      summary(
        issuesOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: -1, holdSeconds: 20 } as never), "invalid_options"),
      ),
    ).toEqual(["maxSeconds: too_small", "holdSeconds: unrecognized_key"]);
    expect(
      summary(issuesOf(() => fitRoutine(backSpasmRoutine, { maxSeconds: 9, upTo: "max" } as never), "invalid_options")),
    ).toEqual(["upTo: invalid_value"]);
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
