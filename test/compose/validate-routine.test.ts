import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import type { Routine } from "../../src/schema/routine.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { countingArray } from "../helpers/untouched.js";
import { pathsAndCodes } from "./helpers.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** A JSON copy of the built-in routine, as a form or a server would send it, to edit. */
function draft(): Mutable<Routine> {
  return jsonCopy(backSpasmRoutine) as Mutable<Routine>;
}

function issuesOf(input: unknown, options?: Parameters<typeof validateRoutine>[1]) {
  const result = validateRoutine(input, options);
  if (result.ok) throw new Error("expected issues");
  return result;
}

describe("validateRoutine: a valid routine", () => {
  it("accepts the built-in routine with no warning", () => {
    const result = validateRoutine(backSpasmRoutine);
    expect(result).toEqual({ ok: true, routine: backSpasmRoutine, warnings: [] });
  });

  it("returns a fresh, deeply frozen copy and never mutates the input", () => {
    const input = deepFreeze(draft());
    const result = validateRoutine(input);
    expect(result.ok && result.routine).not.toBe(input);
    expect(result.ok && Object.isFrozen(result.routine.items[1])).toBe(true);
    expect(Object.isFrozen(result)).toBe(true);
    const unfrozen = draft();
    validateRoutine(unfrozen);
    expect(Object.isFrozen(unfrozen)).toBe(false);
  });

  it("accepts a routine JSON.parse gave, and its result survives JSON and structuredClone", () => {
    const result = validateRoutine(JSON.parse(JSON.stringify(backSpasmRoutine)));
    expect(result.ok).toBe(true);
    expect(structuredClone(result)).toEqual(jsonCopy(result));
  });

  it("returns the routine's keys in the documented order, whatever order the input had: its JSON is the built-in's", () => {
    const reversed = (value: object): object => Object.fromEntries(Object.entries(value).reverse());
    const input = reversed({
      ...backSpasmRoutine,
      items: backSpasmRoutine.items.map(reversed),
      frequency: reversed({
        sessionsPerWeek: reversed(backSpasmRoutine.frequency.sessionsPerWeek),
        sessionsPerDay: reversed(backSpasmRoutine.frequency.sessionsPerDay),
      }),
    });
    expect(Object.keys(input)[0]).toBe("companions");
    const result = validateRoutine(input);
    expect(result.ok && JSON.stringify(result.routine)).toBe(JSON.stringify(backSpasmRoutine));
  });

  it("lets sides be left out on a sided stretch (both sides, left first, by default)", () => {
    const routine = draft();
    const item = routine.items[1];
    if (item) {
      delete item.sides;
      delete item.firstSide;
    }
    expect(validateRoutine(routine)).toMatchObject({ ok: true, warnings: [] });
  });

  it("accepts one side only on a sided stretch", () => {
    const routine = draft();
    routine.items[4] = { stretchId: "quadriceps-stretch", repetitions: 3, holdSeconds: 20, sides: "right" };
    expect(validateRoutine(routine).ok).toBe(true);
  });
});

describe("validateRoutine: warnings a therapist may overrule", () => {
  it("flags 2 or 5 repetitions (outside the seed's 3 to 4, inside 1 to 20) as a warning, not an error", () => {
    const routine = draft();
    (routine.items[0] as { repetitions: number }).repetitions = 5;
    (routine.items[2] as { repetitions: number }).repetitions = 2;
    const result = validateRoutine(routine);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: ["items", 0, "repetitions"],
        code: "repetitions_outside_range",
        message: '5 repetitions is outside the 3 to 4 of the stretch "forward-roll"',
      },
      {
        path: ["items", 2, "repetitions"],
        code: "repetitions_outside_range",
        message: '2 repetitions is outside the 3 to 4 of the stretch "spine-rotation"',
      },
    ]);
  });

  it("refuses 21 repetitions and 0: the global bounds are 1 to 20", () => {
    const routine = draft();
    (routine.items[0] as { repetitions: number }).repetitions = 21;
    (routine.items[1] as { repetitions: number }).repetitions = 0;
    expect(pathsAndCodes(issuesOf(routine))).toEqual([
      ["items.0.repetitions", "too_big"],
      ["items.1.repetitions", "too_small"],
    ]);
  });

  it("flags a hold outside the stretch's 10 to 60 s as a warning", () => {
    const routine = draft();
    (routine.items[3] as { holdSeconds: number }).holdSeconds = 90;
    const result = validateRoutine(routine);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => [warning.path.join("."), warning.code])).toEqual([
      ["items.3.holdSeconds", "hold_outside_range"],
    ]);
  });

  it("flags a firstSide on an item done on one side only", () => {
    const routine = draft();
    routine.items[1] = {
      stretchId: "sideways-reach",
      repetitions: 3,
      holdSeconds: 20,
      sides: "left",
      firstSide: "right",
    };
    const result = validateRoutine(routine);
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toMatchObject({ path: ["items", 1, "firstSide"], code: "first_side_ignored" });
  });
});

