import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { createCatalog, indexCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { StretchKitError } from "../../src/errors.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { MAX_CATALOG_STRETCHES } from "../../src/schema/bounds.js";
import type { Stretch } from "../../src/schema/stretch.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { countingArray } from "../helpers/untouched.js";

// Illustrative placeholders: variants of the seed's stretches, as an app would supply its own.
const gentleRoll = defineStretch({
  ...getStretch("forward-roll"),
  id: "gentle-forward-roll",
  name: "Gentle forward roll",
  hold: { minSeconds: 10, targetSeconds: 15, maxSeconds: 30, endsOnUser: true },
});
const deskReach = defineStretch({ ...getStretch("sideways-reach"), id: "desk-reach", name: "Desk reach" });

function thrown(run: () => unknown): StretchKitError {
  try {
    run();
  } catch (error) {
    if (error instanceof StretchKitError) return error;
    throw error;
  }
  throw new Error("expected a StretchKitError");
}

describe("createCatalog", () => {
  it("holds the built-ins in seed order, then the app's own stretches in order", () => {
    const catalog = createCatalog([gentleRoll, deskReach]);
    expect(catalog.map((stretch) => stretch.id)).toEqual([
      "forward-roll",
      "sideways-reach",
      "spine-rotation",
      "gluteal-stretch",
      "quadriceps-stretch",
      "gentle-forward-roll",
      "desk-reach",
    ]);
    expect(catalog[0]).toBe(stretches[0]);
  });

  it("can leave the built-ins out", () => {
    expect(createCatalog([gentleRoll], { builtIns: false }).map((stretch) => stretch.id)).toEqual([
      "gentle-forward-roll",
    ]);
    expect(createCatalog([], { builtIns: true })).toHaveLength(5);
    expect(createCatalog([], { builtIns: undefined })).toHaveLength(5);
  });

  it("is a frozen array of frozen plain data that survives JSON and structuredClone", () => {
    const catalog = createCatalog([gentleRoll]);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog[5]?.hold)).toBe(true);
    expect(Array.isArray(catalog)).toBe(true);
    expect(structuredClone(catalog)).toEqual(jsonCopy(catalog));
  });

  it("refuses an id used twice, or the id of a built-in stretch, naming where", () => {
    const error = thrown(() => createCatalog([gentleRoll, gentleRoll, getStretch("forward-roll")]));
    expect(error.code).toBe("invalid_catalog");
    expect(error.issues).toEqual([
      {
        path: [1, "id"],
        code: "duplicate_id",
        message: 'the id "gentle-forward-roll" is already used by another stretch of the catalog',
      },
      { path: [2, "id"], code: "duplicate_id", message: 'the id "forward-roll" is already used by a built-in stretch' },
    ]);
  });

  it("accepts a built-in stretch again when the built-ins are left out", () => {
    expect(createCatalog([getStretch("forward-roll")], { builtIns: false })).toHaveLength(1);
  });

  it("checks plain (unfrozen) stretches and freezes a copy, never the input", () => {
    const plain = jsonCopy(gentleRoll) as Stretch;
    const catalog = createCatalog([plain], { builtIns: false });
    expect(catalog[0]).not.toBe(plain);
    expect(catalog[0]).toEqual(plain);
    expect(Object.isFrozen(plain)).toBe(false);
  });

  it("copies a stretch that is frozen on the outside only, since its insides could still change", () => {
    const shallow = Object.freeze(jsonCopy(gentleRoll)) as Stretch;
    const catalog = createCatalog([shallow], { builtIns: false });
    expect(catalog[0]).not.toBe(shallow);
    expect(Object.isFrozen(catalog[0]?.hold)).toBe(true);
    expect(Object.isFrozen(shallow.hold)).toBe(false);
  });

  it("lists every issue of every invalid stretch, with its index", () => {
    const bad = { ...jsonCopy(gentleRoll), position: "upside-down" } as unknown as Stretch;
    const error = thrown(() => createCatalog([deskReach, bad, { id: "x" } as unknown as Stretch]));
    expect(error.issues[0]).toMatchObject({ path: [1, "position"], code: "invalid_value" });
    expect(error.issues.some((issue) => issue.path[0] === 2 && issue.path[1] === "name")).toBe(true);
  });

  it("refuses a non-array, an empty catalog and more than 1,000 stretches at once", () => {
    expect(thrown(() => createCatalog(null as unknown as Stretch[])).issues[0]?.code).toBe("invalid_type");
    expect(thrown(() => createCatalog([], { builtIns: false })).issues[0]?.code).toBe("empty");
    const huge = countingArray<Stretch>(10_000_000);
    const error = thrown(() => createCatalog(huge.array));
    expect(huge.reads()).toBe(0);
    expect(error.issues).toEqual([
      {
        path: [],
        code: "too_big",
        message: `a catalog holds at most ${MAX_CATALOG_STRETCHES} stretches; this one would hold 10000005 with the 5 built-in ones`,
      },
    ]);
  });

  it("says what is wrong in the error's message, issue by issue", () => {
    const notArray = thrown(() => createCatalog(null as unknown as Stretch[]));
    expect([notArray.code, notArray.message]).toEqual([
      "invalid_catalog",
      "Invalid catalog\n  - (input): expected an array of stretches",
    ]);
    const empty = thrown(() => createCatalog([], { builtIns: false }));
    expect([empty.code, empty.message]).toEqual([
      "invalid_catalog",
      "Invalid catalog\n  - (input): must hold at least one stretch",
    ]);
    const twice = thrown(() => createCatalog([gentleRoll, gentleRoll]));
    expect([twice.code, twice.message]).toEqual([
      "invalid_catalog",
      'Invalid catalog\n  - [1].id: the id "gentle-forward-roll" is already used by another stretch of the catalog',
    ]);
    expect(thrown(() => createCatalog([], { builtIns: "no" } as never)).message).toBe(
      "Invalid catalog options\n  - builtIns: expected a value of type boolean",
    );
  });

  it("holds up to 1,000 stretches, built-ins included, and counts only the custom ones without them", () => {
    const many = Array.from({ length: MAX_CATALOG_STRETCHES - stretches.length }, (_, i) =>
      defineStretch({ ...getStretch("forward-roll"), id: `roll-${i}` }),
    );
    expect(createCatalog(many)).toHaveLength(MAX_CATALOG_STRETCHES);
    const tooMany = thrown(() => createCatalog([...many, ...many.slice(0, 6)], { builtIns: false }));
    expect([tooMany.code, tooMany.message]).toEqual([
      "invalid_catalog",
      `Invalid catalog\n  - (input): a catalog holds at most ${MAX_CATALOG_STRETCHES} stretches; this one would hold 1001`,
    ]);
  });

  it("refuses bad options", () => {
    const error = thrown(() => createCatalog([], { builtIns: "no" } as never));
    expect(error.code).toBe("invalid_options");
    expect(error.issues[0]?.path).toEqual(["builtIns"]);
    expect(thrown(() => createCatalog([], { other: 1 } as never)).issues[0]?.code).toBe("unrecognized_key");
  });
});

