// stretchkit/ical: a plan as an iCalendar (RFC 5545) text. Re-exports, nothing else.

export { type ICalendarOptions, planToICalendar } from "./plan-to-icalendar.js";
