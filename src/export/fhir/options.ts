/**
 * What every function of `stretchkit/fhir` needs: the patient the resources are about.
 *
 * @example
 * const options: FhirOptions = { patient: "Patient/123" };
 */
export interface FhirOptions {
  /**
   * A relative FHIR reference to the patient, `Patient/<id>` (an id of 1 to 64 letters, digits,
   * `-` or `.`, no spaces), which a server resolves against its own base: every resource's
   * `subject`.
   */
  readonly patient: string;
}

/**
 * The options of a FHIR function that writes codes of its own: the patient and the caller's code
 * system, for what no standard code names (the time held in stretches, adherence figures).
 *
 * @example
 * const options: FhirCodeOptions = { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" };
 */
export interface FhirCodeOptions extends FhirOptions {
  /**
   * The absolute URI of a code system that the app controls (e.g.
   * `https://example.org/fhir/CodeSystem/stretching`): stretchkit writes its own codes for what no
   * standard code exists for under it, each with a text that says so. `docs/export.md` lists them.
   */
  readonly system: string;
}
