import { beforeEach, describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { adaptRoutine } from "../../src/compose/adapt-routine.js";
import { combineRoutines } from "../../src/compose/combine-routines.js";
import { composeRoutine } from "../../src/compose/compose-routine.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import type { Routine } from "../../src/schema/routine.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { countingArray } from "../helpers/untouched.js";
import { pathsAndCodes, thrown } from "./helpers.js";

// Illustrative placeholders for a neck routine an app would supply: variants of seed stretches,
// not neck exercises (stretchkit ships none).
const neckA = defineStretch({ ...getStretch("forward-roll"), id: "placeholder-neck-a", name: "Placeholder A" });
const neckB = defineStretch({ ...getStretch("sideways-reach"), id: "placeholder-neck-b", name: "Placeholder B" });
const catalog = createCatalog([neckA, neckB]);
const neck = composeRoutine(
  {
    id: "neck-spasm-exercises",
    name: "Neck placeholder",
    items: ["placeholder-neck-a", "placeholder-neck-b"],
    benefits: ["aid-relaxation"],
    frequency: { sessionsPerWeek: { min: 2, max: 3 }, sessionsPerDay: { min: 1, max: 2 } },
    companions: ["back-spasm-stretches", "shoulder-routine"],
  },
  { catalog },
);

describe("combineRoutines", () => {
  // Made in each test, not once when the file loads: mutation testing sees what a test runs.
  let combined: Routine;
  beforeEach(() => {
    combined = combineRoutines([backSpasmRoutine, neck], { id: "back-and-neck", name: "Back and neck", catalog });
  });

  it("does the routines one after another, keeping every item's order and dose", () => {
    expect(combined.items).toEqual([...backSpasmRoutine.items, ...neck.items]);
  });

  it("intersects the frequencies: 3 to 4 and 2 to 3 a week give 3", () => {
    expect(combined.frequency).toEqual({ sessionsPerWeek: { min: 3, max: 3 }, sessionsPerDay: { min: 1, max: 2 } });
  });

  it("merges companions, leaving out the routines combined", () => {
    expect(combined.companions).toEqual(["shoulder-routine"]);
  });

  it("keeps only the benefits every routine names", () => {
    expect(combined.benefits).toEqual(["aid-relaxation"]);
  });

  it("takes the new id and name, and validateRoutine accepts the result", () => {
    expect([combined.id, combined.name]).toEqual(["back-and-neck", "Back and neck"]);
    expect(validateRoutine(combined, { catalog }).ok).toBe(true);
  });

  it("returns fresh, deeply frozen data and never mutates the routines", () => {
    const input = deepFreeze([jsonCopy(backSpasmRoutine), jsonCopy(neck)] as Routine[]);
    const before = JSON.stringify(input);
    const result = combineRoutines(input, { id: "b", name: "B", catalog });
    expect(JSON.stringify(input)).toBe(before);
    expect(result.items[0]).not.toBe(input[0]?.items[0]);
    expect(Object.isFrozen(result.items[6])).toBe(true);
  });

  it("copies a single routine under a new id", () => {
    expect(combineRoutines([backSpasmRoutine], { id: "copy", name: "Copy" })).toEqual({
      ...backSpasmRoutine,
      id: "copy",
      name: "Copy",
    });
  });
});

describe("combineRoutines: the combined routine, worked out in each test", () => {
  it("merges companions without the routines combined, and keeps the benefits all of them name", () => {
    const result = combineRoutines([backSpasmRoutine, neck], { id: "back-and-neck", name: "Back and neck", catalog });
    expect([result.companions, result.benefits]).toEqual([["shoulder-routine"], ["aid-relaxation"]]);
    const back = combineRoutines([neck, backSpasmRoutine], { id: "shoulder-routine", name: "Shoulder", catalog });
    expect(back.companions).toEqual([]);
  });

  it("takes up to 100 routines, 100 items and 20 companions", () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      defineStretch({ ...getStretch("forward-roll"), id: `placeholder-${i}`, name: `Placeholder ${i}` }),
    );
    const big = createCatalog(many, { builtIns: false });
    const routines = many.map((stretch, i) =>
      composeRoutine(
        { id: `r-${i}`, name: `R ${i}`, items: [stretch.id], companions: i < 20 ? [`companion-${i}`] : [] },
        { catalog: big },
      ),
    );
    const result = combineRoutines(routines, { id: "all", name: "All", catalog: big });
    expect([result.items.length, result.companions.length]).toEqual([100, 20]);
  });
});

