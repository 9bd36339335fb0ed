import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsArb, reportArb } from "../helpers/export-arbitraries.js";

/** Stryker's workers run no mutant in a child process: the time-zone test is skipped there (see vitest.stryker.config.ts). */
const underStryker = process.env["STRYKER_MUTATOR_WORKER"] !== undefined;

describe("export properties", () => {
  it.skipIf(underStryker)("write the same bytes under TZ=UTC, TZ=America/St_Johns and TZ=Pacific/Chatham", () => {
    // src/ never touches Date; this proves it from outside for the exports: the same bundle of
    // src/ writes every export in child processes whose only difference is TZ.
    const cases = fc.sample(fc.tuple(recordsArb, reportArb), { numRuns: 15, seed: 20261102 });
    const dir = mkdtempSync(join(tmpdir(), "stretchkit-export-tz-"));
    try {
      const src = fileURLToPath(new URL("../../src/", import.meta.url));
      const entry = join(dir, "entry.ts");
      writeFileSync(
        entry,
        [
          `import { readFileSync } from "node:fs";`,
          `import { backSpasmRoutine } from ${JSON.stringify(join(src, "catalog/back-spasm-routine.ts"))};`,
          `import { planToICalendar } from ${JSON.stringify(join(src, "export/ical/index.ts"))};`,
          `import { planToCarePlan, recordToObservations, reportToBundle } from ${JSON.stringify(join(src, "export/fhir/index.ts"))};`,
          `import { recordsToCsv, reportToCsv } from ${JSON.stringify(join(src, "export/csv/index.ts"))};`,
          `const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));`,
          `const fhir = { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" };`,
          "const outputs = cases.map(([{ plan, records }, report]) => [",
          `  planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs: 1793000000123, timeOfDay: ["07:30", "12:00", "18:45"], alarmMinutesBefore: 15 }),`,
          `  JSON.stringify(planToCarePlan(plan, { patient: fhir.patient, routine: backSpasmRoutine })),`,
          `  ...records.map((record, k) => JSON.stringify(recordToObservations(record, { ...fhir, id: "s" + k }))),`,
          `  JSON.stringify(reportToBundle(report, fhir)),`,
          `  recordsToCsv(records, { table: "holds" }), recordsToCsv(records, { table: "pain" }),`,
          `  reportToCsv(report, { table: "weeks" }), reportToCsv(report, { table: "stretches" }),`,
          "]);",
          `process.stdout.write(JSON.stringify({ offset: new Date(2026, 0, 15).getTimezoneOffset(), outputs }));`,
        ].join("\n"),
      );
      const bundle = join(dir, "bundle.mjs");
      buildSync({
        entryPoints: [entry],
        bundle: true,
        platform: "node",
        format: "esm",
        outfile: bundle,
        logLevel: "error",
      });
      const casesFile = join(dir, "cases.json");
      writeFileSync(casesFile, JSON.stringify(cases));
      const runIn = (timeZone: string) => {
        const child = spawnSync(process.execPath, [bundle, casesFile], {
          env: { ...process.env, TZ: timeZone },
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        });
        expect(child.status, child.stderr).toBe(0);
        return JSON.parse(child.stdout) as { offset: number; outputs: string[][] };
      };
      const utc = runIn("UTC");
      const stJohns = runIn("America/St_Johns");
      const chatham = runIn("Pacific/Chatham");
      expect([utc.offset, stJohns.offset, chatham.offset]).toEqual([0, 210, -825]);
      expect(utc.outputs.flat().length).toBeGreaterThan(cases.length * 7);
      expect(stJohns.outputs).toEqual(utc.outputs);
      expect(chatham.outputs).toEqual(utc.outputs);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
