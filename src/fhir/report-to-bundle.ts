import * as z from "zod/mini";
import type { AdherenceReport } from "../adherence/types.js";
import { parseWith, refuseUnreadable } from "../internal/issues.js";
import { type ReportFigures, reportFiguresSchema } from "../schema/adherence-report.js";
import { patientSchema, systemSchema } from "../schema/export.js";
import { localComponent, localConcept, quantity } from "./codes.js";
import type { FhirCodeOptions } from "./options.js";
import type { FhirBundle, FhirObservation, FhirObservationComponent, FhirPeriod, FhirRatio } from "./types.js";

const optionsSchema = /* @__PURE__ */ z.strictObject({ patient: patientSchema, system: systemSchema });

/** A figure of the report: numerator over denominator. */
interface Figure {
  readonly numerator: number;
  readonly denominator: number;
}

/** A count in a UCUM unit: an annotation such as `{session}` counts things, `ms` is milliseconds. */
function ratio({ numerator, denominator }: Figure, code: string, unit: string): FhirRatio {
  return { numerator: quantity(numerator, code, unit), denominator: quantity(denominator, code, unit) };
}

/**
 * Writes the figures of an adherence report as a FHIR R4 `Bundle` of type `collection` (JSON)
 * with three `Observation`s: session adherence, dose adherence and the session ratio, in that
 * order. No standard code exists for these figures, so each is coded in the caller's `system`
 * (`session-adherence`, `dose-adherence`, `session-ratio`) with a text that says so; none claims a
 * profile (no `meta.profile`).
 *
 * Each Observation: `status` `final`, the patient as `subject`, `effectivePeriod` from the first
 * week's start to the last week's end, and `valueRatio` the figure's numerator over its
 * denominator (sessions as UCUM `{session}`, hold time in `ms`). Components, in the caller's
 * `system`: the report's `parameters` (`completion-threshold`, `adherent-threshold`,
 * `permissible-gap`, `pain-flag-score`, `effort-flag-score`, `since` when set, `excused-dates`);
 * and on session adherence the `classification`, on dose adherence `repetition-adherence`
 * (repetitions done over planned).
 *
 * @param report - A report from `calculateAdherence` (or storage: the parts read are checked).
 * @param options - The patient and the code system; see {@link FhirCodeOptions}.
 * @returns A fresh `Bundle` resource, plain JSON.
 * @throws {@link StretchKitError} with every issue and its path: `invalid_report` (paths in the
 * report) or `invalid_options` (e.g. `["patient"]` for a reference with a space, `["system"]`).
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
 * const report = calculateAdherence({ plan, records: [], asOf: "2026-11-30" });
 * const bundle = reportToBundle(report, { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" });
 * bundle.entry.map((entry) => entry.resource.code.coding[0]?.code); //=> ["session-adherence", "dose-adherence", "session-ratio"]
 * bundle.entry[0]?.resource.valueRatio?.denominator.value; //=> 12
 */
export function reportToBundle(report: AdherenceReport, options: FhirCodeOptions): FhirBundle {
  return refuseUnreadable("invalid_options", "Invalid FHIR options", () => {
    const { patient, system } = parseWith(optionsSchema, options, "invalid_options", "Invalid FHIR options");
    const read = parseWith(reportFiguresSchema, report, "invalid_report", "Invalid adherence report");
    const first = read.weeks[0];
    const last = read.weeks.at(-1);
    const window = first === undefined || last === undefined ? null : { start: first.start, end: last.end };
    const parameters = parameterComponents(system, read.parameters);
    const figure = (code: string, display: string, value: FhirRatio, extra: FhirObservationComponent[]) =>
      figureObservation({ system, patient, window, code, display, value, components: [...extra, ...parameters] });
    const { repetitions } = read.doseAdherence;
    return {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        figure("session-adherence", "Session adherence", ratio(read.sessionAdherence, "{session}", "session"), [
          localComponent(system, "classification", "Classification", { valueString: read.classification }),
        ]),
        figure("dose-adherence", "Dose adherence", ratio(read.doseAdherence, "ms", "ms"), [
          localComponent(system, "repetition-adherence", "Repetitions done over planned", {
            valueRatio: ratio(repetitions, "{repetition}", "repetition"),
          }),
        ]),
        figure("session-ratio", "Session ratio", ratio(read.sessionRatio, "{session}", "session"), []),
      ].map((resource) => ({ resource })),
    };
  });
}

/** One figure's Observation. */
function figureObservation(figure: {
  readonly system: string;
  readonly patient: string;
  readonly window: FhirPeriod | null;
  readonly code: string;
  readonly display: string;
  readonly value: FhirRatio;
  readonly components: readonly FhirObservationComponent[];
}): FhirObservation {
  return {
    resourceType: "Observation",
    status: "final",
    code: localConcept(figure.system, figure.code, figure.display),
    subject: { reference: figure.patient },
    ...(figure.window === null ? {} : { effectivePeriod: figure.window }),
    valueRatio: figure.value,
    component: figure.components,
  };
}

/** The definition the figures were computed with, as components. */
function parameterComponents(system: string, parameters: ReportFigures["parameters"]): FhirObservationComponent[] {
  const fraction = (value: number) => ({ valueQuantity: quantity(value, "1") });
  const components = [
    localComponent(
      system,
      "completion-threshold",
      "Dose at which a session counts",
      fraction(parameters.completionThreshold),
    ),
    localComponent(
      system,
      "adherent-threshold",
      "Session adherence deemed adherent",
      fraction(parameters.adherentThreshold),
    ),
    localComponent(system, "permissible-gap", "Permissible gap between sessions", {
      valueQuantity: quantity(parameters.permissibleGapDays, "d", "day"),
    }),
    localComponent(system, "pain-flag-score", "Pain score flagged", { valueInteger: parameters.painFlagScore }),
    localComponent(system, "effort-flag-score", "Effort rating flagged", { valueInteger: parameters.effortFlagScore }),
  ];
  if (parameters.since !== null) {
    components.push(
      localComponent(system, "since", "Window starts in the week of", { valueDateTime: parameters.since }),
    );
  }
  components.push(localComponent(system, "excused-dates", "Excused dates", { valueInteger: parameters.excusedDates }));
  return components;
}
