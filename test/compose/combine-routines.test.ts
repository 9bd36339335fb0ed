import { describe, expect, it } from "vitest";
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
  const combined = combineRoutines([backSpasmRoutine, neck], { id: "back-and-neck", name: "Back and neck", catalog });

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

describe("combineRoutines: errors", () => {
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
    expect(pathsAndCodes(thrown(() => combineRoutines([a, b], { id: "ab", name: "AB", catalog: big })))).toEqual([
      ["", "too_big"],
      ["", "too_big"],
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
