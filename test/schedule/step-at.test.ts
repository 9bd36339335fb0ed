import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { StretchKitError } from "../../src/errors.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { stepAt } from "../../src/schedule/step-at.js";
import type { Session } from "../../src/schema/session.js";
import { issuesOf, summary } from "./helpers.js";

const session: Session = scheduleSession(backSpasmRoutine);

describe("stepAt", () => {
  it("finds the first step at the start, with no progress", () => {
    expect(stepAt(session, 0)).toEqual({
      step: session.steps[0],
      elapsedInStepMs: 0,
      remainingInStepMs: 10_000,
      progress: 0,
    });
  });

  it("finds the hold under an instant, how far into it, and how far into the session", () => {
    const position = stepAt(session, 25_000);
    expect(position?.step).toBe(session.steps[2]);
    expect(position?.step.kind).toBe("hold");
    expect([position?.elapsedInStepMs, position?.remainingInStepMs]).toEqual([10_000, 10_000]);
    expect(position?.progress).toBeCloseTo(25 / 970, 12);
  });

  it("finds every step at its start and just before its end", () => {
    for (const step of session.steps) {
      expect(stepAt(session, step.startMs)?.step).toBe(step);
      expect(stepAt(session, step.startMs + step.durationMs - 1)?.step).toBe(step);
      expect(stepAt(session, step.startMs + step.durationMs - 0.5)?.remainingInStepMs).toBe(0.5);
    }
  });

  it("is null at and past the end of the session", () => {
    expect(stepAt(session, 969_999)?.step).toBe(session.steps.at(-1));
    expect(stepAt(session, 970_000)).toBeNull();
    expect(stepAt(session, 10 ** 12)).toBeNull();
    expect(stepAt({ routineId: "empty", totalMs: 0, steps: [], cues: [] }, 0)).toBeNull();
  });

  it("takes fractional instants, e.g. from performance.now()", () => {
    expect(stepAt(session, 10_000.25)?.elapsedInStepMs).toBe(0.25);
  });

  it("refuses a negative, NaN, infinite or non-number instant with a StretchKitError", () => {
    expect(summary(issuesOf(() => stepAt(session, -1), "invalid_event"))).toEqual(["elapsedMs: too_small"]);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "5", null]) {
      expect(summary(issuesOf(() => stepAt(session, bad as number), "invalid_event"))).toEqual([
        "elapsedMs: invalid_type",
      ]);
    }
    expect(() => stepAt(session, Number.NEGATIVE_INFINITY)).toThrow(StretchKitError);
  });

  it("never changes the session", () => {
    const before = structuredClone(session);
    stepAt(session, 500_000);
    expect(session).toEqual(before);
  });
});

describe("stepAt on something that is not a session", () => {
  it.each([null, undefined, {}, { steps: [] }, { steps: "x", totalMs: 1 }, 42])(
    "throws a StretchKitError with code invalid_session for %j",
    (value) => {
      let caught: unknown;
      try {
        stepAt(value as never, 0);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(StretchKitError);
      expect((caught as StretchKitError).code).toBe("invalid_session");
    },
  );
});

describe("stepAt: what its errors say", () => {
  const errorOf = (fn: () => unknown): StretchKitError => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(StretchKitError);
      return error as StretchKitError;
    }
    throw new Error("expected a StretchKitError");
  };

  it("a bad instant: Invalid instant, with what an instant must be", () => {
    for (const bad of [-1, Number.NaN]) {
      const error = errorOf(() => stepAt(session, bad));
      expect(error.message.split("\n")[0]).toBe("Invalid instant");
      expect(error.issues).toEqual([
        {
          path: ["elapsedMs"],
          code: bad < 0 ? "too_small" : "invalid_type",
          message: "must be a finite number of milliseconds, 0 or more",
        },
      ]);
    }
  });

  it("not a session: Invalid session, with one issue for the whole input", () => {
    const error = errorOf(() => stepAt({ steps: [] } as never, 0));
    expect(error.code).toBe("invalid_session");
    expect(error.message.split("\n")[0]).toBe("Invalid session");
    expect(error.issues).toEqual([
      { path: [], code: "invalid_type", message: "must be a session from scheduleSession, with steps and totalMs" },
    ]);
  });

  it("a step it reads that is not a step: Invalid session, at that step", () => {
    const error = errorOf(() => stepAt({ totalMs: 10_000, steps: [null] } as never, 0));
    expect(error.code).toBe("invalid_session");
    expect(error.issues).toEqual([
      { path: ["steps", 0], code: "invalid_type", message: "must be a step of the session" },
    ]);
    const corrupt = { ...session, steps: session.steps.map((step, i) => (i === 1 ? { ...step, startMs: "0" } : step)) };
    expect(summary(issuesOf(() => stepAt(corrupt as never, 0), "invalid_session"))).toEqual(["steps.1: invalid_type"]);
  });

  it("a session that cannot be read: Invalid session", () => {
    const unreadable = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    const error = errorOf(() => stepAt(unreadable as never, 0));
    expect(error.code).toBe("invalid_session");
    expect(error.message.split("\n")[0]).toBe("Invalid session");
  });

  it("a session without steps has no step at any instant", () => {
    expect(stepAt({ routineId: "empty", totalMs: 10_000, steps: [], cues: [] }, 0)).toBeNull();
  });
});
