import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planToICalendar } from "../../src/export/ical/index.js";
import { planArb, textArb } from "../helpers/export-arbitraries.js";
import { runs } from "../helpers/stryker.js";
import { asRead, readCalendar } from "./checks.js";

const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 })))
  .map(([h, m, s]) => [h, m, ...(s === null ? [] : [s])].map((n) => String(n).padStart(2, "0")).join(":"));

const optionsArb = fc.record({
  title: textArb(1, 120),
  description: textArb(0, 300),
  times: fc.option(fc.array(timeArb, { minLength: 3, maxLength: 3 })),
  alarmMinutesBefore: fc.option(fc.integer({ min: 0, max: 10_080 })),
  excused: fc.array(fc.nat(45), { maxLength: 6 }),
  dtstampMs: fc.integer({ min: 0, max: 32_503_679_999_999 }),
});

describe("iCalendar properties, over random plans and texts", () => {
  it("every calendar keeps RFC 5545's byte rules and parses with ical.js: one event per session not excused, on its date, at its time", () => {
    fc.assert(
      fc.property(
        planArb,
        optionsArb,
        (plan, { title, description, times, alarmMinutesBefore, excused, dtstampMs }) => {
          const excusedDates = excused.map((k) => plan.sessions[k % plan.sessions.length]?.date ?? plan.start);
          const text = planToICalendar(plan, {
            routine: backSpasmRoutine,
            dtstampMs,
            title,
            description,
            excused: excusedDates,
            ...(times === null ? {} : { timeOfDay: times }),
            ...(alarmMinutesBefore === null ? {} : { alarmMinutesBefore }),
          });
          const events = readCalendar(text);
          const kept = plan.sessions.filter((session) => !excusedDates.includes(session.date));
          expect(events.map((event) => event.start)).toEqual(
            kept.map(({ date, slot }) => (times === null ? date : `${date}T${times[slot]?.padEnd(8, ":00")}`)),
          );
          expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
          for (const event of events) {
            expect(event.summary).toBe(asRead(title));
            expect(event.description).toBe(asRead(description) === "" ? null : asRead(description));
            expect(event.alarm?.triggerSeconds ?? null).toBe(
              alarmMinutesBefore === null ? null : 0 - alarmMinutesBefore * 60,
            );
            expect(event.durationSeconds).toBe(times === null ? null : 970);
          }
          expect(planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs, title, description })).toBe(
            planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs, title, description }),
          );
        },
      ),
      { numRuns: runs(150) },
    );
  }, 60_000);
});
