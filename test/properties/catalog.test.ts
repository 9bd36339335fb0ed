import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { StretchKitError } from "../../src/errors.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";

const expectOnlyStretchKitErrors = (input: unknown): void => {
  try {
    defineStretch(input);
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    expect((error as StretchKitError).issues.length).toBeGreaterThan(0);
  }
};

describe("defineStretch on any input", () => {
  it("returns a stretch or throws a StretchKitError with issues, never anything else", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), expectOnlyStretchKitErrors),
      { numRuns: 300 },
    );
  });

  it("a built-in stretch with one field replaced by anything is accepted or refused at that field, and never mutated", () => {
    const keys = Object.keys(stretches[0] ?? {});
    fc.assert(
      fc.property(fc.constantFrom(...stretches), fc.constantFrom(...keys), fc.anything(), (stretch, key, value) => {
        const input = deepFreeze({ ...jsonCopy(stretch), [key]: value });
        const before = JSON.stringify(input);
        try {
          const result = defineStretch(input);
          expect(Object.isFrozen(result)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(StretchKitError);
          for (const issue of (error as StretchKitError).issues) expect(issue.path[0]).toBe(key);
        }
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("the same input gives deep-equal output", () => {
    fc.assert(
      fc.property(fc.constantFrom(...stretches), (stretch) => {
        expect(defineStretch(jsonCopy(stretch))).toEqual(defineStretch(jsonCopy(stretch)));
      }),
      { numRuns: 20 },
    );
  });
});
