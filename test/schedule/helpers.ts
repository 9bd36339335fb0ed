export { firstLineOf, issuesOf, summary } from "../helpers/issues.js";

import type { Routine, RoutineItem } from "../../src/schema/routine.js";

/** A routine of the given items, with the built-in routine's other fields. */
export function routineOf(items: readonly RoutineItem[], id = "test-routine"): Routine {
  return {
    id,
    name: "Test routine",
    benefits: [],
    items,
    frequency: { sessionsPerWeek: { min: 3, max: 4 }, sessionsPerDay: { min: 1, max: 1 } },
    companions: [],
  };
}
