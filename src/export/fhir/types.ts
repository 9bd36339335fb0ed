/*
 * The FHIR R4 shapes that `stretchkit/fhir` writes: only the elements it fills, with R4's names,
 * so that an app can hand them to a FHIR client or check them with its own FHIR types.
 */

/**
 * A code from a code system (FHIR `Coding`).
 *
 * @example
 * const snomed: FhirCoding = { system: "http://snomed.info/sct", code: "229070002", display: "Stretching exercises" };
 * snomed.code; //=> "229070002"
 */
export interface FhirCoding {
  /** The code system's URI: `http://loinc.org`, `http://snomed.info/sct`, or the caller's `system`. */
  readonly system: string;
  /** The code. */
  readonly code: string;
  /** The code's display text in that system. */
  readonly display?: string;
}

/**
 * A concept as codes and text (FHIR `CodeableConcept`).
 *
 * @example
 * const concept: FhirCodeableConcept = { coding: [{ system: "http://loinc.org", code: "73985-4", display: "Exercise activity" }] };
 * concept.coding?.[0]?.code; //=> "73985-4"
 */
export interface FhirCodeableConcept {
  /** The codes. */
  readonly coding: readonly FhirCoding[];
  /** A plain-text description; for a code of the caller's own system, it says that no standard code exists. */
  readonly text?: string;
}

/**
 * A measured amount in a UCUM unit (FHIR `Quantity`).
 *
 * @example
 * const held: FhirQuantity = { value: 540, unit: "s", system: "http://unitsofmeasure.org", code: "s" };
 * held.value; //=> 540
 */
export interface FhirQuantity {
  /** The amount. */
  readonly value: number;
  /** The unit as people read it. */
  readonly unit: string;
  /** Always `http://unitsofmeasure.org` (UCUM). */
  readonly system: string;
  /** The UCUM code: `s`, `ms`, `d`, `1`, `{session}`, `{repetition}`. */
  readonly code: string;
}

/**
 * A ratio of two quantities (FHIR `Ratio`): an adherence figure's numerator over its denominator.
 *
 * @example
 * const ratio: FhirRatio = {
 *   numerator: { value: 3, unit: "session", system: "http://unitsofmeasure.org", code: "{session}" },
 *   denominator: { value: 4, unit: "session", system: "http://unitsofmeasure.org", code: "{session}" },
 * };
 * ratio.numerator.value / ratio.denominator.value; //=> 0.75
 */
export interface FhirRatio {
  /** What was done. */
  readonly numerator: FhirQuantity;
  /** What was planned. */
  readonly denominator: FhirQuantity;
}

/**
 * A reference to another resource (FHIR `Reference`), e.g. `{ reference: "Patient/123" }`.
 *
 * @example
 * const patient: FhirReference = { reference: "Patient/123" };
 */
export interface FhirReference {
  /** A relative (`Patient/123`), absolute or `urn:uuid:` reference. */
  readonly reference: string;
}

/**
 * A span of time (FHIR `Period`): civil dates (`2026-11-02`) or UTC instants (`2026-11-02T07:30:00Z`).
 *
 * @example
 * const weeks: FhirPeriod = { start: "2026-11-02", end: "2026-11-29" };
 */
export interface FhirPeriod {
  /** The first day or instant. */
  readonly start: string;
  /** The last day or instant, inclusive; absent while unknown. */
  readonly end?: string;
}

/**
 * One part of an Observation (FHIR `Observation.component`): a code and one value.
 *
 * @example
 * const part: FhirObservationComponent = {
 *   code: { coding: [{ system: "http://loinc.org", code: "55411-3", display: "Exercise duration" }] },
 *   valueQuantity: { value: 970, unit: "s", system: "http://unitsofmeasure.org", code: "s" },
 * };
 */
export interface FhirObservationComponent {
  /** What the part is. */
  readonly code: FhirCodeableConcept;
  /** A measured amount. */
  readonly valueQuantity?: FhirQuantity;
  /** A whole number, e.g. a score. */
  readonly valueInteger?: number;
  /** A text, e.g. a stretch's id or a classification. */
  readonly valueString?: string;
  /** A date, e.g. the start of the window a figure covers. */
  readonly valueDateTime?: string;
  /** A ratio, e.g. repetitions done over planned. */
  readonly valueRatio?: FhirRatio;
}

/**
 * A FHIR R4 `Observation` as `stretchkit/fhir` writes it: a session, a pain score or an adherence figure.
 *
 * @example
 * const pain: FhirObservation = {
 *   resourceType: "Observation",
 *   status: "final",
 *   code: { coding: [{ system: "http://loinc.org", code: "72514-3" }] },
 *   subject: { reference: "Patient/123" },
 *   valueInteger: 3,
 * };
 * pain.valueInteger; //=> 3
 */
