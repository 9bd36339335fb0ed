import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { composeRoutine, type RoutineSpec } from "../../src/compose/compose-routine.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { countingArray } from "../helpers/untouched.js";
import { pathsAndCodes, thrown } from "./helpers.js";

const SEED_ORDER = [
  "forward-roll",
  "sideways-reach",
  "spine-rotation",
  "gluteal-stretch",
  "quadriceps-stretch",
] as const;

describe("composeRoutine: the seed's routine from its ids", () => {
  const seed = composeRoutine({
    id: "back-spasm-stretches",
    name: "Back Spasm Stretches",
    items: [...SEED_ORDER],
    companions: ["neck-spasm-exercises"],
  });

  it("gives exactly the built-in routine: the defaults are the seed's", () => {
    expect(seed).toEqual(backSpasmRoutine);
  });

  it("holds the five stretches in seed order", () => {
    expect(seed.items.map((item) => item.stretchId)).toEqual([...SEED_ORDER]);
  });

  it("gives each stretch 3 repetitions by default, the low end of the seed's 3 to 4, and its 20 s target hold", () => {
    for (const item of seed.items) expect([item.repetitions, item.holdSeconds]).toEqual([3, 20]);
  });

  it("does the sided stretches on both sides, left first, and the forward roll once", () => {
    expect(seed.items[0]).toEqual({ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 });
    for (const item of seed.items.slice(1)) expect([item.sides, item.firstSide]).toEqual(["both", "left"]);
  });

  it("is done 3 to 4 times a week, and more than one session a day is allowed", () => {
    expect(seed.frequency.sessionsPerWeek).toEqual({ min: 3, max: 4 });
    expect(seed.frequency.sessionsPerDay.min).toBe(1);
    expect(seed.frequency.sessionsPerDay.max).toBeGreaterThan(1);
  });

  it("keeps the Neck Spasm Exercise routine as a companion reference, and ships no neck exercise", () => {
    expect(seed.companions).toEqual(["neck-spasm-exercises"]);
    expect(stretches.some((stretch) => stretch.id.includes("neck"))).toBe(false);
    expect(
      pathsAndCodes(thrown(() => composeRoutine({ id: "n", name: "N", items: ["neck-spasm-exercises" as never] }))),
    ).toEqual([["items.0", "unknown_stretch"]]);
  });

  it("claims only the benefits every one of its stretches names", () => {
    expect(seed.benefits).toEqual(["increase-flexibility", "reduce-stiffness-and-tension", "aid-relaxation"]);
  });
});

describe("composeRoutine: choices and defaults", () => {
  it("keeps what the spec chooses and fills the rest from each stretch", () => {
    const routine = composeRoutine({
      id: "hips-and-back",
      name: "Hips and back",
      items: [
        "forward-roll",
        { stretchId: "gluteal-stretch", repetitions: 4 },
        { stretchId: "spine-rotation", holdSeconds: 30, firstSide: "right" },
        { stretchId: "quadriceps-stretch", sides: "left" },
      ],
      benefits: ["aid-relaxation"],
      frequency: { sessionsPerWeek: { min: 2, max: 5 } },
    });
    expect(routine.items).toEqual([
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
      { stretchId: "gluteal-stretch", repetitions: 4, holdSeconds: 20, sides: "both", firstSide: "left" },
      { stretchId: "spine-rotation", repetitions: 3, holdSeconds: 30, sides: "both", firstSide: "right" },
      { stretchId: "quadriceps-stretch", repetitions: 3, holdSeconds: 20, sides: "left" },
    ]);
    expect(routine.benefits).toEqual(["aid-relaxation"]);
    expect(routine.frequency).toEqual({ sessionsPerWeek: { min: 2, max: 5 }, sessionsPerDay: { min: 1, max: 3 } });
    expect(routine.companions).toEqual([]);
  });

  it("returns a fresh, deeply frozen routine that validateRoutine accepts, and never mutates the spec", () => {
    const spec = deepFreeze({
      id: "office",
      name: "Office",
      items: ["forward-roll", { stretchId: "sideways-reach", repetitions: 5 }],
      companions: ["neck-spasm-exercises"],
    } satisfies RoutineSpec);
    const before = JSON.stringify(spec);
    const routine = composeRoutine(spec);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.isFrozen(routine.items[1])).toBe(true);
    expect(Object.isFrozen(routine.frequency.sessionsPerDay)).toBe(true);
    expect(routine.companions).not.toBe(spec.companions);
    expect(validateRoutine(routine)).toMatchObject({ ok: true, warnings: [{ code: "repetitions_outside_range" }] });
  });

  it("accepts undefined for every optional field", () => {
    const routine = composeRoutine({
      id: "a",
      name: "A",
      items: [{ stretchId: "forward-roll", repetitions: undefined, holdSeconds: undefined, sides: undefined }],
      benefits: undefined,
      frequency: { sessionsPerWeek: undefined, sessionsPerDay: undefined },
      companions: undefined,
    });
    expect(routine.items[0]).toEqual({ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 });
  });
});