describe("combineRoutines: errors", () => {
  it("names the routine with the highest minimum and the one with the lowest maximum, the first of equals", () => {
    const routine = (id: string, stretchId: string, min: number, max: number) =>
      composeRoutine({ id, name: id, items: [stretchId], frequency: { sessionsPerWeek: { min, max } } }, { catalog });
    const oftenA = routine("often-a", "forward-roll", 5, 7);
    const oftenB = routine("often-b", "sideways-reach", 5, 7);
    const rareA = routine("rare-a", "spine-rotation", 1, 2);
    const rareB = routine("rare-b", "gluteal-stretch", 1, 2);
    expect(thrown(() => combineRoutines([oftenA, oftenB, rareA], { id: "x", name: "X", catalog })).issues).toEqual([
      {
        path: [2, "frequency", "sessionsPerWeek"],
        code: "conflict",
        message: '"often-a" asks for 5 to 7 sessions a week and "rare-a" asks for 1 to 2: no number suits both',
      },
    ]);
    expect(thrown(() => combineRoutines([rareA, rareB, oftenA], { id: "x", name: "X", catalog })).issues).toEqual([
      {
        path: [2, "frequency", "sessionsPerWeek"],
        code: "conflict",
        message: '"rare-a" asks for 1 to 2 sessions a week and "often-a" asks for 5 to 7: no number suits both',
      },
    ]);
  });

  it("says 1 session, in the singular, and a single number for a range of one", () => {
    const once = composeRoutine(
      { id: "once", name: "Once", items: ["placeholder-neck-a"], frequency: { sessionsPerDay: { min: 1, max: 1 } } },
      { catalog },
    );
    const twice = composeRoutine(
      { id: "twice", name: "Twice", items: ["placeholder-neck-b"], frequency: { sessionsPerDay: { min: 2, max: 2 } } },
      { catalog },
    );
    expect(thrown(() => combineRoutines([once, twice], { id: "x", name: "X", catalog })).issues).toEqual([
      {
        path: [1, "frequency", "sessionsPerDay"],
        code: "conflict",
        message: '"once" asks for 1 session a day and "twice" asks for 2: no number suits both',
      },
    ]);
  });

  it("says what is wrong with the list in the error's message", () => {
    const options = { id: "x", name: "X" };
    expect(thrown(() => combineRoutines(null as never, options)).message).toBe(
      "Invalid routines\n  - (input): expected an array of routines",
    );
    expect(thrown(() => combineRoutines(null as never, options)).code).toBe("invalid_routine");
    expect(thrown(() => combineRoutines([], options)).message).toBe(
      "Invalid routines\n  - (input): must hold at least one routine",
    );
    expect(thrown(() => combineRoutines(countingArray(101).array as never, options)).message).toBe(
      "Invalid routines\n  - (input): must have at most 100 routines, as a routine has at most 100 items",
    );
    const error = thrown(() => combineRoutines([backSpasmRoutine], { id: "Not An Id", name: "X" }));
    expect(error.message.split("\n")[0]).toBe("Invalid options");
    const badCatalog = thrown(() => combineRoutines([backSpasmRoutine], { ...options, catalog: [] as never }));
    expect(badCatalog.message).toBe("Invalid catalog\n  - catalog: must hold at least one stretch");
  });

  it("refuses frequencies with no overlap, naming both routines", () => {
    const often = composeRoutine(
      { id: "often", name: "Often", items: ["placeholder-neck-a"], frequency: { sessionsPerWeek: { min: 5, max: 7 } } },
      { catalog },
    );
    const error = thrown(() => combineRoutines([backSpasmRoutine, often], { id: "x", name: "X", catalog }));
    expect(error.code).toBe("invalid_routine");
    expect(error.issues).toEqual([
      {
        path: [1, "frequency", "sessionsPerWeek"],
        code: "conflict",
        message:
          '"back-spasm-stretches" asks for 3 to 4 sessions a week and "often" asks for 5 to 7: no number suits both',
      },
    ]);
  });

  it("refuses sessions a day with no overlap too", () => {
    const daily = composeRoutine(
      { id: "daily", name: "Daily", items: ["placeholder-neck-a"], frequency: { sessionsPerDay: { min: 4, max: 5 } } },
      { catalog },
    );
    expect(
      pathsAndCodes(thrown(() => combineRoutines([daily, backSpasmRoutine], { id: "x", name: "X", catalog }))),
    ).toEqual([["1.frequency.sessionsPerDay", "conflict"]]);
  });

  it("refuses routines that share a stretch", () => {
    const seated = adaptRoutine(backSpasmRoutine, { position: "seated" });
    const error = thrown(() => combineRoutines([backSpasmRoutine, seated], { id: "x", name: "X" }));
    expect(error.issues[0]).toEqual({
      path: [1, "items", 0, "stretchId"],
      code: "duplicate_item",
      message:
        'the stretch "forward-roll" is already item 0 of routine 0 ("back-spasm-stretches"); a stretch appears once in a routine',
    });
    expect(error.issues).toHaveLength(4);
  });

  it("refuses an invalid routine, with its index first in the path", () => {
    const bad = { ...jsonCopy(backSpasmRoutine), name: "" };
    expect(
      pathsAndCodes(thrown(() => combineRoutines([neck, bad as Routine], { id: "x", name: "X", catalog }))),
    ).toEqual([["1.name", "too_small"]]);
    const refused = thrown(() => combineRoutines([neck, bad as Routine], { id: "x", name: "X", catalog }));
    expect([refused.code, refused.message.split("\n")[0]]).toEqual(["invalid_routine", "Invalid routines"]);
    expect(pathsAndCodes(thrown(() => combineRoutines([neck], { id: "x", name: "X" })))).toEqual([
      ["0.items.0.stretchId", "unknown_stretch"],
      ["0.items.1.stretchId", "unknown_stretch"],
    ]);
  });

  it("refuses an empty list, a non-list and more than 100 routines at once", () => {
    expect(pathsAndCodes(thrown(() => combineRoutines([], { id: "x", name: "X" })))).toEqual([["", "empty"]]);
    expect(pathsAndCodes(thrown(() => combineRoutines(null as never, { id: "x", name: "X" })))).toEqual([
      ["", "invalid_type"],
    ]);
    const huge = countingArray(10_000_000);
    expect(pathsAndCodes(thrown(() => combineRoutines(huge.array as never, { id: "x", name: "X" })))).toEqual([
      ["", "too_big"],
    ]);
    expect(huge.reads()).toBe(0);
  });

  it("refuses a result of more than 100 items or 20 companions", () => {
    const stretches = Array.from({ length: 101 }, (_, i) =>
      defineStretch({ ...getStretch("forward-roll"), id: `placeholder-${i}`, name: `Placeholder ${i}` }),
    );
    const big = createCatalog(stretches, { builtIns: false });
    const ids = (from: number, to: number) => stretches.slice(from, to).map((stretch) => stretch.id);
    const companions = (prefix: string) => Array.from({ length: 15 }, (_, i) => `${prefix}-${i}`);
    const a = composeRoutine({ id: "a", name: "A", items: ids(0, 60), companions: companions("a") }, { catalog: big });
    const b = composeRoutine(
      { id: "b", name: "B", items: ids(60, 101), companions: companions("b") },
      { catalog: big },
    );
    expect(thrown(() => combineRoutines([a, b], { id: "ab", name: "AB", catalog: big })).message).toMatch(
      /^Invalid routines\n/,
    );
    expect(thrown(() => combineRoutines([a, b], { id: "ab", name: "AB", catalog: big })).issues).toEqual([
      { path: [], code: "too_big", message: "the combined routine would have 101 items; at most 100" },
      { path: [], code: "too_big", message: "the combined routine would have 30 companions; at most 20" },
    ]);
  });

  it("refuses bad options with invalid_options, and a bad catalog with invalid_catalog", () => {
    const error = thrown(() => combineRoutines([backSpasmRoutine], { id: "Not An Id" } as never));
    expect(error.code).toBe("invalid_options");
    expect(pathsAndCodes(error)).toEqual([
      ["id", "invalid_format"],
      ["name", "invalid_type"],
    ]);
    expect(
      thrown(() => combineRoutines([backSpasmRoutine], { id: "x", name: "X", catalog: [neckA, neckA] })).code,
    ).toBe("invalid_catalog");
  });
});
