import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { StretchKitError } from "../../src/errors.js";
import { recordsToCsv, reportToCsv } from "../../src/export/csv/index.js";
import { planToCarePlan, recordToObservations } from "../../src/export/fhir/index.js";
import { planToICalendar } from "../../src/export/ical/index.js";
import { DTSTAMP_MS, PATIENT, plan, playedRecord, report, SYSTEM } from "../helpers/exports.js";

// The first line of an error's message says what was refused; the issues follow, one a line.
// A log or a form shows that line first, so it is part of what a user sees.

/** The error `run` throws: its code, the first line of its message and its first issue. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    const { code, message, issues } = error as StretchKitError;
    return { code, summary: message.split("\n")[0], first: issues[0] };
  }
  throw new Error("expected a StretchKitError");
}

const never = <T>(value: unknown): T => value as T;
const ical = { routine: backSpasmRoutine, dtstampMs: DTSTAMP_MS };
const twoASlot = { ...plan, sessions: [0, 1].map((slot) => ({ date: "2026-11-02", slot })) };

describe("an export's refusal says what was refused, on its first line", () => {
  it.each([
    [
      "a routine other than the plan's",
      () => planToICalendar(plan, { ...ical, routine: { ...backSpasmRoutine, id: "other-routine" } }),
      "The routine is not the plan's",
      { path: ["routine", "id"], code: "conflict", message: 'must be the plan\'s routineId, "back-spasm-stretches"' },
    ],
    [
      "a plan with two sessions a day and one time",
      () => planToICalendar(twoASlot, { ...ical, timeOfDay: "07:00" }),
      "Invalid options",
      {
        path: ["timeOfDay"],
        code: "conflict",
        message: "the plan has 2 sessions a day: give a list with a time for each",
      },
    ],
    [
      "a session too long to schedule",
      () => planToICalendar(plan, { ...ical, schedule: { holdSeconds: 600 } }),
      "Session too long",
      undefined,
    ],
    [
      "a record whose id is no FHIR id",
      () => recordToObservations({ ...playedRecord, id: "4 Nov" }, { patient: PATIENT, system: SYSTEM }),
      "Invalid FHIR options",
      undefined,
    ],
    [
      "a CarePlan of another routine",
      () => planToCarePlan(plan, { patient: PATIENT, routine: { ...backSpasmRoutine, id: "other-routine" } }),
      "The routine is not the plan's",
      undefined,
    ],
    ["calendar options of no kind", () => planToICalendar(plan, never({})), "Invalid calendar options", undefined],
    ["a CSV table of no kind", () => recordsToCsv([], never({ table: "weeks" })), "Invalid CSV options", undefined],
    [
      "CSV records that are none",
      () => recordsToCsv(never([null]), { table: "holds" }),
      "Invalid session records",
      undefined,
    ],
    [
      "a report table of no kind",
      () => reportToCsv(report, never({ table: "holds" })),
      "Invalid CSV options",
      undefined,
    ],
    ["a report without weeks", () => reportToCsv(never({}), { table: "weeks" }), "Invalid adherence report", undefined],
    [
      "a report without rows",
      () => reportToCsv(never({}), { table: "stretches" }),
      "Invalid adherence report",
      undefined,
    ],
  ])("%s", (_, run, summary, first) => {
    const refused = refusal(run);
    expect(refused.summary).toBe(summary);
    if (first !== undefined) expect(refused.first).toEqual(first);
  });
});