describe("composeRoutine: every issue at once", () => {
  it("reports the spec's issues and the catalog's, with paths in the spec, in the order of the spec", () => {
    const error = thrown(() =>
      composeRoutine({
        id: "Bad Id",
        name: "",
        items: [
          "forward-rol" as never,
          { stretchId: "forward-roll", sides: "left" },
          5 as never,
          { stretchId: "spine-rotation", repetitions: 30 },
          "spine-rotation",
          "NOT AN ID" as never,
        ],
        companions: ["x", "x"],
      }),
    );
    expect(error.code).toBe("invalid_routine");
    expect(pathsAndCodes(error)).toEqual([
      ["id", "invalid_format"],
      ["name", "too_small"],
      ["items.0", "unknown_stretch"],
      ["items.1.sides", "conflict"],
      ["items.2", "invalid_type"],
      ["items.3.repetitions", "too_big"],
      // Item 3 fails the schema, but its stretch id is readable: item 4 repeats it, and says so now.
      ["items.4", "duplicate_item"],
      ["items.5", "invalid_format"],
      ["companions.1", "duplicate_item"],
    ]);
    for (const issue of error.issues) expect(issue.message).not.toBe("Invalid input");
  });

  it("refuses a stretch given twice", () => {
    const error = thrown(() =>
      composeRoutine({ id: "a", name: "A", items: ["forward-roll", { stretchId: "forward-roll" }] }),
    );
    expect(pathsAndCodes(error)).toEqual([["items.1.stretchId", "duplicate_item"]]);
  });

  it("refuses a routine that would be its own companion", () => {
    const error = thrown(() => composeRoutine({ id: "a", name: "A", items: ["forward-roll"], companions: ["a"] }));
    expect(pathsAndCodes(error)).toEqual([["companions.0", "conflict"]]);
  });

  it("refuses unknown keys and a bad item shape", () => {
    const error = thrown(() =>
      composeRoutine({
        id: "a",
        name: "A",
        items: [{ stretchId: "forward-roll", reps: 3 } as never],
        extra: 1,
      } as never),
    );
    expect(pathsAndCodes(error)).toEqual([
      ["items.0.reps", "unrecognized_key"],
      ["extra", "unrecognized_key"],
    ]);
  });

  it("refuses no items, 101 items, and a 10-million-item list at once", () => {
    expect(pathsAndCodes(thrown(() => composeRoutine({ id: "a", name: "A", items: [] })))).toEqual([
      ["items", "too_small"],
    ]);
    const many = new Array(101).fill("forward-roll");
    expect(pathsAndCodes(thrown(() => composeRoutine({ id: "a", name: "A", items: many })))).toEqual([
      ["items", "too_big"],
    ]);
    const huge = countingArray<"forward-roll">(10_000_000);
    expect(pathsAndCodes(thrown(() => composeRoutine({ id: "a", name: "A", items: huge.array })))).toEqual([
      ["items", "too_big"],
    ]);
    expect(huge.reads()).toBe(0);
  });

  it("says which entries are neither a stretch id nor an item, in the error's message", () => {
    const error = thrown(() =>
      composeRoutine({ id: "a", name: "A", items: ["forward-roll", null, ["sideways-reach"], 5] } as never),
    );
    expect([error.code, error.message]).toEqual([
      "invalid_routine",
      [
        "Invalid routine",
        "  - items[1]: expected a stretch id or an item object",
        "  - items[2]: expected a stretch id or an item object",
        "  - items[3]: expected a stretch id or an item object",
      ].join("\n"),
    ]);
  });

  it("refuses sides and firstSide on the forward roll, which has no sides, each by name", () => {
    const error = thrown(() =>
      composeRoutine({ id: "a", name: "A", items: [{ stretchId: "forward-roll", sides: "left", firstSide: "left" }] }),
    );
    expect(error.issues).toEqual([
      {
        path: ["items", 0, "sides"],
        code: "conflict",
        message: 'the stretch "forward-roll" has no sides; leave sides out',
      },
      {
        path: ["items", 0, "firstSide"],
        code: "conflict",
        message: 'the stretch "forward-roll" has no sides; leave firstSide out',
      },
    ]);
  });

  it("gives each item only the keys it needs: no sides on the forward roll, no firstSide on one side", () => {
    const routine = composeRoutine({
      id: "a",
      name: "A",
      items: [
        "forward-roll",
        { stretchId: "sideways-reach", sides: "right" },
        { stretchId: "spine-rotation", firstSide: "right" },
      ],
    });
    expect(routine.items.map((item) => Object.keys(item))).toEqual([
      ["stretchId", "repetitions", "holdSeconds"],
      ["stretchId", "repetitions", "holdSeconds", "sides"],
      ["stretchId", "repetitions", "holdSeconds", "sides", "firstSide"],
    ]);
    expect(routine.items[2]).toEqual({
      stretchId: "spine-rotation",
      repetitions: 3,
      holdSeconds: 20,
      sides: "both",
      firstSide: "right",
    });
  });

  it("refuses a routine that would be its own companion also when another field is wrong", () => {
    const error = thrown(() => composeRoutine({ id: "a", name: "", items: ["forward-roll"], companions: ["a"] }));
    expect(error.issues).toEqual([
      { path: ["name"], code: "too_small", message: "must be at least 1 character long" },
      { path: ["companions", 0], code: "conflict", message: "a routine is not its own companion" },
    ]);
  });

  it("throws a StretchKitError, never a TypeError, for any spec", () => {
    for (const spec of [undefined, null, 1, "x", [], { items: null }, { items: [null] }]) {
      expect(thrown(() => composeRoutine(spec as never)).code).toBe("invalid_routine");
    }
  });
});

