import type { FhirCodeableConcept, FhirObservation, FhirObservationComponent, FhirQuantity } from "./types.js";

/*
 * The code systems, codes and small builders that every FHIR resource of stretchkit uses. The
 * standard codes are these (and HL7 category and data-absent-reason codes); everything else is a
 * code of the caller's `system`, whose text says that no standard code exists.
 */

export const LOINC = "http://loinc.org";
const SNOMED = "http://snomed.info/sct";
export const DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
const UCUM = "http://unitsofmeasure.org";
const CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

/** A concept of one code. */
export function concept(system: string, code: string, display: string): FhirCodeableConcept {
  return { coding: [{ system, code, display }] };
}

/** SNOMED CT 229070002 "Stretching exercises": the activity of a plan and of a session. */
export function stretchingExercises(): FhirCodeableConcept {
  return concept(SNOMED, "229070002", "Stretching exercises");
}

/** An Observation's category, from HL7's observation-category code system. */
export function category(code: "activity" | "survey"): FhirCodeableConcept[] {
  return [concept(CATEGORY, code, code === "activity" ? "Activity" : "Survey")];
}

/** An amount in a UCUM unit. */
export function quantity(value: number, code: string, unit: string = code): FhirQuantity {
  return { value, unit, system: UCUM, code };
}

/** A code of the caller's own `system`, for what no standard code names; its text says so. */
export function localConcept(system: string, code: string, display: string): FhirCodeableConcept {
  return { ...concept(system, code, display), text: `${display} (no standard code exists; a code of ${system})` };
}

/** A component with a code of the caller's `system` and one value. */
export function localComponent(
  system: string,
  code: string,
  display: string,
  value: Omit<FhirObservationComponent, "code">,
): FhirObservationComponent {
  return { code: localConcept(system, code, display), ...value };
}

/** What every Observation of stretchkit has: `final`, its code, the patient. */
export function observation(
  code: FhirCodeableConcept,
  patient: string,
): Pick<FhirObservation, "resourceType" | "status" | "code" | "subject"> {
  return { resourceType: "Observation", status: "final", code, subject: { reference: patient } };
}
