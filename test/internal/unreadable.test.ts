import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
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
