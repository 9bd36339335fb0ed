import * as z from "zod/mini";
import { parseWith } from "../../internal/issues.js";
import type { ScheduleOptions } from "../../schedule/schedule-session.js";
import { MAX_ALARM_MINUTES } from "../../schema/bounds.js";
import { intIn, textSchema } from "../../schema/common.js";
import type { Plan } from "../../schema/plan.js";
import type { Routine } from "../../schema/routine.js";
import { noteSchema } from "../../schema/session-record.js";
import { domainSchema, excusedSchema, exportInstantSchema, timeOfDaySchema } from "../shared/options.js";
import { type PlanSession, sessionOfPlan, slotTimes } from "../shared/session-of-plan.js";
import { escapeText, foldLine, icalDate, icalDuration, icalLocalTime, icalUtc } from "./content-lines.js";

/**
 * The options of {@link planToICalendar}: the routine and the calendar's DTSTAMP are required,
 * the rest has defaults.
 *
 * @example
 * const options: ICalendarOptions = {
 *   routine: backSpasmRoutine,
 *   dtstampMs: 1_793_000_000_000,
 *   timeOfDay: "07:30",
 *   alarmMinutesBefore: 10,
 * };
 * options.timeOfDay; //=> "07:30"
 */
export interface ICalendarOptions {
  /**
   * The routine the plan was made from (its `id` is the plan's `routineId`): its name is the
   * default title, its stretches' names the default description, and the length of its session
   * (with `schedule`) each event's duration.
   */
  readonly routine: Routine;
  /**
   * The calendar's DTSTAMP: when it was made, an instant in whole milliseconds from the caller's
   * clock (e.g. `Date.now()`), 1970 to the end of 2999; written in UTC to the second.
   */
  readonly dtstampMs: number;
  /**
   * The time of day of the sessions, `HH:MM` or `HH:MM:SS` in the user's local time: one for
   * every session, or a list with one per slot of a day. Each event then starts at that floating
   * local time and lasts one session. Without it, each event is a whole-day event on its date.
   */
  readonly timeOfDay?: string | readonly string[] | undefined;
  /**
   * The options the app schedules its sessions with (timing, locale, catalog), as
   * `scheduleSession` takes them: they give the session's length and, with a `locale`, the
   * stretches' names in the user's language.
   */
  readonly schedule?: ScheduleOptions | undefined;
  /** A reminder (VALARM, ACTION DISPLAY) this many minutes before each event starts: 0 to 10,080 (a week). Default: none. */
  readonly alarmMinutesBefore?: number | undefined;
  /** Each event's SUMMARY, and the reminder's text; default: the routine's name. */
  readonly title?: string | undefined;
  /** Each event's DESCRIPTION (up to 1,000 characters; `""` for none); default: the names of the routine's stretches, one a line. */
  readonly description?: string | undefined;
  /** Dates (`YYYY-MM-DD`) whose sessions are left out: illness, a flare, as `calculateAdherence` takes them. */
  readonly excused?: readonly string[] | undefined;
  /** The right-hand side of every UID, e.g. your app's domain (with a user's own part when calendars of several users may meet). Default `stretchkit.invalid`. */
  readonly uidDomain?: string | undefined;
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  // Checked by sessionOfPlan: a missing routine is an `invalid_routine` issue at ["routine"].
  routine: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  dtstampMs: exportInstantSchema,
  timeOfDay: /* @__PURE__ */ z.optional(timeOfDaySchema),
  schedule: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  alarmMinutesBefore: /* @__PURE__ */ z.optional(/* @__PURE__ */ intIn(0, MAX_ALARM_MINUTES)),
  title: /* @__PURE__ */ z.optional(textSchema),
  description: /* @__PURE__ */ z.optional(noteSchema),
  excused: /* @__PURE__ */ z.optional(excusedSchema),
  uidDomain: /* @__PURE__ */ z.optional(domainSchema),
});

type Options = z.output<typeof optionsSchema>;

/** What every event of the calendar shares. */
interface EventParts {
  readonly dtstamp: string;
  readonly times: readonly string[] | null;
  readonly duration: string;
  readonly summary: string;
  readonly description: string;
  readonly alarm: string | null;
  readonly uid: (date: string, slot: number) => string;
}

