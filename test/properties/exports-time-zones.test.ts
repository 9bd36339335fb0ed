import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsArb, reportArb } from "../helpers/export-arbitraries.js";
import { fromSrc, outputsByZone, underStryker } from "../helpers/time-zones.js";

describe("export properties", () => {
  it.skipIf(underStryker)("write the same bytes under TZ=UTC, TZ=America/St_Johns and TZ=Pacific/Chatham", () => {
    const cases = fc.sample(fc.tuple(recordsArb, reportArb), { numRuns: 15, seed: 20261102 });
    const outputs = outputsByZone<string[][]>(
      [
        `import { backSpasmRoutine } from ${fromSrc("catalog/back-spasm-routine.ts")};`,
        `import { planToICalendar } from ${fromSrc("export/ical/index.ts")};`,
        `import { planToCarePlan, recordToObservations, reportToBundle } from ${fromSrc("export/fhir/index.ts")};`,
        `import { recordsToCsv, reportToCsv } from ${fromSrc("export/csv/index.ts")};`,
        `const fhir = { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" };`,
        "output = cases.map(([{ plan, records }, report]) => [",
        `  planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs: 1793000000123, timeOfDay: ["07:30", "12:00", "18:45"], alarmMinutesBefore: 15 }),`,
        `  JSON.stringify(planToCarePlan(plan, { patient: fhir.patient, routine: backSpasmRoutine })),`,
        `  ...records.map((record, k) => JSON.stringify(recordToObservations(record, { ...fhir, id: "s" + k }))),`,
        `  JSON.stringify(reportToBundle(report, fhir)),`,
        `  recordsToCsv(records, { table: "holds" }), recordsToCsv(records, { table: "pain" }),`,
        `  reportToCsv(report, { table: "weeks" }), reportToCsv(report, { table: "stretches" }),`,
        "]);",
      ],
      cases,
    );
    expect(outputs.UTC.flat().length).toBeGreaterThan(cases.length * 7);
    expect(outputs["America/St_Johns"]).toEqual(outputs.UTC);
    expect(outputs["Pacific/Chatham"]).toEqual(outputs.UTC);
  });
});
