import { describe, expect, it } from "vitest";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import type { BuiltInStretchId } from "../../src/schema/stretch.js";
import { StretchKitError } from "../../src/errors.js";

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