describe("indexCatalog (the look-up every composer function uses)", () => {
  it("indexes the built-ins by default", () => {
    const index = indexCatalog(undefined);
    expect(index.ok && [...index.value.keys()]).toEqual(stretches.map((stretch) => stretch.id));
    expect(indexCatalog(stretches)).toEqual(index);
  });

  it("a frozen stretch whose setup changes between reads is read once: the session uses what was read", () => {
    let reads = 0;
    const shifty = Object.freeze({
      ...jsonCopy(gentleRoll),
      get setup() {
        reads += 1;
        return reads <= 1 ? ["Sit up straight."] : 42;
      },
    });
    const catalog = createCatalog([shifty as unknown as Stretch]);
    expect(reads).toBe(1);
    expect(catalog[5]?.setup).toEqual(["Sit up straight."]);
    expect(Object.getOwnPropertyDescriptor(catalog[5], "setup")?.get).toBeUndefined();
    const routine = {
      ...backSpasmRoutine,
      items: [{ stretchId: "gentle-forward-roll", repetitions: 3, holdSeconds: 15 }],
    };
    expect(scheduleSession(routine, { catalog }).steps[0]?.text).toBe("Gentle forward roll. Sit up straight.");
  });

  it("checks a plain array of stretches, with issues under catalog", () => {
    const plain = [jsonCopy(gentleRoll), jsonCopy(gentleRoll), { id: 5 }];
    const index = indexCatalog(plain);
    expect(index.ok).toBe(false);
    if (!index.ok) {
      expect(index.issues[0]?.path.slice(0, 2)).toEqual(["catalog", 1]);
      expect(index.issues[0]?.code).toBe("duplicate_id");
      expect(index.issues.slice(1).every((issue) => issue.path[1] === 2)).toBe(true);
    }
    const ok = indexCatalog([jsonCopy(gentleRoll)]);
    expect(ok.ok && ok.value.has("gentle-forward-roll")).toBe(true);
  });

  it("indexes plain copies of a frozen array of frozen stretches", () => {
    const frozen = deepFreeze([jsonCopy(gentleRoll), jsonCopy(deskReach)]);
    const index = indexCatalog(frozen);
    expect(index.ok && index.value.get("desk-reach")).toEqual(deskReach);
    expect(index.ok && index.value.get("desk-reach") !== frozen[1]).toBe(true);
  });

  it("refuses a non-array, an empty array and a huge array", () => {
    expect(indexCatalog("stretches")).toMatchObject({
      ok: false,
      issues: [{ path: ["catalog"], code: "invalid_type" }],
    });
    expect(indexCatalog({})).toMatchObject({ ok: false, issues: [{ code: "invalid_type" }] });
    expect(indexCatalog([])).toMatchObject({ ok: false, issues: [{ path: ["catalog"], code: "empty" }] });
    expect(indexCatalog(new Array(1001))).toMatchObject({ ok: false, issues: [{ code: "too_big" }] });
  });
});
