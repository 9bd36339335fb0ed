import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planToICalendar } from "../../src/export/ical/index.js";
import { DTSTAMP_MS, plan } from "../helpers/exports.js";
import { issuesOf, summary } from "../helpers/issues.js";

// Bad input never crashes from inside: a StretchKitError with the code of the input and every
// issue's path.

const never = <T>(value: unknown): T => value as T;
const options = { routine: backSpasmRoutine, dtstampMs: DTSTAMP_MS };
const refused = (run: () => unknown, code: Parameters<typeof issuesOf>[1]) => summary(issuesOf(run, code));

describe("planToICalendar refuses", () => {
  it("a DTSTAMP that is not an instant in whole milliseconds from 1970 to the end of 2999", () => {
    const cases: [unknown, string][] = [
      [undefined, "dtstampMs: invalid_type"],
      ["1793000000000", "dtstampMs: invalid_type"],
      [Number.NaN, "dtstampMs: invalid_type"],
      [Number.POSITIVE_INFINITY, "dtstampMs: invalid_type"],
      [1.5, "dtstampMs: not_integer"],
      [-1, "dtstampMs: too_small"],
      [32_503_680_000_000, "dtstampMs: too_big"],
    ];
    for (const [dtstampMs, issue] of cases) {
      expect(refused(() => planToICalendar(plan, never({ ...options, dtstampMs })), "invalid_options")).toEqual([
        issue,
      ]);
    }
  });

  it("an invalid plan, with every issue's path in the plan", () => {
    const sessions = [...plan.sessions];
    sessions[1] = never(undefined);
    const bad = { ...plan, routineId: "Back Spasm", sessions, holdMsPerSession: 1 };
    expect(refused(() => planToICalendar(never(bad), options), "invalid_plan")).toEqual([
      "routineId: invalid_format",
      "holdMsPerSession: too_small",
      "sessions.1: invalid_type",
    ]);
    expect(refused(() => planToICalendar(never([]), options), "invalid_plan")).toEqual([": invalid_type"]);
  });

  it("a missing or invalid routine, with paths under routine; one other than the plan's", () => {
    expect(refused(() => planToICalendar(plan, never({ dtstampMs: DTSTAMP_MS })), "invalid_routine")).toEqual([
      "routine: invalid_type",
    ]);
    const routine = { ...backSpasmRoutine, name: "", items: [] };
    expect(refused(() => planToICalendar(plan, never({ ...options, routine })), "invalid_routine")).toEqual([
      "routine.name: too_small",
      "routine.items: too_small",
    ]);
    const other = { ...backSpasmRoutine, id: "other-routine" };
    expect(refused(() => planToICalendar(plan, { ...options, routine: other }), "invalid_options")).toEqual([
      "routine.id: conflict",
    ]);
  });

  it("bad schedule options, a locale among them, with paths under schedule", () => {
    expect(
      refused(() => planToICalendar(plan, never({ ...options, schedule: { easeSeconds: -1 } })), "invalid_options"),
    ).toEqual(["schedule.easeSeconds: too_small"]);
    expect(
      refused(
        () => planToICalendar(plan, never({ ...options, schedule: { locale: { tag: "x" } } })),
        "invalid_locale",
      )[0],
    ).toBe("schedule.locale.tag: too_small");
    expect(
      refused(() => planToICalendar(plan, { ...options, schedule: { holdSeconds: 600 } }), "invalid_session"),
    ).toEqual(["schedule: too_big"]);
  });

  it("bad times, alarm, texts, excused dates and UID domain, and unknown keys", () => {
    const bad = {
      ...options,
      timeOfDay: ["24:00"],
      alarmMinutesBefore: 10_081,
      title: "x".repeat(1001),
      description: 5,
      excused: ["2026-02-30"],
      uidDomain: "my app.example",
      __proto__: null,
      reminder: true,
    };
    expect(refused(() => planToICalendar(plan, never(bad)), "invalid_options")).toEqual([
      "timeOfDay.0: invalid_format",
      "alarmMinutesBefore: too_big",
      "title: too_big",
      "description: invalid_type",
      "excused.0: invalid_format",
      "uidDomain: invalid_format",
      "reminder: unrecognized_key",
    ]);
  });

  it("a plan with three sessions a day and two times", () => {
    const three = { ...plan, sessions: [0, 1, 2].map((slot) => ({ date: "2026-11-02", slot })) };
    expect(
      refused(() => planToICalendar(three, { ...options, timeOfDay: ["07:00", "12:00"] }), "invalid_options"),
    ).toEqual(["timeOfDay: conflict"]);
  });

  it("options that throw when read", () => {
    const throwing = new Proxy(
      { ...options },
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(refused(() => planToICalendar(plan, throwing), "invalid_options")).toEqual([": invalid_value"]);
  });
});
