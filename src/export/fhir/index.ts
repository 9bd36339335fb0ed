// stretchkit/fhir: plans, session records and adherence reports as FHIR R4 JSON, built by hand
// (no FHIR library at run time). Re-exports, nothing else.

export type { FhirCodeOptions, FhirOptions } from "./options.js";
export { type CarePlanOptions, planToCarePlan } from "./plan-to-care-plan.js";
export { type RecordObservationsOptions, recordToObservations } from "./record-to-observations.js";
export { reportToBundle } from "./report-to-bundle.js";
export type {
  FhirBundle,
  FhirCarePlan,
  FhirCarePlanActivity,
  FhirCodeableConcept,
  FhirCoding,
  FhirObservation,
  FhirObservationComponent,
  FhirPeriod,
  FhirQuantity,
  FhirRatio,
  FhirReference,
  FhirTiming,
} from "./types.js";
