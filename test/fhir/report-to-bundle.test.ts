import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { calculateAdherence } from "../../src/adherence/calculate-adherence.js";
import { reportToBundle } from "../../src/export/fhir/index.js";
import { jsonCopy } from "../helpers/deep-freeze.js";
import { PATIENT, plan, report, SYSTEM } from "../helpers/exports.js";
import { fhirIssues, loadValidators } from "./validators.js";

beforeAll(loadValidators, 60_000);

// Made in each test, not once when the file loads: mutation testing sees what a test runs.
let bundle: ReturnType<typeof reportToBundle>;
beforeEach(() => {
  bundle = reportToBundle(report, { patient: PATIENT, system: SYSTEM });
});

const local = (code: string, display: string) => ({
  coding: [{ system: SYSTEM, code, display }],
  text: `${display} (no standard code exists; a code of ${SYSTEM})`,
});
const count = (value: number, code: string, unit: string) => ({
  value,
  unit,
  system: "http://unitsofmeasure.org",
  code,
});

describe("reportToBundle", () => {
  it("writes a collection Bundle that FHIR R4 accepts, entry by entry too, claiming no profile", () => {
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("collection");
    expect(fhirIssues(bundle)).toEqual([]);
    expect(JSON.stringify(bundle)).not.toContain('"meta"');
  });

  it("holds one Observation per figure, coded in the caller's system with the report's names, saying no standard code exists", () => {
    expect(bundle.entry.map((entry) => entry.resource.code)).toEqual([
      local("sessionAdherence", "Session adherence"),
      local("doseAdherence", "Dose adherence"),
      local("sessionRatio", "Session ratio"),
    ]);
  });

  it("gives each figure's numerator and denominator as a ratio, for the patient, over the report's weeks", () => {
    const [sessions, dose, ratio] = bundle.entry.map((entry) => entry.resource);
    const { sessionAdherence, doseAdherence, sessionRatio } = report;
    expect(sessions?.valueRatio).toEqual({
      numerator: count(sessionAdherence.numerator, "{session}", "session"),
      denominator: count(sessionAdherence.denominator, "{session}", "session"),
    });
    expect(dose?.valueRatio).toEqual({
      numerator: count(doseAdherence.numerator, "ms", "ms"),
      denominator: count(doseAdherence.denominator, "ms", "ms"),
    });
    expect(ratio?.valueRatio?.denominator.value).toBe(sessionRatio.denominator);
    for (const entry of bundle.entry) {
      expect(entry.resource).toMatchObject({
        status: "final",
        subject: { reference: "Patient/123" },
        effectivePeriod: { start: "2026-11-02", end: "2026-11-15" },
      });
    }
  });

  it("puts the classification, the repetitions and every parameter the figures were computed with in components", () => {
    const parameters = [
      { code: local("completionThreshold", "completionThreshold"), valueQuantity: count(0.8, "1", "1") },
      { code: local("adherentThreshold", "adherentThreshold"), valueQuantity: count(0.8, "1", "1") },
      { code: local("permissibleGapDays", "permissibleGapDays"), valueInteger: 14 },
      { code: local("painFlagScore", "painFlagScore"), valueInteger: 7 },
      { code: local("effortFlagScore", "effortFlagScore"), valueInteger: 9 },
      { code: local("since", "since"), valueDateTime: "2026-11-02" },
      { code: local("excusedDates", "excusedDates"), valueInteger: 1 },
    ];
    const [sessions, dose, ratio] = bundle.entry.map((entry) => entry.resource);
    expect(sessions?.component).toEqual([
      { code: local("classification", "Classification"), valueString: report.classification },
      ...parameters,
    ]);
    expect(dose?.component).toEqual([
      {
        code: local("repetitions", "Repetitions done over planned"),
        valueRatio: {
          numerator: count(report.doseAdherence.repetitions.numerator, "{repetition}", "repetition"),
          denominator: count(report.doseAdherence.repetitions.denominator, "{repetition}", "repetition"),
        },
      },
      ...parameters,
    ]);
    expect(ratio?.component).toEqual(parameters);
  });

  it("leaves `since` out when the report has none", () => {
    const whole = calculateAdherence({ plan, records: [], asOf: "2026-11-02" });
    const codes = reportToBundle(whole, { patient: PATIENT, system: SYSTEM }).entry[0]?.resource.component?.map(
      (component) => component.code.coding[0]?.code,
    );
    expect(codes).not.toContain("since");
    expect(codes).toContain("excusedDates");
  });

  it("leaves the period out of a report without weeks (one read back from storage)", () => {
    const noWeeks = reportToBundle({ ...report, weeks: [] }, { patient: PATIENT, system: SYSTEM });
    expect(noWeeks.entry[0]?.resource).not.toHaveProperty("effectivePeriod");
    expect(fhirIssues(noWeeks)).toEqual([]);
  });

  it("changes none of its inputs and gives the same Bundle for the same input", () => {
    const before = jsonCopy(report);
    expect(reportToBundle(report, { patient: PATIENT, system: "urn:oid:2.999.1" })).toEqual(
      reportToBundle(report, { patient: PATIENT, system: "urn:oid:2.999.1" }),
    );
    expect(report).toEqual(before);
  });
});
