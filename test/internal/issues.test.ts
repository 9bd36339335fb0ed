import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { StretchKitError } from "../../src/errors.js";
import { fail, fromZodIssues, parseWith, safeParseWith } from "../../src/internal/issues.js";

const issuesFor = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return fromZodIssues(result.error.issues);
};

describe("fromZodIssues", () => {
  it("writes sizes of texts, lists and numbers in words, strict bounds included", () => {
    expect(issuesFor(z.string().check(z.minLength(2)), "a")[0]?.message).toBe("must be at least 2 characters long");
    expect(issuesFor(z.array(z.number()).check(z.minLength(2)), [])[0]?.message).toBe("must have at least 2 items");
    expect(issuesFor(z.number().check(z.gt(0)), 0)[0]?.message).toBe("must be more than 0");
    expect(issuesFor(z.number().check(z.lt(5)), 5)[0]?.message).toBe("must be less than 5");
  });

  it("writes a count of 1 in the singular: 1 character, 1 item", () => {
    expect(issuesFor(z.string().check(z.minLength(1)), "")).toEqual([
      { path: [], code: "too_small", message: "must be at least 1 character long" },
    ]);
    expect(issuesFor(z.string().check(z.maxLength(1)), "ab")[0]?.message).toBe("must be at most 1 character long");
    expect(issuesFor(z.array(z.number()).check(z.minLength(1)), [])).toEqual([
      { path: [], code: "too_small", message: "must have at least 1 item" },
    ]);
    expect(issuesFor(z.array(z.number()).check(z.maxLength(1)), [1, 2])[0]?.message).toBe("must have at most 1 item");
    expect(issuesFor(z.array(z.number()).check(z.maxLength(0)), [1])[0]?.message).toBe("must have at most 0 items");
  });

  it("says a number must be whole, and names NaN and Infinity when they are given", () => {
    expect(issuesFor(z.int(), 1.5)).toEqual([{ path: [], code: "not_integer", message: "must be a whole number" }]);
    expect(issuesFor(z.number(), Number.NaN)[0]?.message).toBe("expected a value of type number, got NaN");
    expect(issuesFor(z.number(), Number.POSITIVE_INFINITY)[0]?.message).toBe(
      "expected a value of type number, got Infinity",
    );
    expect(issuesFor(z.number(), "1")[0]?.message).toBe("expected a value of type number");
  });

  it("uses its own words when zod gives an empty message", () => {
    expect(
      fromZodIssues([{ code: "too_small", path: [], message: "", origin: "number", minimum: 2, inclusive: true }]),
    ).toEqual([{ path: [], code: "too_small", message: "must be at least 2" }]);
  });

  it("writes a value that is not a text as JavaScript does, a bigint included", () => {
    expect(issuesFor(z.literal(10n), 1)[0]?.message).toBe("must be 10");
  });

  it("names the allowed values of an enum or literal", () => {
    expect(issuesFor(z.enum(["a", "b"]), "c")[0]?.message).toBe('must be one of "a", "b"');
    expect(issuesFor(z.literal(3), 4)[0]?.message).toBe("must be 3");
  });

  it("reports a union that matches nothing as an invalid value", () => {
    expect(issuesFor(z.union([z.string(), z.number()]), true)).toEqual([
      { path: [], code: "invalid_value", message: "does not match any allowed shape" },
    ]);
  });

  it("reports a value where nothing belongs, and formats by name", () => {
    expect(issuesFor(z.strictObject({ a: z.undefined() }), { a: 1 })[0]?.message).toBe("expected nothing");
    expect(issuesFor(z.string().check(z.regex(/^a$/)), "b")[0]).toEqual({
      path: [],
      code: "invalid_format",
      message: "has an invalid regex format",
    });
  });

  it("keeps a custom message and code, and falls back to invalid_value for a custom issue without a code", () => {
    const schema = z.number().check(z.refine(() => false));
    expect(issuesFor(schema, 1)).toEqual([{ path: [], code: "invalid_value", message: "is not valid" }]);
  });

  it("maps an issue zod adds in future to invalid_value rather than crashing", () => {
    expect(fromZodIssues([{ code: "something_new", path: ["x", Symbol.for("s")], message: "Invalid input" }])).toEqual([
      { path: ["x", "Symbol(s)"], code: "invalid_value", message: "is not valid" },
    ]);
  });

  it("copes with issues that lack their usual details", () => {
    expect(fromZodIssues([{ code: "unrecognized_keys", path: [], message: "Invalid input" }])).toEqual([]);
    expect(fromZodIssues([{ code: "invalid_value", path: [], message: "Invalid input" }])).toEqual([
      { path: [], code: "invalid_value", message: "must be one of " },
    ]);
  });

  it("prefixes paths, for issues inside a larger input", () => {
    const result = safeParseWith(z.strictObject({ a: z.number() }), { a: "x" }, ["records", 3]);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ["records", 3, "a"], code: "invalid_type", message: "expected a value of type number" }],
    });
  });
});

describe("parseWith and fail", () => {
  it("return the parsed value or throw a StretchKitError with the given code", () => {
    expect(parseWith(z.number(), 1, "invalid_options", "Invalid options")).toBe(1);
    expect(() => parseWith(z.number(), "1", "invalid_options", "Invalid options")).toThrow(StretchKitError);
    expect(() => fail("invalid_options", [{ path: [], code: "empty", message: "m" }], "x")).toThrow(
      "x\n  - (input): m",
    );
  });
});
