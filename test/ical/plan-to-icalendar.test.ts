import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planToICalendar } from "../../src/export/ical/index.js";
import { defineLocale } from "../../src/i18n/define-locale.js";
import { en } from "../../src/i18n/en.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { DTSTAMP_MS, plan, twiceADay } from "../helpers/exports.js";
import { asRead, contentLines, readCalendar } from "./checks.js";

const options = { routine: backSpasmRoutine, dtstampMs: DTSTAMP_MS };
const dates = plan.sessions.map((session) => session.date);

describe("planToICalendar", () => {
  it("writes a VCALENDAR with VERSION 2.0 and a PRODID, lines ending in CRLF", () => {
    const lines = contentLines(planToICalendar(plan, options));
    expect(lines.slice(0, 4)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//stretchkit//NONSGML stretchkit//EN",
      "CALSCALE:GREGORIAN",
    ]);
    expect(lines.at(-1)).toBe("END:VCALENDAR");
  });

  it("has one whole-day event per planned session, on its date, without a time of day", () => {
    const events = readCalendar(planToICalendar(plan, options));
    expect(events.map((event) => event.start)).toEqual(dates);
    expect(events.every((event) => event.isDate && event.durationSeconds === null && event.alarm === null)).toBe(true);
  });

  it("gives each event a UID from the routine, the date and the slot, the same on every call", () => {
    const events = readCalendar(planToICalendar(plan, options));
    expect(events[0]?.uid).toBe("back-spasm-stretches-2026-11-02-0@stretchkit.invalid");
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    const later = readCalendar(planToICalendar(plan, { ...options, dtstampMs: DTSTAMP_MS + 86_400_000 }));
    expect(later.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    const own = readCalendar(planToICalendar(plan, { ...options, uidDomain: "user-42.example.com" }));
    expect(own[0]?.uid).toBe("back-spasm-stretches-2026-11-02-0@user-42.example.com");
  });

  it("stamps every event with the DTSTAMP given, in UTC to the second", () => {
    const text = planToICalendar(plan, { ...options, dtstampMs: DTSTAMP_MS + 999 });
    expect(text).toContain("\r\nDTSTAMP:20261026T073320Z\r\n");
    expect(planToICalendar(plan, { ...options, dtstampMs: 0 })).toContain("\r\nDTSTAMP:19700101T000000Z\r\n");
    expect(planToICalendar(plan, { ...options, dtstampMs: 32_503_679_999_999 })).toContain(
      "\r\nDTSTAMP:29991231T235959Z\r\n",
    );
  });

  it("starts each event at the floating local time of day given and lasts one scheduled session", () => {
    const events = readCalendar(planToICalendar(plan, { ...options, timeOfDay: "07:30" }));
    expect(events.map((event) => event.start)).toEqual(dates.map((date) => `${date}T07:30:00`));
    expect(events.every((event) => !event.isDate && event.durationSeconds === 970)).toBe(true);
    const text = planToICalendar(plan, { ...options, timeOfDay: "07:30:15", schedule: { repetitions: "max" } });
    expect(text).toContain("\r\nDTSTART:20261102T073015\r\nDURATION:PT21M25S\r\n");
  });

  it("rounds a session's length up to the whole second", () => {
    const text = planToICalendar(plan, { ...options, timeOfDay: "06:00", schedule: { prepareSeconds: 0.5 } });
    expect(text).toContain("\r\nDURATION:PT15M23S\r\n");
  });

  it("gives each slot of a day its own time, and a UID of its own", () => {
    const events = readCalendar(planToICalendar(twiceADay, { ...options, timeOfDay: ["07:30", "18:00"] }));
    expect(events.slice(0, 2).map((event) => [event.start, event.uid])).toEqual([
      ["2026-11-05T07:30:00", "back-spasm-stretches-2026-11-05-0@stretchkit.invalid"],
      ["2026-11-05T18:00:00", "back-spasm-stretches-2026-11-05-1@stretchkit.invalid"],
    ]);
    expect(events).toHaveLength(twiceADay.sessions.length);
  });

  it("leaves out the events of excused dates", () => {
    const events = readCalendar(
      planToICalendar(plan, { ...options, excused: ["2026-11-04", "2026-11-05", "2027-01-01"] }),
    );
    expect(events.map((event) => event.start)).toEqual(dates.filter((date) => date !== "2026-11-04"));
  });

  it("titles events with the routine's name and describes them with its stretches' names, one a line", () => {
    const [event] = readCalendar(planToICalendar(plan, options));
    expect(event?.summary).toBe("Back Spasm Stretches");
    expect(event?.description).toBe(
      "Forward roll\nSideways reach\nSpine rotation\nGluteal stretch\nQuadriceps stretch",
    );
  });

  it("takes the stretches' names from the schedule's locale, and title and description from the options", () => {
    const german = defineLocale({ tag: "de", fallback: en, stretches: { "forward-roll": { name: "Vorwärtsrolle" } } });
    const [localized] = readCalendar(planToICalendar(plan, { ...options, schedule: { locale: german } }));
    expect(localized?.description?.split("\n")[0]).toBe("Vorwärtsrolle");
    const title = "Dehnen; Rücken, Nacken \\ Hüfte — 🧘";
    const description = 'Line one,\r\nline two; "three"\rfour\\';
    const [own] = readCalendar(planToICalendar(plan, { ...options, title, description }));
    expect(own?.summary).toBe(title);
    expect(own?.description).toBe(asRead(description));
    const [none] = readCalendar(planToICalendar(plan, { ...options, description: "" }));
    expect(none?.description).toBeNull();
  });

  it("escapes TEXT values and folds long lines at 75 octets without splitting a character", () => {
    const title = `${"ü".repeat(36)}, ${"🧘".repeat(30)}; done`;
    const text = planToICalendar(plan, { ...options, title });
    expect(text).toContain(`SUMMARY:${"ü".repeat(33)}\r\n ${"ü".repeat(3)}\\, `);
    const [event] = readCalendar(text);
    expect(event?.summary).toBe(title);
  });

  it("adds a display reminder the given minutes before each event, with the title as its text", () => {
    const events = readCalendar(
      planToICalendar(plan, { ...options, timeOfDay: "07:30", alarmMinutesBefore: 90, title: "Stretch" }),
    );
    expect(
      events.every((event) => event.alarm?.triggerSeconds === -5400 && event.alarm.description === "Stretch"),
    ).toBe(true);
    expect(planToICalendar(plan, { ...options, alarmMinutesBefore: 0 })).toContain("\r\nTRIGGER:PT0S\r\n");
    expect(planToICalendar(plan, { ...options, alarmMinutesBefore: 10_080 })).toContain("\r\nTRIGGER:-P7D\r\n");
    expect(planToICalendar(plan, { ...options, alarmMinutesBefore: 1441 })).toContain("\r\nTRIGGER:-P1DT1M\r\n");
  });

  it("writes no event for a plan whose sessions are all excused", () => {
    expect(readCalendar(planToICalendar(plan, { ...options, excused: dates }))).toEqual([]);
  });

  it("changes none of its inputs and gives the same text for the same input", () => {
    const frozen = deepFreeze({
      ...options,
      timeOfDay: ["07:30"],
      excused: ["2026-11-04"],
      schedule: { holdSeconds: 25 },
    });
    const before = jsonCopy({ plan, frozen });
    expect(planToICalendar(plan, frozen)).toBe(planToICalendar(jsonCopy(plan), jsonCopy(frozen)));
    expect({ plan, frozen }).toEqual(before);
  });
});
