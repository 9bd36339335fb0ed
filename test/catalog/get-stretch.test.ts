import { describe, expect, it } from "vitest";
import { createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { findStretch, getStretch, isBuiltInStretchId } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { StretchKitError } from "../../src/errors.js";
import type { BuiltInStretchId } from "../../src/schema/stretch.js";

describe("getStretch", () => {
  it("returns each built-in stretch by its id, the same frozen object as in `stretches`", () => {
    for (const stretch of stretches) expect(getStretch(stretch.id)).toBe(stretch);
  });

  it("throws a StretchKitError naming the known ids for an unknown id", () => {
    let caught: unknown;
    try {
      getStretch("forward-rol" as BuiltInStretchId);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StretchKitError);
    const error = caught as StretchKitError;
    expect(error.code).toBe("unknown_stretch");
    expect(error.message.split("\n")[0]).toBe("Unknown stretch");
    expect(error.issues).toEqual([
      {
        path: [],
        code: "unknown_stretch",
        message:
          '"forward-rol" is not a built-in stretch; the known ids are forward-roll, sideways-reach, spine-rotation, gluteal-stretch, quadriceps-stretch',
      },
    ]);
  });

  it.each([
    [null, "a value of type null"],
    [42, "a value of type number"],
    ["x".repeat(200), `"${"x".repeat(80)}…"`],
  ])("describes a bad id (%j) without crashing", (id, shown) => {
    expect(() => getStretch(id as BuiltInStretchId)).toThrow(shown);
  });

  it("shows an id of up to 80 characters in full", () => {
    const id = "x".repeat(80);
    expect(() => getStretch(id as BuiltInStretchId)).toThrow(`"${id}" is not a built-in stretch`);
  });
});

describe("ids that arrive as plain strings", () => {
  it("isBuiltInStretchId narrows a string to a built-in id, so getStretch needs no cast", () => {
    const fromSelect: string = "spine-rotation";
    expect(isBuiltInStretchId(fromSelect) && getStretch(fromSelect).position).toBe("seated");
    for (const value of ["neck-roll", "", 5, null, undefined, {}, "Forward-Roll"])
      expect(isBuiltInStretchId(value)).toBe(false);
  });

  it("findStretch looks an id up in a catalog, typed with the catalog's ids", () => {
    const custom = defineStretch({ ...getStretch("forward-roll"), id: "desk-roll", name: "Desk roll" });
    const catalog = createCatalog([custom]);
    const fromUrl: string = "desk-roll";
    const found = findStretch(catalog, fromUrl);
    expect(found?.name).toBe("Desk roll");
    expect(findStretch(catalog, "neck-roll")).toBeUndefined();
    expect(findStretch(stretches, "quadriceps-stretch")).toBe(getStretch("quadriceps-stretch"));
    expect(findStretch("not a catalog" as never, "desk-roll")).toBeUndefined();
  });

  it("findStretch refuses a catalog that throws when read, as an invalid catalog", () => {
    const hostile = new Proxy([getStretch("forward-roll")], {
      get() {
        throw new Error("no");
      },
    });
    let caught: unknown;
    try {
      findStretch(hostile, "forward-roll");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StretchKitError);
    const { code, message } = caught as StretchKitError;
    expect([code, message]).toEqual([
      "invalid_catalog",
      "Invalid catalog\n  - (input): could not be read: reading it threw (a getter or a Proxy?)",
    ]);
  });
});