describe("validateRoutine: warnings, word for word and at their bounds", () => {
  it("says 1 repetition, in the singular, and leaves each stretch's own bounds unflagged", () => {
    const routine = draft();
    routine.items[0] = { stretchId: "forward-roll", repetitions: 1, holdSeconds: 10 };
    routine.items[1] = { stretchId: "sideways-reach", repetitions: 4, holdSeconds: 60 };
    expect(validateRoutine(routine).warnings).toEqual([
      {
        path: ["items", 0, "repetitions"],
        code: "repetitions_outside_range",
        message: '1 repetition is outside the 3 to 4 of the stretch "forward-roll"',
      },
    ]);
  });

  it("names the hold, the stretch's hold range and the stretch, just below or above that range", () => {
    const routine = draft();
    (routine.items[0] as { holdSeconds: number }).holdSeconds = 9;
    (routine.items[3] as { holdSeconds: number }).holdSeconds = 61;
    expect(validateRoutine(routine).warnings).toEqual([
      {
        path: ["items", 0, "holdSeconds"],
        code: "hold_outside_range",
        message: 'a hold of 9 s is outside the 10 to 60 s of the stretch "forward-roll"',
      },
      {
        path: ["items", 3, "holdSeconds"],
        code: "hold_outside_range",
        message: 'a hold of 61 s is outside the 10 to 60 s of the stretch "gluteal-stretch"',
      },
    ]);
  });

  it("flags firstSide only with one side of a sided stretch, and says which side", () => {
    const routine = draft();
    routine.items[1] = {
      stretchId: "sideways-reach",
      repetitions: 3,
      holdSeconds: 20,
      sides: "left",
      firstSide: "left",
    };
    routine.items[2] = { stretchId: "spine-rotation", repetitions: 3, holdSeconds: 20, firstSide: "right" };
    routine.items[3] = {
      stretchId: "gluteal-stretch",
      repetitions: 3,
      holdSeconds: 20,
      sides: "both",
      firstSide: "right",
    };
    routine.items[4] = { stretchId: "quadriceps-stretch", repetitions: 3, holdSeconds: 20, sides: "right" };
    const result = validateRoutine(routine);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: ["items", 1, "firstSide"],
        code: "first_side_ignored",
        message: "firstSide has no effect when the stretch is done on the left side only",
      },
    ]);
  });

  it("gives no firstSide warning on the forward roll, which has no sides: that is an error", () => {
    const routine = draft();
    routine.items[0] = { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20, sides: "left", firstSide: "left" };
    expect(issuesOf(routine).warnings).toEqual([]);
  });
});