export interface FhirObservation {
  /** Always `"Observation"`. */
  readonly resourceType: "Observation";
  /** The resource's id, when the caller has one. */
  readonly id?: string;
  /** Always `"final"`: the record is what was done. */
  readonly status: "final";
  /** `activity` (a session) or `survey` (a pain score), from HL7's observation-category codes. */
  readonly category?: readonly FhirCodeableConcept[];
  /** What was observed. */
  readonly code: FhirCodeableConcept;
  /** The patient. */
  readonly subject: FhirReference;
  /** When: a date, or an instant in UTC. */
  readonly effectiveDateTime?: string;
  /** When: from the start to the end. */
  readonly effectivePeriod?: FhirPeriod;
  /** The kind of exercise of a session. */
  readonly valueCodeableConcept?: FhirCodeableConcept;
  /** A score. */
  readonly valueInteger?: number;
  /** Why there is no value: a pain report without a score. */
  readonly dataAbsentReason?: FhirCodeableConcept;
  /** A figure: numerator over denominator. */
  readonly valueRatio?: FhirRatio;
  /** The session's pain Observations. */
  readonly hasMember?: readonly FhirReference[];
  /** The user's own words. */
  readonly note?: readonly {
    /** The note's text. */
    readonly text: string;
  }[];
  /** Amounts and parameters that belong with the value. */
  readonly component?: readonly FhirObservationComponent[];
}

/**
 * How often an activity is planned (FHIR `Timing`): so many times a week, on these days.
 *
 * @example
 * const timing: FhirTiming = { repeat: { boundsPeriod: { start: "2026-11-02", end: "2026-11-29" }, frequency: 3, period: 1, periodUnit: "wk", dayOfWeek: ["mon", "wed", "fri"] } };
 */
export interface FhirTiming {
  /** The repetition. */
  readonly repeat: {
    /** The plan's first and last day. */
    readonly boundsPeriod: FhirPeriod;
    /** Sessions in each period of a week. */
    readonly frequency: number;
    /** Always 1. */
    readonly period: 1;
    /** Always `"wk"`. */
    readonly periodUnit: "wk";
    /** The days of the week with a session, Monday first. */
    readonly dayOfWeek: readonly ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
    /** The times of day of the sessions, `HH:MM:SS` local time, when the caller gave them. */
    readonly timeOfDay?: readonly string[];
  };
}

/**
 * One activity of a CarePlan (FHIR `CarePlan.activity`): one stretch.
 *
 * @example
 * const activity: FhirCarePlanActivity = {
 *   detail: { status: "scheduled", description: "Forward roll. 3 repetitions, each held 20 s." },
 * };
 */
export interface FhirCarePlanActivity {
  /** The activity, described inline. */
  readonly detail: {
    /** SNOMED CT 229070002 "Stretching exercises", with the stretch's name as text. */
    readonly code?: FhirCodeableConcept;
    /** Always `"scheduled"`. */
    readonly status: "scheduled";
    /** When: the plan's weekly frequency and days. */
    readonly scheduledTiming?: FhirTiming;
    /** The instructions: the stretch's name, repetitions, hold and sides. */
    readonly description: string;
  };
}

/**
 * A FHIR R4 `CarePlan` as `planToCarePlan` writes it.
 *
 * @example
 * const carePlan: FhirCarePlan = {
 *   resourceType: "CarePlan",
 *   status: "active",
 *   intent: "plan",
 *   subject: { reference: "Patient/123" },
 *   activity: [],
 * };
 * carePlan.intent; //=> "plan"
 */
export interface FhirCarePlan {
  /** Always `"CarePlan"`. */
  readonly resourceType: "CarePlan";
  /** The resource's id, when the caller gives one. */
  readonly id?: string;
  /** Always `"active"`: the plan is in force (stretchkit does not know today's date). */
  readonly status: "active";
  /** Always `"plan"`: an intention, not an order. */
  readonly intent: "plan";
  /** The title: the routine's name, or the caller's. */
  readonly title?: string;
  /** The patient. */
  readonly subject: FhirReference;
  /** The plan's first and last day. */
  readonly period?: FhirPeriod;
  /** One activity per stretch, in the routine's order. */
  readonly activity: readonly FhirCarePlanActivity[];
}

/**
 * A FHIR R4 `Bundle` of type `collection`, as `reportToBundle` writes it.
 *
 * @example
 * const bundle: FhirBundle = { resourceType: "Bundle", type: "collection", entry: [] };
 */
export interface FhirBundle {
  /** Always `"Bundle"`. */
  readonly resourceType: "Bundle";
  /** Always `"collection"`: a set of resources, not a transaction. */
  readonly type: "collection";
  /** The Observations. */
  readonly entry: readonly {
    /** One Observation of the report. */
    readonly resource: FhirObservation;
  }[];
}
