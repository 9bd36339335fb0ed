import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";

/** The ISO date `days` days after `date` (before, when negative): for tests, on the library's own day numbers. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}
