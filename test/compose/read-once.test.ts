/* Every function that takes a routine reads it once, and its outputs hold only the documented keys. */
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { adaptRoutine } from "../../src/compose/adapt-routine.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { fitRoutine } from "../../src/schedule/fit-routine.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { Routine } from "../../src/schema/routine.js";
import { jsonCopy } from "../helpers/deep-freeze.js";

/** The built-in routine with an `id` that is valid on its first read and `then` on every later one. */
function shifty(then: () => unknown): { routine: Routine; reads: () => number } {
  let reads = 0;
  const routine = Object.defineProperty(jsonCopy(backSpasmRoutine), "id", {
    enumerable: true,
    get() {
      reads += 1;
      return reads === 1 ? "back-spasm-stretches" : then();
    },
  });
  return { routine: routine as Routine, reads: () => reads };
}

describe("a routine is read once", () => {
  it("scheduleSession and fitRoutine use the id they checked, whatever a second read would give", () => {
    for (const run of [
      (routine: Routine) => scheduleSession(routine),
      (routine: Routine) => fitRoutine(routine, { maxSeconds: 900 }).session,
    ]) {
      const { routine, reads } = shifty(() => ({ big: 10n }));
      const session = run(routine);
      expect(session.routineId).toBe("back-spasm-stretches");
      expect(() => JSON.stringify(session)).not.toThrow();
      expect(reads()).toBe(1);
    }
  });

  it("a getter that would throw on its second read is never read twice", () => {
    const boom = () => {
      throw new Error("second read");
    };
    expect(scheduleSession(shifty(boom).routine).totalMs).toBe(970_000);
    expect(fitRoutine(shifty(boom).routine, { maxSeconds: 900 }).routine.id).toBe("back-spasm-stretches");
    expect(planSessions(shifty(boom).routine, { start: "2026-11-02", weeks: 1 }).routineId).toBe(
      "back-spasm-stretches",
    );
    const validated = validateRoutine(shifty(boom).routine);
    expect(validated.ok && validated.routine.id).toBe("back-spasm-stretches");
  });
});

describe("outputs hold only the documented keys", () => {
  it("validateRoutine, adaptRoutine and fitRoutine drop keys whose value is undefined", () => {
    const routine = {
      ...jsonCopy(backSpasmRoutine),
      items: [{ stretchId: "forward-roll", repetitions: 3, holdSeconds: 20, sides: undefined, firstSide: undefined }],
    };
    const validated = validateRoutine(routine);
    expect(validated.ok && Object.keys(validated.routine.items[0] as object)).toEqual([
      "stretchId",
      "repetitions",
      "holdSeconds",
    ]);
    expect(Object.keys(adaptRoutine(routine).items[0] as object)).toEqual(["stretchId", "repetitions", "holdSeconds"]);
    expect(Object.keys(fitRoutine(routine, { maxSeconds: 900 }).routine.items[0] as object)).toEqual([
      "stretchId",
      "repetitions",
      "holdSeconds",
    ]);
  });
});

describe("one check for a routine, everywhere", () => {
  it("a routine that lists itself as a companion is refused by every function that takes a routine, alike", () => {
    const own = { ...backSpasmRoutine, companions: ["neck-spasm-exercises", backSpasmRoutine.id] };
    const issue = { path: ["companions", 1], code: "conflict", message: "a routine is not its own companion" };
    const validated = validateRoutine(own);
    expect(validated.ok ? [] : validated.issues).toEqual([issue]);
    for (const run of [
      () => scheduleSession(own),
      () => fitRoutine(own, { maxSeconds: 900 }),
      () => planSessions(own, { start: "2026-11-02", weeks: 1 }),
      () => adaptRoutine(own),
    ]) {
      expect(run).toThrow(expect.objectContaining({ code: "invalid_routine", issues: [issue] }));
    }
  });
});