describe("validateRoutine: issues, all at once, with paths a form can show", () => {
  it("reports the schema's issues and the catalog's together, in the order of the document", () => {
    const result = issuesOf({
      ...backSpasmRoutine,
      name: "",
      items: [
        { stretchId: "forward-roll", repetitions: 5, holdSeconds: 20 },
        { stretchId: "neck-tilt", repetitions: 3, holdSeconds: 20 },
        { stretchId: "spine-rotation", repetitions: 30, holdSeconds: 20 },
      ],
    });
    expect(pathsAndCodes(result)).toEqual([
      ["name", "too_small"],
      ["items.1.stretchId", "unknown_stretch"],
      ["items.2.repetitions", "too_big"],
    ]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["repetitions_outside_range"]);
    for (const issue of result.issues) expect(issue.message).not.toBe("Invalid input");
    // The catalog's issues are found after the schema's, and still shown in the document's order.
    const later = issuesOf({
      ...backSpasmRoutine,
      items: [{ stretchId: "neck-tilt", repetitions: 3, holdSeconds: 20 }],
      frequency: { ...backSpasmRoutine.frequency, sessionsPerWeek: { min: 0, max: 4 } },
    });
    expect(pathsAndCodes(later)).toEqual([
      ["items.0.stretchId", "unknown_stretch"],
      ["frequency.sessionsPerWeek.min", "too_small"],
    ]);
  });

  it("refuses a stretch given twice", () => {
    const routine = draft();
    routine.items.push({ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 });
    expect(issuesOf(routine).issues).toEqual([
      {
        path: ["items", 5, "stretchId"],
        code: "duplicate_item",
        message: 'the stretch "forward-roll" is already item 0; a stretch appears once in a routine',
      },
    ]);
  });

  it("refuses sides and firstSide on the forward roll, which has no sides", () => {
    const routine = draft();
    routine.items[0] = { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20, sides: "both", firstSide: "left" };
    expect(pathsAndCodes(issuesOf(routine))).toEqual([
      ["items.0.sides", "conflict"],
      ["items.0.firstSide", "conflict"],
    ]);
  });

  it("refuses a companion named twice, or the routine itself as its companion", () => {
    const routine = draft();
    routine.companions = ["neck-spasm-exercises", "neck-spasm-exercises", "back-spasm-stretches"];
    expect(pathsAndCodes(issuesOf(routine))).toEqual([
      ["companions.1", "duplicate_item"],
      ["companions.2", "conflict"],
    ]);
  });

  it("names the first item of a stretch given three times, each time", () => {
    const routine = draft();
    routine.items.push({ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 });
    routine.items.push({ stretchId: "forward-roll", repetitions: 4, holdSeconds: 20 });
    expect(issuesOf(routine).issues.map((issue) => issue.message)).toEqual([
      'the stretch "forward-roll" is already item 0; a stretch appears once in a routine',
      'the stretch "forward-roll" is already item 0; a stretch appears once in a routine',
    ]);
  });

  it("says why a companion is refused, also when other fields are wrong too", () => {
    const routine = draft();
    routine.name = "";
    routine.companions = ["neck-spasm-exercises", "neck-spasm-exercises", "back-spasm-stretches"];
    expect(issuesOf(routine).issues).toEqual([
      { path: ["name"], code: "too_small", message: "must be at least 1 character long" },
      {
        path: ["companions", 1],
        code: "duplicate_item",
        message: 'the companion "neck-spasm-exercises" is named twice',
      },
      { path: ["companions", 2], code: "conflict", message: "a routine is not its own companion" },
    ]);
  });

  it("reports a companion that is not a text once, not as named twice", () => {
    const routine = draft() as unknown as { companions: unknown[] };
    routine.companions = [5, 5];
    expect(pathsAndCodes(issuesOf(routine))).toEqual([
      ["companions.0", "invalid_type"],
      ["companions.1", "invalid_type"],
    ]);
  });

  it("still checks the items and companions of a routine at their maximum length when another field is wrong", () => {
    const routine = draft();
    routine.name = "";
    routine.items = Array.from({ length: 100 }, () => ({ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 }));
    routine.companions = [...Array.from({ length: 19 }, (_, i) => `companion-${i}`), "back-spasm-stretches"];
    const issues = issuesOf(routine).issues;
    expect(issues.filter((issue) => issue.code === "duplicate_item")).toHaveLength(99);
    expect(issues.at(-1)).toEqual({
      path: ["companions", 19],
      code: "conflict",
      message: "a routine is not its own companion",
    });
  });

  it("names the companion routine, not a stretch: stretchkit ships no neck exercises", () => {
    const routine = draft();
    routine.items.push({ stretchId: "neck-spasm-exercises", repetitions: 3, holdSeconds: 20 });
    expect(pathsAndCodes(issuesOf(routine))).toEqual([["items.5.stretchId", "unknown_stretch"]]);
  });

  it("refuses unknown keys, __proto__ and constructor included, without applying them", () => {
    const input = JSON.parse(
      '{"id":"a","name":"A","benefits":[],"items":[{"stretchId":"forward-roll","repetitions":3,"holdSeconds":20,"__proto__":{"x":1}}],"frequency":{"sessionsPerWeek":{"min":3,"max":4},"sessionsPerDay":{"min":1,"max":1}},"companions":[],"constructor":1}',
    );
    expect(pathsAndCodes(issuesOf(input))).toEqual([
      ["items.0.__proto__", "unrecognized_key"],
      ["constructor", "unrecognized_key"],
    ]);
    expect(({} as { x?: unknown }).x).toBeUndefined();
  });

  it("refuses NaN, Infinity, fractions and min above max", () => {
    const routine = draft() as unknown as {
      items: { repetitions: number; holdSeconds: number }[];
      frequency: { sessionsPerWeek: { min: number; max: number }; sessionsPerDay: { min: number } };
    };
    (routine.items[0] as { repetitions: number }).repetitions = Number.NaN;
    (routine.items[1] as { holdSeconds: number }).holdSeconds = Number.POSITIVE_INFINITY;
    (routine.items[2] as { holdSeconds: number }).holdSeconds = 20.5;
    routine.frequency.sessionsPerWeek = { min: 5, max: 3 };
    expect(pathsAndCodes(issuesOf(routine))).toEqual([
      ["items.0.repetitions", "invalid_type"],
      ["items.1.holdSeconds", "invalid_type"],
      ["items.2.holdSeconds", "not_integer"],
      ["frequency.sessionsPerWeek.min", "min_above_max"],
    ]);
  });

  it("never throws, whatever the value", () => {
    for (const value of [
      undefined,
      null,
      0,
      Number.NaN,
      "",
      "routine",
      [],
      [1],
      () => 1,
      Symbol("x"),
      10n,
      new Map(),
    ]) {
      const result = validateRoutine(value);
      expect(result.ok).toBe(false);
      expect(result.ok || result.issues.length).toBeGreaterThan(0);
    }
  });

  it("refuses a routine of 101 items, and a 10-million-item list at once", () => {
    const routine = { ...draft(), items: new Array(101).fill(backSpasmRoutine.items[0]) };
    expect(issuesOf(routine).issues).toEqual([
      { path: ["items"], code: "too_big", message: "must have at most 100 items" },
    ]);
    const list = countingArray(10_000_000);
    const input = { ...draft(), items: list.array, companions: list.array, benefits: list.array };
    const huge = issuesOf(input);
    expect(list.reads()).toBe(0);
    expect(pathsAndCodes(huge)).toEqual([
      ["benefits", "too_big"],
      ["items", "too_big"],
      ["companions", "too_big"],
    ]);
  });

  it("refuses a routine without items", () => {
    expect(pathsAndCodes(issuesOf({ ...draft(), items: [] }))).toEqual([["items", "too_small"]]);
  });
});

