import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { planToCarePlan, recordToObservations, reportToBundle } from "../../src/export/fhir/index.js";
import { dayOfWeek, toDayNumber } from "../../src/internal/dates.js";
import { planArb, recordsArb, reportArb, textArb } from "../helpers/export-arbitraries.js";
import { PATIENT, SYSTEM } from "../helpers/exports.js";
import { runs } from "../helpers/stryker.js";
import { fhirIssues, loadValidators } from "./validators.js";

beforeAll(loadValidators, 60_000);

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

describe("FHIR properties, over random plans, records and reports", () => {
  it("every CarePlan validates, whatever its title, with the plan's weekdays and sessions a week", () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), textArb(1, 60), textArb(1, 60), (plan, timed, title, name) => {
        const timeOfDay = timed ? ["07:00", "12:30", "19:15:05"] : undefined;
        const routine = { ...backSpasmRoutine, name };
        const carePlan = planToCarePlan(plan, { patient: PATIENT, routine, timeOfDay, ...(timed ? { title } : {}) });
        expect(fhirIssues(carePlan)).toEqual([]);
        const repeat = carePlan.activity[0]?.detail.scheduledTiming?.repeat;
        const weekdays = new Set(plan.sessions.map((session) => DAYS[dayOfWeek(toDayNumber(session.date))]));
        expect(new Set(repeat?.dayOfWeek)).toEqual(weekdays);
        const weeks = (toDayNumber(plan.end) - toDayNumber(plan.start) + 1) / 7;
        expect(repeat?.frequency).toBe(plan.sessions.length / weeks);
      }),
      { numRuns: runs(40) },
    );
  }, 60_000);

  it("every Observation of a record validates; the session lists every pain report, scored or not", () => {
    fc.assert(
      fc.property(recordsArb, ({ records }) => {
        for (const [k, record] of records.entries()) {
          const observations = recordToObservations(record, { patient: PATIENT, system: SYSTEM, id: `session-${k}` });
          for (const observation of observations) expect(fhirIssues(observation)).toEqual([]);
          const [session, ...pain] = observations;
          expect(pain.map((observation) => observation.valueInteger)).toEqual(
            (record.pain ?? []).map((report) => report.score),
          );
          expect(pain.map((observation) => observation.dataAbsentReason?.coding?.[0]?.code)).toEqual(
            (record.pain ?? []).map((report) => (report.score === undefined ? "unknown" : undefined)),
          );
          expect(session?.hasMember ?? []).toEqual(
            pain.map((observation) => ({ reference: `Observation/${observation.id}` })),
          );
        }
      }),
      { numRuns: runs(30) },
    );
  }, 60_000);

  it("every Bundle of a report validates, entry by entry, with each figure's numerator and denominator", () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const bundle = reportToBundle(report, { patient: PATIENT, system: SYSTEM });
        expect(fhirIssues(bundle)).toEqual([]);
        const figures = [report.sessionAdherence, report.doseAdherence, report.sessionRatio];
        expect(
          bundle.entry.map(({ resource }) => [
            resource.valueRatio?.numerator.value,
            resource.valueRatio?.denominator.value,
          ]),
        ).toEqual(figures.map((figure) => [figure.numerator, figure.denominator]));
      }),
      { numRuns: runs(30) },
    );
  }, 60_000);
});
