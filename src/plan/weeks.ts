import { dayOfWeek } from "../internal/dates.js";
import { WEEKDAYS, type Weekday } from "../schema/plan.js";

/** `dayOfWeek`'s number (0 for Sunday) of a weekday name. */
export function weekdayNumber(day: Weekday): number {
  return (WEEKDAYS.indexOf(day) + 1) % 7;
}

/** The day number of the first day of the week (starting on `weekStartsOn`) that holds `dayNumber`. */
export function weekStartOf(dayNumber: number, weekStartsOn: Weekday): number {
  return dayNumber - ((dayOfWeek(dayNumber) - weekdayNumber(weekStartsOn) + 7) % 7);
}