/**
 * Writes a plan as an iCalendar text (RFC 5545), for a calendar app to import or subscribe to:
 * `VERSION:2.0`, a `PRODID`, and one `VEVENT` per planned session on its civil date, excused
 * dates left out.
 *
 * Each event has a `UID` made of the routine's id, the date and the slot (`<routineId>-<date>-<slot>@<uidDomain>`),
 * so that importing the calendar again updates its events rather than adding copies; the `DTSTAMP`
 * given; a `DTSTART` at the floating local `timeOfDay` with a `DURATION` of one session (rounded up
 * to the second), or a whole-day `DTSTART;VALUE=DATE` without one; `SUMMARY` and `DESCRIPTION`;
 * and a `VALARM` when asked. Lines end in CRLF and are folded at 75 octets, never inside a
 * character; texts are escaped. The same input gives the same text, byte for byte, everywhere.
 *
 * @param plan - The plan, from `planSessions` (or storage: it is checked against `PlanSchema`).
 * @param options - The routine and the DTSTAMP; times, reminder, wording, excused dates; see {@link ICalendarOptions}.
 * @returns The iCalendar text; encode it as UTF-8 (`text/calendar; charset=utf-8`).
 * @throws {@link stretchkit!StretchKitError} with every issue and its path: `invalid_plan` (paths in the
 * plan), `invalid_options` (e.g. `["dtstampMs"]` for an instant that is not whole milliseconds
 * from 0, `["timeOfDay"]`, `["routine", "id"]` for a routine other than the plan's),
 * `invalid_routine` (paths under `["routine"]`), or the codes of `scheduleSession` under
 * `["schedule"]`.
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1 });
 * const ics = planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs: 1_793_000_000_000, timeOfDay: "07:30" });
 * ics.split("\r\n").filter((line) => line.startsWith("DTSTART")); //=> ["DTSTART:20261102T073000", "DTSTART:20261104T073000", "DTSTART:20261106T073000"]
 * ics.includes("UID:back-spasm-stretches-2026-11-02-0@stretchkit.invalid\r\n"); //=> true
 * ics.includes("DURATION:PT16M10S\r\n"); //=> true
 */
export function planToICalendar(plan: Plan, options: ICalendarOptions): string {
  const parsed = parseWith(optionsSchema, options, "invalid_options", "Invalid calendar options");
  const read = sessionOfPlan(plan, parsed.routine, parsed.schedule);
  const parts = eventParts(read, parsed, slotTimes(parsed.timeOfDay, read.plan));
  const excused = new Set(parsed.excused);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//stretchkit//NONSGML stretchkit//EN",
    "CALSCALE:GREGORIAN",
  ];
  for (const { date, slot } of read.plan.sessions) {
    if (!excused.has(date)) lines.push(...eventLines(date, slot, parts));
  }
  lines.push("END:VCALENDAR", "");
  return lines.join("\r\n");
}

/** The parts every event shares, from the checked plan, routine and options. */
function eventParts(read: PlanSession, options: Options, times: readonly string[] | null): EventParts {
  const summary = escapeText(options.title ?? read.routine.name);
  const names = [...new Set(read.plan.items.map((item) => read.stretches.get(item.stretchId)?.name))];
  const minutes = options.alarmMinutesBefore;
  const domain = options.uidDomain ?? "stretchkit.invalid";
  return {
    dtstamp: icalUtc(options.dtstampMs),
    times,
    duration: icalDuration(Math.ceil(read.totalMs / 1000)),
    summary,
    description: escapeText(options.description ?? names.join("\n")),
    alarm: minutes === undefined ? null : `${minutes > 0 ? "-" : ""}${icalDuration(minutes * 60)}`,
    uid: (date, slot) => `${read.plan.routineId}-${date}-${slot}@${domain}`,
  };
}

/** The content lines of one event, folded. */
function eventLines(date: string, slot: number, parts: EventParts): string[] {
  const time = parts.times?.[slot];
  const lines = ["BEGIN:VEVENT", `UID:${parts.uid(date, slot)}`, `DTSTAMP:${parts.dtstamp}`];
  if (time === undefined) lines.push(`DTSTART;VALUE=DATE:${icalDate(date)}`);
  else lines.push(`DTSTART:${icalLocalTime(date, time)}`, `DURATION:${parts.duration}`);
  lines.push(`SUMMARY:${parts.summary}`);
  if (parts.description !== "") lines.push(`DESCRIPTION:${parts.description}`);
  if (parts.alarm !== null) {
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:${parts.alarm}`,
      `DESCRIPTION:${parts.summary}`,
      "END:VALARM",
    );
  }
  lines.push("END:VEVENT");
  return lines.map(foldLine);
}
