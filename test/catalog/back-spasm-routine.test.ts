import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { RoutineSchema } from "../../src/schema/routine.js";

// The routine-level facts of the seed: "For best results" and the benefits.

describe("the built-in back-spasm routine", () => {
  it("holds the five stretches in the seed's order", () => {
    expect(backSpasmRoutine.items.map((item) => item.stretchId)).toEqual([
      "forward-roll",
      "sideways-reach",
      "spine-rotation",
      "gluteal-stretch",
      "quadriceps-stretch",
    ]);
  });

  it("repeats each stretch 3 times, the low end of the seed's 3 to 4, held 20 s", () => {
    for (const item of backSpasmRoutine.items) {
      expect(item.repetitions).toBe(3);
      expect(item.holdSeconds).toBe(20);
    }
  });

  it("does the sided stretches on both sides, left first, and the forward roll once", () => {
    expect(backSpasmRoutine.items[0]).not.toHaveProperty("sides");
    for (const item of backSpasmRoutine.items.slice(1)) {
      expect([item.sides, item.firstSide]).toEqual(["both", "left"]);
    }
  });

  it("is performed 3 to 4 times a week", () => {
    expect(backSpasmRoutine.frequency.sessionsPerWeek).toEqual({ min: 3, max: 4 });
  });

  it("may be repeated regularly during the day: more than one session a day is allowed", () => {
    expect(backSpasmRoutine.frequency.sessionsPerDay.min).toBe(1);
    expect(backSpasmRoutine.frequency.sessionsPerDay.max).toBeGreaterThan(1);
  });

  it("is combined with the Neck Spasm Exercise routine, as a reference only", () => {
    expect(backSpasmRoutine.companions).toEqual(["neck-spasm-exercises"]);
  });

  it("is good for flexibility, less stiffness and tension, and relaxation", () => {
    expect(backSpasmRoutine.benefits).toEqual([
      "increase-flexibility",
      "reduce-stiffness-and-tension",
      "aid-relaxation",
    ]);
  });

  it("is a valid, deeply frozen routine", () => {
    expect(RoutineSchema.safeParse(backSpasmRoutine).success).toBe(true);
    expect(Object.isFrozen(backSpasmRoutine)).toBe(true);
    expect(Object.isFrozen(backSpasmRoutine.items[1])).toBe(true);
    expect(Object.isFrozen(backSpasmRoutine.frequency.sessionsPerWeek)).toBe(true);
  });
});