describe("composeRoutine with a catalog", () => {
  // An illustrative placeholder an app would supply: a shorter hold of the seed's forward roll.
  const gentleRoll = defineStretch({
    ...getStretch("forward-roll"),
    id: "gentle-forward-roll",
    name: "Gentle forward roll",
    benefits: ["aid-relaxation"],
    hold: { minSeconds: 10, targetSeconds: 15, maxSeconds: 30, endsOnUser: true },
    repetitions: { min: 2, max: 3 },
  });
  const catalog = createCatalog([gentleRoll]);

  it("fills defaults from a custom stretch", () => {
    const routine = composeRoutine(
      { id: "g", name: "G", items: ["gentle-forward-roll", "spine-rotation"] },
      { catalog },
    );
    expect(routine.items[0]).toEqual({ stretchId: "gentle-forward-roll", repetitions: 2, holdSeconds: 15 });
    expect(routine.benefits).toEqual(["aid-relaxation"]);
    expect(validateRoutine(routine, { catalog }).ok).toBe(true);
  });

  it("accepts a plain array of stretches as the catalog", () => {
    const routine = composeRoutine(
      { id: "g", name: "G", items: ["gentle-forward-roll"] },
      { catalog: [jsonCopy(gentleRoll)] },
    );
    expect(routine.items).toHaveLength(1);
  });

  it("throws invalid_catalog or invalid_options for bad options", () => {
    const spec = { id: "g", name: "G", items: ["forward-roll"] } as const;
    expect(thrown(() => composeRoutine(spec, { catalog: [gentleRoll, gentleRoll] })).code).toBe("invalid_catalog");
    expect(thrown(() => composeRoutine(spec, { catalog: [] })).issues[0]).toMatchObject({
      path: ["catalog"],
      code: "empty",
    });
    expect(thrown(() => composeRoutine(spec, { other: 1 } as never)).code).toBe("invalid_options");
    expect(thrown(() => composeRoutine(spec, { other: 1 } as never)).message).toBe(
      'Invalid options\n  - other: unknown key "other"',
    );
  });
});
