import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { createCatalog } from "../../src/catalog/create-catalog.js";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { composeRoutine } from "../../src/compose/compose-routine.js";
import { planToCarePlan } from "../../src/export/fhir/index.js";
import { defineLocale } from "../../src/i18n/define-locale.js";
import { en } from "../../src/i18n/en.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { PATIENT, plan, twiceADay } from "../helpers/exports.js";
import { fhirIssues, loadValidators } from "./validators.js";

beforeAll(loadValidators, 60_000);

// Made in each test, not once when the file loads: mutation testing sees what a test runs.
let carePlan: ReturnType<typeof planToCarePlan>;
beforeEach(() => {
  carePlan = planToCarePlan(plan, { patient: PATIENT, routine: backSpasmRoutine });
});

describe("planToCarePlan", () => {
  it("writes a CarePlan that FHIR R4's structure definitions and HL7's JSON schema accept, claiming no profile", () => {
    expect(fhirIssues(carePlan)).toEqual([]);
    expect(carePlan).not.toHaveProperty("meta");
  });

  it("is an active plan (not an order) for the patient, over the plan's days, titled with the routine's name", () => {
    expect(carePlan).toMatchObject({
      resourceType: "CarePlan",
      status: "active",
      intent: "plan",
      title: "Back Spasm Stretches",
      subject: { reference: "Patient/123" },
      period: { start: "2026-11-02", end: "2026-11-29" },
    });
    expect(carePlan).not.toHaveProperty("id");
  });

  it("has one scheduled activity per stretch, in the routine's order, coded SNOMED CT 229070002 with the stretch's name", () => {
    expect(carePlan.activity.map((activity) => activity.detail.code)).toEqual(
      ["Forward roll", "Sideways reach", "Spine rotation", "Gluteal stretch", "Quadriceps stretch"].map((text) => ({
        coding: [{ system: "http://snomed.info/sct", code: "229070002", display: "Stretching exercises" }],
        text,
      })),
    );
    expect(carePlan.activity.every((activity) => activity.detail.status === "scheduled")).toBe(true);
  });

  it("gives the repetitions, the hold and the sides in each activity's instructions", () => {
    expect(carePlan.activity[0]?.detail.description).toBe(
      "Forward roll. 3 repetitions, hold about 20 s each, as long as is comfortable.",
    );
    expect(carePlan.activity[1]?.detail.description).toBe(
      "Sideways reach. Left side: 3 repetitions, hold about 20 s each, as long as is comfortable. " +
        "Right side: 3 repetitions, hold about 20 s each, as long as is comfortable.",
    );
  });

  it("times every activity by the plan's weekly frequency and days, within the plan's days", () => {
    const timing = { repeat: { boundsPeriod: { start: "2026-11-02", end: "2026-11-29" }, frequency: 3 } };
    for (const activity of carePlan.activity) {
      expect(activity.detail.scheduledTiming).toEqual({
        repeat: { ...timing.repeat, period: 1, periodUnit: "wk", dayOfWeek: ["mon", "wed", "fri"] },
      });
    }
  });

  it("counts every session of a day in the weekly frequency, with the time of day of each slot", () => {
    const twice = planToCarePlan(twiceADay, {
      patient: PATIENT,
      routine: backSpasmRoutine,
      timeOfDay: ["07:30", "18:15:30", "21:00"],
    });
    expect(twice.activity[0]?.detail.scheduledTiming?.repeat).toMatchObject({
      frequency: 6,
      dayOfWeek: ["tue", "thu", "sat"],
      timeOfDay: ["07:30:00", "18:15:30"],
    });
    expect(fhirIssues(twice)).toEqual([]);
  });

  it("takes the caller's title and id, and the stretches' names in the schedule's language", () => {
    const german = defineLocale({
      tag: "de",
      fallback: en,
      stretches: { "forward-roll": { name: "Vorwärtsrolle" }, "quadriceps-stretch": { name: "Oberschenkel-Dehnung" } },
    });
    const own = planToCarePlan(plan, {
      patient: "Patient/a.b-42",
      routine: backSpasmRoutine,
      schedule: { locale: german },
      title: "Rücken",
      id: "plan-2026.11",
    });
    expect(own).toMatchObject({ id: "plan-2026.11", title: "Rücken", subject: { reference: "Patient/a.b-42" } });
    expect(own.activity.map((activity) => activity.detail.code?.text)).toEqual([
      "Vorwärtsrolle",
      "Sideways reach",
      "Spine rotation",
      "Gluteal stretch",
      "Oberschenkel-Dehnung",
    ]);
    expect(fhirIssues(own)).toEqual([]);
  });

  it("says a fixed hold without 'as long as is comfortable', and one side only for a one-sided item", () => {
    const timed = defineStretch({
      ...getStretch("forward-roll"),
      id: "timed-roll",
      hold: { ...getStretch("forward-roll").hold, endsOnUser: false },
    });
    const catalog = createCatalog([timed]);
    const routine = composeRoutine(
      {
        id: "short",
        name: "Short",
        items: [
          { stretchId: "timed-roll", repetitions: 1, holdSeconds: 12 },
          { stretchId: "gluteal-stretch", sides: "right" },
        ],
      },
      { catalog },
    );
    const short = planSessions(routine, { start: "2026-11-02", weeks: 1, catalog });
    const descriptions = planToCarePlan(short, { patient: PATIENT, routine, schedule: { catalog } }).activity.map(
      (activity) => activity.detail.description,
    );
    expect(descriptions).toEqual([
      "Forward roll. 1 repetition, hold 12 s each.",
      "Gluteal stretch. Right side: 3 repetitions, hold about 20 s each, as long as is comfortable.",
    ]);
  });

  it("leaves control characters out of texts, and a title or name of white space out altogether", () => {
    const blank = planToCarePlan(plan, {
      patient: PATIENT,
      routine: { ...backSpasmRoutine, name: "Back\u0000 care\u0007" },
      schedule: {
        locale: defineLocale({ tag: "en-XX", fallback: en, stretches: { "forward-roll": { name: " \t\u0001" } } }),
      },
    });
    expect(blank.title).toBe("Back care");
    expect(blank.activity[0]?.detail.code).not.toHaveProperty("text");
    expect(blank.activity[0]?.detail.description).toBe(
      "3 repetitions, hold about 20 s each, as long as is comfortable.",
    );
    expect(planToCarePlan(plan, { patient: PATIENT, routine: backSpasmRoutine, title: "\n " })).not.toHaveProperty(
      "title",
    );
    expect(fhirIssues(blank)).toEqual([]);
  });

  it("leaves the timing out for a plan without sessions", () => {
    const empty = planToCarePlan({ ...plan, sessions: [] }, { patient: PATIENT, routine: backSpasmRoutine });
    expect(empty.activity[0]?.detail).not.toHaveProperty("scheduledTiming");
    expect(fhirIssues(empty)).toEqual([]);
  });

  it("changes none of its inputs and gives the same resource for the same input", () => {
    const options = deepFreeze({ patient: PATIENT, routine: backSpasmRoutine, timeOfDay: ["08:00"] as const });
    const before = jsonCopy({ plan, options });
    expect(planToCarePlan(plan, options)).toEqual(planToCarePlan(plan, options));
    expect({ plan, options }).toEqual(before);
  });
});
