import { deepFreeze } from "../internal/freeze.js";
import type { Routine } from "../schema/routine.js";

/**
 * A fresh, deeply frozen routine, its keys in the documented order and nothing else: what every
 * function that makes a routine returns.
 */
export function makeRoutine(routine: Routine): Routine {
  const { sessionsPerWeek, sessionsPerDay } = routine.frequency;
  return deepFreeze({
    id: routine.id,
    name: routine.name,
    benefits: [...routine.benefits],
    items: routine.items.map(({ stretchId, repetitions, holdSeconds, sides, firstSide }) => ({
      stretchId,
      repetitions,
      holdSeconds,
      sides,
      firstSide,
    })),
    frequency: { sessionsPerWeek: { ...sessionsPerWeek }, sessionsPerDay: { ...sessionsPerDay } },
    companions: [...routine.companions],
  });
}