describe("validateRoutine with a catalog", () => {
  // An illustrative placeholder an app would supply: a variant of the seed's sideways reach.
  const deskReach = defineStretch({ ...getStretch("sideways-reach"), id: "desk-reach", name: "Desk reach" });
  const routine = { ...draft(), items: [{ stretchId: "desk-reach", repetitions: 3, holdSeconds: 20 }] };

  it("accepts the catalog's own stretches", () => {
    expect(validateRoutine(routine, { catalog: createCatalog([deskReach]) }).ok).toBe(true);
    expect(validateRoutine(routine, { catalog: [deskReach] }).ok).toBe(true);
    expect(pathsAndCodes(issuesOf(routine))).toEqual([["items.0.stretchId", "unknown_stretch"]]);
  });

  it("accepts the built-in stretches passed explicitly, or undefined", () => {
    expect(validateRoutine(backSpasmRoutine, { catalog: stretches }).ok).toBe(true);
    expect(validateRoutine(backSpasmRoutine, { catalog: undefined }).ok).toBe(true);
    expect(validateRoutine(backSpasmRoutine, {}).ok).toBe(true);
  });

  it("returns a bad catalog's issues with their messages, and no warnings", () => {
    const refused = (catalog: unknown) => validateRoutine(backSpasmRoutine, { catalog } as never);
    expect(refused("all")).toEqual({
      ok: false,
      issues: [{ path: ["catalog"], code: "invalid_type", message: "expected an array of stretches" }],
      warnings: [],
    });
    expect(refused([])).toEqual({
      ok: false,
      issues: [{ path: ["catalog"], code: "empty", message: "must hold at least one stretch" }],
      warnings: [],
    });
    expect(refused([jsonCopy(deskReach), jsonCopy(deskReach)])).toEqual({
      ok: false,
      issues: [
        {
          path: ["catalog", 1, "id"],
          code: "duplicate_id",
          message: 'the id "desk-reach" is already used by another stretch of the catalog',
        },
      ],
      warnings: [],
    });
    expect(validateRoutine(backSpasmRoutine, { catalogue: [] } as never)).toEqual({
      ok: false,
      issues: [{ path: ["catalogue"], code: "unrecognized_key", message: 'unknown key "catalogue"' }],
      warnings: [],
    });
  });

  it("takes a plain catalog of up to 1,000 stretches and refuses 1,001", () => {
    const custom = Array.from({ length: 995 }, (_, i) => ({ ...jsonCopy(deskReach), id: `reach-${i}` }));
    expect(validateRoutine(backSpasmRoutine, { catalog: [...stretches, ...custom] }).ok).toBe(true);
    expect(validateRoutine(backSpasmRoutine, { catalog: [...stretches, ...custom, deskReach] })).toEqual({
      ok: false,
      issues: [
        {
          path: ["catalog"],
          code: "too_big",
          message: "a catalog holds at most 1000 stretches; this one would hold 1001",
        },
      ],
      warnings: [],
    });
  });

  it("reads a plain stretch of a frozen catalog again each time, as it may have changed", () => {
    const reach = jsonCopy(deskReach) as Mutable<typeof deskReach>;
    const catalog = Object.freeze([reach]);
    expect(validateRoutine(routine, { catalog }).ok).toBe(true);
    reach.id = "office-reach";
    expect(pathsAndCodes(issuesOf(routine, { catalog }))).toEqual([["items.0.stretchId", "unknown_stretch"]]);
  });

  it("returns the issues of a bad catalog or bad options instead of throwing", () => {
    expect(pathsAndCodes(issuesOf(backSpasmRoutine, { catalog: [deskReach, deskReach] }))).toEqual([
      ["catalog.1.id", "duplicate_id"],
    ]);
    expect(pathsAndCodes(issuesOf(backSpasmRoutine, { catalog: "all" } as never))).toEqual([
      ["catalog", "invalid_type"],
    ]);
    expect(pathsAndCodes(issuesOf(backSpasmRoutine, { catalogue: [] } as never))).toEqual([
      ["catalogue", "unrecognized_key"],
    ]);
    expect(validateRoutine(backSpasmRoutine, null as never).ok).toBe(false);
  });
});

describe("validateRoutine gives every issue at once", () => {
  it("an item that fails the schema still has its stretch checked: fixing it reveals no new issue", () => {
    const items = [
      { stretchId: "forward-roll", repetitions: 0, holdSeconds: 20 },
      { stretchId: "sideways-reach", repetitions: 3, holdSeconds: 20 },
      { stretchId: "forward-roll", repetitions: 3, holdSeconds: 20 },
    ];
    const result = validateRoutine({ ...backSpasmRoutine, items });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["items.0.repetitions", "too_small"],
      ["items.2.stretchId", "duplicate_item"],
    ]);
  });

  it("gives the warnings of an item whose other fields fail the schema", () => {
    const result = validateRoutine({
      ...backSpasmRoutine,
      items: [{ stretchId: "forward-roll", repetitions: 6, holdSeconds: 20, sides: "up" }],
    });
    expect(result.ok).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["repetitions_outside_range"]);
  });
});
