import type { Bundle, CarePlan, Observation } from "@medplum/fhirtypes";
import { describe, expectTypeOf, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import {
  type RecordsCsvOptions,
  type ReportCsvOptions,
  recordsToCsv,
  reportToCsv,
} from "../../src/export/csv/index.js";
import {
  type CarePlanOptions,
  type FhirBundle,
  type FhirCarePlan,
  type FhirObservation,
  planToCarePlan,
  recordToObservations,
  reportToBundle,
} from "../../src/export/fhir/index.js";
import { type ICalendarOptions, planToICalendar } from "../../src/export/ical/index.js";
import type { DeepReadonly } from "../../src/internal/freeze.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import type { SessionRecord } from "../../src/schema/session-record.js";

const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
const report = calculateAdherence({ plan, records: [], asOf: "2026-11-10" });
const records: SessionRecord[] = [];
const fhir = { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" };

describe("stretchkit/csv types", () => {
  it("take a table by name: a wrong table fails to compile", () => {
    expectTypeOf<RecordsCsvOptions["table"]>().toEqualTypeOf<"holds" | "pain">();
    expectTypeOf<ReportCsvOptions["table"]>().toEqualTypeOf<"weeks" | "stretches">();
    expectTypeOf(recordsToCsv(records, { table: "holds" })).toEqualTypeOf<string>();
    // @ts-expect-error "weeks" is a table of a report, not of records
    recordsToCsv(records, { table: "weeks" });
    // @ts-expect-error "holds" is a table of records, not of a report
    reportToCsv(report, { table: "holds" });
    // @ts-expect-error the table is required
    reportToCsv(report, {});
  });
});

describe("stretchkit/fhir types", () => {
  it("require the patient in every function, and the code system where local codes are written", () => {
    expectTypeOf(
      planToCarePlan(plan, { patient: "Patient/1", routine: backSpasmRoutine }),
    ).toEqualTypeOf<FhirCarePlan>();
    // @ts-expect-error the patient is required
    planToCarePlan(plan, { routine: backSpasmRoutine });
    // @ts-expect-error the routine is required
    planToCarePlan(plan, { patient: "Patient/1" });
    // @ts-expect-error the patient is required
    recordToObservations(records[0] as SessionRecord, { system: fhir.system });
    // @ts-expect-error the code system is required
    recordToObservations(records[0] as SessionRecord, { patient: fhir.patient });
    // @ts-expect-error the patient is required
    reportToBundle(report, { system: fhir.system });
    expectTypeOf(reportToBundle(report, fhir)).toEqualTypeOf<FhirBundle>();
  });

  it("take optional options written out as undefined", () => {
    const options: CarePlanOptions = {
      patient: "Patient/1",
      routine: backSpasmRoutine,
      schedule: undefined,
      timeOfDay: undefined,
      title: undefined,
      id: undefined,
    };
    expectTypeOf(planToCarePlan(plan, options)).toEqualTypeOf<FhirCarePlan>();
  });

  it("write what @medplum/fhirtypes' FHIR R4 types accept: codes, units and shapes", () => {
    expectTypeOf<FhirCarePlan>().toExtend<DeepReadonly<CarePlan>>();
    expectTypeOf<FhirObservation>().toExtend<DeepReadonly<Observation>>();
    expectTypeOf<FhirBundle>().toExtend<DeepReadonly<Bundle>>();
  });
});

describe("stretchkit/ical types", () => {
  it("require the routine and the DTSTAMP, and take a time or a time per slot", () => {
    const options: ICalendarOptions = { routine: backSpasmRoutine, dtstampMs: 0, timeOfDay: ["07:30", "18:00"] };
    expectTypeOf(planToICalendar(plan, options)).toEqualTypeOf<string>();
    // @ts-expect-error the DTSTAMP is required
    planToICalendar(plan, { routine: backSpasmRoutine });
    // @ts-expect-error the DTSTAMP is an instant in milliseconds, not a Date
    planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs: new Date(0) });
    // @ts-expect-error a time of day is text
    planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs: 0, timeOfDay: 730 });
  });
});
