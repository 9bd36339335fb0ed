import { describe, expect, it } from "vitest";
import { StretchKitError } from "../src/errors.js";

describe("StretchKitError", () => {
  it("is an Error with a name, a code and frozen issues", () => {
    const error = new StretchKitError("invalid_routine", [
      { path: ["items", 2, "repetitions"], code: "too_big", message: "must be at most 20" },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("StretchKitError");
    expect(error.code).toBe("invalid_routine");
    expect(error.message).toBe("invalid_routine\n  - items[2].repetitions: must be at most 20");
    expect(
      Object.isFrozen(error.issues) && Object.isFrozen(error.issues[0]) && Object.isFrozen(error.issues[0]?.path),
    ).toBe(true);
  });

  it("names the input itself when an issue has an empty path, and uses the summary as the first line", () => {
    const error = new StretchKitError(
      "invalid_stretch",
      [{ path: [], code: "invalid_type", message: "expected an object" }],
      "Invalid stretch",
    );
    expect(error.message).toBe("Invalid stretch\n  - (input): expected an object");
  });

  it("is just its summary when it has no issues to list", () => {
    expect(new StretchKitError("does_not_fit", [], "Nothing fits").message).toBe("Nothing fits");
  });

  it("lists at most ten issues in its message, and keeps them all in `issues`", () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ path: [i], code: "too_big" as const, message: "too big" }));
    const error = new StretchKitError("invalid_record", issues);
    expect(error.issues).toHaveLength(12);
    expect(error.message.split("\n")).toHaveLength(12);
    expect(error.message.endsWith("  - and 2 more")).toBe(true);
  });

  it("lists exactly ten issues with no line for more", () => {
    const issues = Array.from({ length: 10 }, (_, i) => ({ path: [i], code: "too_big" as const, message: "too big" }));
    const lines = new StretchKitError("invalid_record", issues).message.split("\n");
    expect([lines.length, lines.at(-1)]).toEqual([11, "  - [9]: too big"]);
  });

  it("does not keep a reference to the caller's issue objects", () => {
    const path = ["a"];
    const error = new StretchKitError("invalid_options", [{ path, code: "invalid_type", message: "m" }]);
    path.push("b");
    expect(error.issues[0]?.path).toEqual(["a"]);
  });

  it("survives structuredClone as a plain error message", () => {
    const error = new StretchKitError("invalid_plan", [{ path: [], code: "empty", message: "nothing planned" }]);
    expect(structuredClone(error).message).toBe(error.message);
  });
});

describe("StretchKitError and instanceof", () => {
  const mark = Symbol.for("stretchkit.StretchKitError");

  it("knows an error of another build of stretchkit by its registered mark, and nothing else", () => {
    const otherBuild = Object.defineProperty(new Error("x"), mark, { value: true });
    expect(otherBuild instanceof StretchKitError).toBe(true);
    expect(new StretchKitError("invalid_stretch", []) instanceof StretchKitError).toBe(true);
    for (const value of [new Error("x"), {}, null, undefined, "StretchKitError", 1, () => 1]) {
      expect(value instanceof StretchKitError).toBe(false);
    }
  });

  it("says false, and does not throw, for a Proxy whose `has` trap throws", () => {
    const hostile = new Proxy(
      {},
      {
        has() {
          throw new Error("trap");
        },
      },
    );
    expect(hostile instanceof StretchKitError).toBe(false);
  });

  it("keeps the usual meaning for a subclass an app makes", () => {
    class AppError extends StretchKitError {}
    const base = new StretchKitError("invalid_stretch", []);
    const sub = new AppError("invalid_stretch", []);
    expect([sub instanceof AppError, sub instanceof StretchKitError, base instanceof AppError]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
