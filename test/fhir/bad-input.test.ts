import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { StretchKitError } from "../../src/errors.js";
import { planToCarePlan, recordToObservations, reportToBundle } from "../../src/export/fhir/index.js";
import { PATIENT, plan, playedRecord, report, SYSTEM } from "../helpers/exports.js";
import { issuesOf, summary } from "../helpers/issues.js";

// Bad input never crashes from inside: a StretchKitError with the code of the input and every
// issue's path.

const never = <T>(value: unknown): T => value as T;
const carePlanOptions = { patient: PATIENT, routine: backSpasmRoutine };

describe("planToCarePlan refuses", () => {
  it("an invalid plan, with every issue's path in the plan", () => {
    const bad = { ...plan, end: "2026-11-31", items: [{ ...plan.items[0], repetitions: 0 }], extra: 1 };
    expect(summary(issuesOf(() => planToCarePlan(never(bad), carePlanOptions), "invalid_plan"))).toEqual([
      "end: invalid_format",
      "items.0.repetitions: too_small",
      "extra: unrecognized_key",
    ]);
  });

  it("a patient reference with a space, or none, or not to a Patient", () => {
    for (const patient of ["Patient/1 23", " Patient/123", "Practitioner/1", "Patient/", undefined, 123]) {
      const issues = issuesOf(() => planToCarePlan(plan, never({ ...carePlanOptions, patient })), "invalid_options");
      expect(summary(issues)).toEqual([
        patient === undefined || patient === 123 ? "patient: invalid_type" : "patient: invalid_format",
      ]);
    }
  });

  it("a routine other than the plan's, or one that lacks a stretch of the plan", () => {
    const other = { ...backSpasmRoutine, id: "other-routine" };
    expect(
      summary(issuesOf(() => planToCarePlan(plan, { ...carePlanOptions, routine: other }), "invalid_options")),
    ).toEqual(["routine.id: conflict"]);
    const fewer = { ...backSpasmRoutine, items: backSpasmRoutine.items.slice(0, 2) };
    const issues = issuesOf(() => planToCarePlan(plan, { ...carePlanOptions, routine: fewer }), "invalid_options");
    expect(issues).toEqual([
      {
        path: ["routine", "items"],
        code: "conflict",
        message: "must do every stretch of the plan; it lacks spine-rotation, gluteal-stretch, quadriceps-stretch",
      },
    ]);
  });

  it("an invalid routine or schedule option, with paths under routine and schedule", () => {
    const routine = { ...backSpasmRoutine, items: [{ ...backSpasmRoutine.items[0], repetitions: 99 }] };
    expect(
      summary(issuesOf(() => planToCarePlan(plan, never({ ...carePlanOptions, routine })), "invalid_routine")),
    ).toEqual(["routine.items.0.repetitions: too_big"]);
    const unknown = { ...backSpasmRoutine, items: [{ stretchId: "no-such-stretch", repetitions: 3, holdSeconds: 20 }] };
    expect(
      summary(issuesOf(() => planToCarePlan(plan, never({ ...carePlanOptions, routine: unknown })), "invalid_routine")),
    ).toEqual(["routine.items.0.stretchId: unknown_stretch"]);
    const schedule = { holdSeconds: Number.NaN, firstSide: "up" };
    expect(
      summary(issuesOf(() => planToCarePlan(plan, never({ ...carePlanOptions, schedule })), "invalid_options")),
    ).toEqual(["schedule.holdSeconds: invalid_type", "schedule.firstSide: invalid_value"]);
  });

  it("bad times, title and id, and unknown keys, __proto__ among them", () => {
    const options = JSON.parse(
      `{"patient":"${PATIENT}","timeOfDay":"7:30","title":"","id":"has space","__proto__":{"x":1},"colour":"red"}`,
    );
    expect(
      summary(issuesOf(() => planToCarePlan(plan, { ...options, routine: backSpasmRoutine }), "invalid_options")),
    ).toEqual([
      "timeOfDay: invalid_format",
      "title: too_small",
      "id: invalid_format",
      "__proto__: unrecognized_key",
      "colour: unrecognized_key",
    ]);
    expect(
      summary(
        issuesOf(() => planToCarePlan(plan, { ...carePlanOptions, timeOfDay: ["07:30", "25:00"] }), "invalid_options"),
      ),
    ).toEqual(["timeOfDay.1: invalid_format"]);
  });

  it("a plan with more sessions a day than times given", () => {
    const twice = { ...plan, sessions: [...plan.sessions.slice(0, 1), { date: "2026-11-02", slot: 1 }] };
    const issues = issuesOf(() => planToCarePlan(twice, { ...carePlanOptions, timeOfDay: "07:30" }), "invalid_options");
    expect(issues).toEqual([
      {
        path: ["timeOfDay"],
        code: "conflict",
        message: "the plan has 2 sessions a day: give a list with a time for each",
      },
    ]);
  });

  it("options that throw when read, and a plan behind a Proxy that throws", () => {
    const getter = Object.defineProperty({ routine: backSpasmRoutine }, "patient", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(summary(issuesOf(() => planToCarePlan(plan, never(getter)), "invalid_options"))).toEqual([
      ": invalid_value",
    ]);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(() => planToCarePlan(never(proxy), carePlanOptions)).toThrow(StretchKitError);
  });
});

describe("recordToObservations refuses", () => {
  const options = { patient: PATIENT, system: SYSTEM };

  it("an invalid record, with every issue's path in the record: NaN, Infinity, sparse lists, huge numbers", () => {
    const pain = [playedRecord.pain?.[0]];
    pain.length = 3;
    const bad = { ...playedRecord, startedAtMs: Number.NaN, endedAtMs: Number.POSITIVE_INFINITY, effort: 1e300, pain };
    // (A number past Number.MAX_SAFE_INTEGER is too big twice: not a safe integer, and above the bound.)
    expect([...new Set(summary(issuesOf(() => recordToObservations(never(bad), options), "invalid_record")))]).toEqual([
      "startedAtMs: invalid_type",
      "endedAtMs: invalid_type",
      "effort: too_big",
      "pain.1: invalid_type",
      "pain.2: invalid_type",
    ]);
    expect(summary(issuesOf(() => recordToObservations(never(null), options), "invalid_record"))).toEqual([
      ": invalid_type",
    ]);
  });

  it("a patient with a space, a system that is not an absolute URI, an id that is not a FHIR id", () => {
    const bad = { patient: "Patient/1 2", system: "my codes", id: "x".repeat(55) };
    expect(summary(issuesOf(() => recordToObservations(playedRecord, bad), "invalid_options"))).toEqual([
      "patient: invalid_format",
      "system: invalid_format",
      "id: too_big",
    ]);
    expect(
      summary(issuesOf(() => recordToObservations(playedRecord, never({ patient: PATIENT })), "invalid_options")),
    ).toEqual(["system: invalid_type"]);
  });

  it("a record whose id is not a FHIR id, when no id is given", () => {
    const issues = issuesOf(() => recordToObservations({ ...playedRecord, id: "4 Nov" }, options), "invalid_options");
    expect(issues).toEqual([
      {
        path: ["id"],
        code: "invalid_format",
        message: "is needed: the record's id is no FHIR id of up to 54 characters",
      },
    ]);
  });
});

describe("reportToBundle refuses", () => {
  const options = { patient: PATIENT, system: SYSTEM };

  it("a report with missing, non-finite or wrongly typed figures, with their paths", () => {
    const bad = {
      ...report,
      sessionAdherence: { ...report.sessionAdherence, numerator: Number.NaN },
      doseAdherence: { ...report.doseAdherence, repetitions: null },
      sessionRatio: undefined,
      classification: "great",
      parameters: { ...report.parameters, completionThreshold: 2 },
      weeks: [{ start: "2026-13-01", end: "2026-11-08" }],
    };
    expect(summary(issuesOf(() => reportToBundle(never(bad), options), "invalid_report"))).toEqual([
      "parameters.completionThreshold: too_big",
      "sessionAdherence.numerator: invalid_type",
      "doseAdherence.repetitions: invalid_type",
      "sessionRatio: invalid_type",
      "classification: invalid_value",
      "weeks.0.start: invalid_format",
    ]);
    expect(summary(issuesOf(() => reportToBundle(never("report"), options), "invalid_report"))).toEqual([
      ": invalid_type",
    ]);
  });

  it("a patient with a space and unknown options", () => {
    expect(
      summary(
        issuesOf(
          () => reportToBundle(report, never({ ...options, patient: "Patient/ 1", id: "x" })),
          "invalid_options",
        ),
      ),
    ).toEqual(["patient: invalid_format", "id: unrecognized_key"]);
  });
});
