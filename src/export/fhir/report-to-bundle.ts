import * as z from "zod/mini";
import type { AdherenceReport } from "../../adherence/types.js";
import { parseWith } from "../../internal/issues.js";
import { patientSchema, systemSchema } from "../shared/options.js";
import { type ReportFigures, reportFiguresSchema } from "../shared/report-schema.js";
import { localComponent, localConcept, observation, quantity } from "./codes.js";
import type { FhirCodeOptions } from "./options.js";
import type { FhirBundle, FhirObservation, FhirObservationComponent, FhirRatio } from "./types.js";

const optionsSchema = /* @__PURE__ */ z.strictObject({ patient: patientSchema, system: systemSchema });

/** A figure of the report: numerator over denominator. */
interface Figure {
  readonly numerator: number;
  readonly denominator: number;
}

/** A count in a UCUM unit: an annotation such as `{session}` counts things, `ms` is milliseconds. */
function ratio({ numerator, denominator }: Figure, code: string, unit?: string): FhirRatio {
  return { numerator: quantity(numerator, code, unit), denominator: quantity(denominator, code, unit) };
}

/**
 * Writes the figures of an adherence report as a FHIR R4 `Bundle` of type `collection` (JSON)
 * with three `Observation`s: session adherence, dose adherence and the session ratio, in that
 * order. No standard code exists for these figures, so each is coded in the caller's `system`
 * (`sessionAdherence`, `doseAdherence`, `sessionRatio`: the report's own names) with a text that says so; none claims a
 * profile (no `meta.profile`).
 *
 * Each Observation: `status` `final`, the patient as `subject`, `effectivePeriod` from the first
 * week's start to the last week's end, and `valueRatio` the figure's numerator over its
 * denominator (sessions as UCUM `{session}`, hold time in `ms`). Components, in the caller's
 * `system`, named as in the report: its `parameters` (`completionThreshold` and `adherentThreshold`
 * as quantities of unit `1`, `permissibleGapDays`, `painFlagScore`, `effortFlagScore` and
 * `excusedDates` as whole numbers, `since` as a date when set); on session adherence the
 * `classification`, on dose adherence `repetitions` (done over planned).
 *
 * @param report - A report from `calculateAdherence` (or storage: the parts read are checked).
 * @param options - The patient and the code system; see {@link FhirCodeOptions}.
 * @returns A fresh `Bundle` resource, plain JSON.
 * @throws {@link stretchkit!StretchKitError} with every issue and its path: `invalid_report` (paths in the
 * report) or `invalid_options` (e.g. `["patient"]` for a reference with a space, `["system"]`).
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * const report = calculateAdherence({ plan, records: [], asOf: "2026-11-30" });
 * const bundle = reportToBundle(report, { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" });
 * bundle.entry.map((entry) => entry.resource.code.coding[0]?.code); //=> ["sessionAdherence", "doseAdherence", "sessionRatio"]
 * bundle.entry[0]?.resource.valueRatio?.denominator.value; //=> 12
 */
export function reportToBundle(report: AdherenceReport, options: FhirCodeOptions): FhirBundle {
  const { patient, system } = parseWith(optionsSchema, options, "invalid_options", "Invalid FHIR options");
  const read = parseWith(reportFiguresSchema, report, "invalid_report", "Invalid adherence report");
  const first = read.weeks[0];
  const last = read.weeks.at(-1);
  const parameters = parameterComponents(system, read.parameters);
  const figure = (code: string, display: string, value: FhirRatio, extra: FhirObservationComponent[]) => ({
    resource: {
      ...observation(localConcept(system, code, display), patient),
      ...(first === undefined || last === undefined ? {} : { effectivePeriod: { start: first.start, end: last.end } }),
      valueRatio: value,
      component: [...extra, ...parameters],
    } satisfies FhirObservation,
  });
  const sessions = (value: Figure) => ratio(value, "{session}", "session");
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: [
      figure("sessionAdherence", "Session adherence", sessions(read.sessionAdherence), [
        localComponent(system, "classification", "Classification", { valueString: read.classification }),
      ]),
      figure("doseAdherence", "Dose adherence", ratio(read.doseAdherence, "ms"), [
        localComponent(system, "repetitions", "Repetitions done over planned", {
          valueRatio: ratio(read.doseAdherence.repetitions, "{repetition}", "repetition"),
        }),
      ]),
      figure("sessionRatio", "Session ratio", sessions(read.sessionRatio), []),
    ],
  };
}

/**
 * The definition the figures were computed with, as components coded with the report's own names
 * (`completionThreshold`, ..., `excusedDates`); `since` only when set.
 */
function parameterComponents(system: string, parameters: ReportFigures["parameters"]): FhirObservationComponent[] {
  return Object.entries(parameters).flatMap(([name, value]) => {
    if (value === null) return [];
    const typed =
      typeof value === "string"
        ? { valueDateTime: value }
        : name.endsWith("Threshold")
          ? { valueQuantity: quantity(value, "1") }
          : { valueInteger: value };
    return [localComponent(system, name, name, typed)];
  });
}
