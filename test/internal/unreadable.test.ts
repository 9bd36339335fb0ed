import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { composeRoutine } from "../../src/compose/compose-routine.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { StretchKitError } from "../../src/errors.js";
import { planSessions } from "../../src/plan/plan-sessions.js";

// Inputs whose reading throws (a getter, a Proxy) are refused like any bad input, never a crash.

const throwingGetter = (base: object, key: string): object =>
  Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });

const throwingProxy = (base: object): object =>
  new Proxy(base, {
    get() {
      throw new Error("boom");
    },
    ownKeys() {
      throw new Error("boom");
    },
  });

const unreadable = { code: "invalid_value", message: "could not be read: reading it threw (a getter or a Proxy?)" };

describe("an input whose reading throws", () => {
  it("makes validateRoutine return an issue, never throw", () => {
    for (const input of [throwingGetter(backSpasmRoutine, "items"), throwingProxy({ ...backSpasmRoutine })]) {
      const result = validateRoutine(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues).toEqual([{ path: [], ...unreadable }]);
    }
    expect(validateRoutine(backSpasmRoutine, throwingProxy({}) as never).ok).toBe(false);
  });

  it("makes validateRoutine name the catalog when only the catalog cannot be read, with no warnings", () => {
    const catalog = new Proxy([...stretches], {
      get(target, key, receiver) {
        if (key === "length") throw new Error("boom");
        return Reflect.get(target, key, receiver);
      },
    });
    expect(validateRoutine(backSpasmRoutine, { catalog })).toEqual({
      ok: false,
      issues: [{ path: ["catalog"], ...unreadable }],
      warnings: [],
    });
    expect(validateRoutine(throwingGetter(backSpasmRoutine, "items"))).toEqual({
      ok: false,
      issues: [{ path: [], ...unreadable }],
      warnings: [],
    });
  });

  it("makes composeRoutine throw a StretchKitError naming the input, when a field it reads throws", () => {
    const spec = throwingGetter({ id: "a", items: ["forward-roll"] }, "name");
    let caught: unknown;
    try {
      composeRoutine(spec as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StretchKitError);
    expect((caught as StretchKitError).issues).toEqual([{ path: [], ...unreadable }]);
  });

  it("makes defineStretch throw a StretchKitError", () => {
    expect(() => defineStretch(throwingGetter(getStretch("forward-roll"), "hold"))).toThrow(StretchKitError);
    expect(() => defineStretch(throwingProxy({}))).toThrow(StretchKitError);
  });

  it("makes planSessions throw a StretchKitError", () => {
    expect(() => planSessions(backSpasmRoutine, throwingGetter({ weeks: 4 }, "start") as never)).toThrow(
      StretchKitError,
    );
  });
});
