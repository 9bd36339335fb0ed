import { describe, expect, it } from "vitest";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { StretchKitError, type StretchKitIssue } from "../../src/errors.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";

const valid = (): Record<string, unknown> =>
  jsonCopy(getStretch("sideways-reach")) as unknown as Record<string, unknown>;

/** Calls defineStretch and returns the issues of the StretchKitError it must throw. */
function issuesOf(input: unknown): readonly StretchKitIssue[] {
  try {
    defineStretch(input);
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    const e = error as StretchKitError;
    expect(e.code).toBe("invalid_stretch");
    expect(e.issues.length).toBeGreaterThan(0);
    return e.issues;
  }
  throw new Error("defineStretch accepted an invalid stretch");
}

const paths = (issues: readonly StretchKitIssue[]): string[] => issues.map((issue) => issue.path.join("."));

describe("defineStretch", () => {
  it("returns a deeply frozen copy of a valid custom stretch and leaves the input alone", () => {
    const input = deepFreeze({ ...valid(), id: "my-reach", name: "My reach" });
    const before = jsonCopy(input);
    const stretch = defineStretch(input);
    expect(stretch).toEqual(before);
    expect(stretch).not.toBe(input);
    expect(Object.isFrozen(stretch) && Object.isFrozen(stretch.setup) && Object.isFrozen(stretch.hold)).toBe(true);
    expect(input).toEqual(before);
  });

  it("does not freeze or alias a mutable input", () => {
    const input = valid();
    const stretch = defineStretch(input);
    expect(Object.isFrozen(input)).toBe(false);
    (input["setup"] as string[]).push("changed later");
    expect(stretch.setup).toHaveLength(2);
  });

  it.each([
    ["id", 42, "invalid_type"],
    ["id", "Forward Roll", "invalid_format"],
    ["id", "", "too_small"],
    ["name", null, "invalid_type"],
    ["position", "upside-down", "invalid_value"],
    ["support", "a chair", "invalid_type"],
    ["benefits", ["cures-everything"], "invalid_value"],
    ["setup", [], "too_small"],
    ["movement", "lean", "invalid_type"],
    ["breathing", { hold: "exhale", release: "exhale" }, "invalid_value"],
    ["intensity", "as-far-as-possible", "invalid_value"],
    ["hold", { minSeconds: 10, targetSeconds: 20, maxSeconds: 60 }, "invalid_type"],
    ["repetitions", { min: 3 }, "invalid_type"],
    ["laterality", { kind: "both" }, "invalid_value"],
    ["avoidIf", [], "too_small"],
  ])("refuses a wrong %s (%j) with a %s issue at its path", (field, value, code) => {
    const issues = issuesOf(deepFreeze({ ...valid(), [field]: value }));
    expect(issues.some((issue) => issue.path[0] === field && issue.code === code)).toBe(true);
  });

  it("refuses NaN, Infinity, negative, fractional and huge numbers in holds and repetitions", () => {
    const issues = issuesOf({
      ...valid(),
      hold: { minSeconds: Number.NaN, targetSeconds: Number.POSITIVE_INFINITY, maxSeconds: 601, endsOnUser: true },
      repetitions: { min: -1, max: 2.5 },
    });
    expect(issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["hold.minSeconds", "invalid_type"],
      ["hold.targetSeconds", "invalid_type"],
      ["hold.maxSeconds", "too_big"],
      ["repetitions.min", "too_small"],
      ["repetitions.max", "not_integer"],
    ]);
    expect(issues[0]?.message).toMatch(/NaN/);
    expect(issues[2]?.message).toBe("must be at most 600");
  });

  it("refuses a range whose minimum is above its maximum", () => {
    const issues = issuesOf({ ...valid(), repetitions: { min: 5, max: 3 } });
    expect(issues).toEqual([
      { path: ["repetitions", "min"], code: "min_above_max", message: "min must not be above max" },
    ]);
  });

  it("refuses a hold whose target lies outside its range", () => {
    expect(
      paths(issuesOf({ ...valid(), hold: { minSeconds: 30, targetSeconds: 20, maxSeconds: 60, endsOnUser: true } })),
    ).toEqual(["hold.minSeconds"]);
    expect(
      paths(issuesOf({ ...valid(), hold: { minSeconds: 10, targetSeconds: 90, maxSeconds: 60, endsOnUser: true } })),
    ).toEqual(["hold.targetSeconds"]);
  });

  it("refuses unknown keys, __proto__ and constructor included, without applying them", () => {
    const input = JSON.parse(
      `{ ${JSON.stringify(valid()).slice(1, -1)}, "__proto__": { "polluted": true }, "constructor": { "prototype": {} }, "colour": "red" }`,
    );
    const issues = issuesOf(input);
    expect(issues.filter((issue) => issue.code === "unrecognized_key").map((issue) => issue.path)).toEqual([
      ["__proto__"],
      ["constructor"],
      ["colour"],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("refuses a 1 MB string with a too_big issue", () => {
    const issues = issuesOf({ ...valid(), name: "x".repeat(1_000_000) });
    expect(issues).toEqual([{ path: ["name"], code: "too_big", message: "must be at most 1000 characters long" }]);
  });

  it("refuses more than 20 steps", () => {
    expect(issuesOf({ ...valid(), movement: Array.from({ length: 21 }, () => "Lean.") })).toEqual([
      { path: ["movement"], code: "too_big", message: "must have at most 20 items" },
    ]);
  });

  it("refuses a benefit named twice", () => {
    expect(issuesOf({ ...valid(), benefits: ["aid-relaxation", "aid-relaxation"] })).toEqual([
      { path: ["benefits"], code: "duplicate_item", message: "must not name a benefit twice" },
    ]);
  });

  it.each([
    ["null", null],
    ["an array", []],
    ["a string", "forward-roll"],
    ["a number", 7],
    ["undefined", undefined],
  ])("refuses %s as a whole with an invalid_type issue at the root", (_name, input) => {
    expect(issuesOf(input)).toEqual([{ path: [], code: "invalid_type", message: "expected a value of type object" }]);
  });

  it("lists every issue at once, each with its path", () => {
    const issues = issuesOf({ ...valid(), id: "", name: 3, position: "upside-down", repetitions: { min: 0, max: 99 } });
    expect(paths(issues)).toEqual(["id", "id", "name", "position", "repetitions.min", "repetitions.max"]);
  });

  it("says what is wrong in the error's message, under an Invalid stretch first line", () => {
    let message = "";
    try {
      defineStretch({ ...valid(), name: "" });
    } catch (error) {
      message = (error as StretchKitError).message;
    }
    expect(message).toBe("Invalid stretch\n  - name: must be at least 1 character long");
  });

  it("lists every missing field", () => {
    expect(paths(issuesOf({}))).toEqual([
      "id",
      "name",
      "position",
      "support",
      "benefits",
      "setup",
      "movement",
      "breathing",
      "intensity",
      "hold",
      "repetitions",
      "laterality",
      "avoidIf",
    ]);
  });
});
