import { brotliCompressSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { StretchKitError } from "../../src/errors.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { stepAt } from "../../src/schedule/step-at.js";
import type { Session } from "../../src/schedule/types.js";
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

  it("stepAt alone bundles without zod, under 1 kB brotli", async () => {
    const result = await build({
      stdin: {
        contents: 'export { stepAt } from "./src/schedule/step-at.ts";',
        resolveDir: process.cwd(),
        loader: "ts",
      },
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/zod/i);
    expect(brotliCompressSync(code).length).toBeLessThan(1024);
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
