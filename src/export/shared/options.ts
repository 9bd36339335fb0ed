import * as z from "zod/mini";
import {
  DOMAIN_PATTERN,
  FHIR_ID_PATTERN,
  MAX_DOMAIN_LENGTH,
  MAX_EXPORT_INSTANT_MS,
  MAX_PLAN_DAYS,
  MAX_SESSIONS_PER_DAY,
  MAX_URL_LENGTH,
  PATIENT_REFERENCE_PATTERN,
  TIME_PATTERN,
  URI_PATTERN,
} from "../../schema/bounds.js";
import { dateSchema, intIn, listOf, text } from "../../schema/common.js";

/*
 * The option fields that the exports (`stretchkit/ical`, `stretchkit/fhir`, `stretchkit/csv`)
 * share, each written once. The exports' own options schemas are built from them.
 */

/** A time of day `HH:MM` or `HH:MM:SS`. */
const timeSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(TIME_PATTERN, { error: "must be a time of day written HH:MM or HH:MM:SS" }));

/**
 * The time of day of the planned sessions: one for every session, or a list with one per slot
 * (the first for slot 0, the second for slot 1, ...).
 */
export const timeOfDaySchema = /* @__PURE__ */ z.union(
  [timeSchema, /* @__PURE__ */ listOf(timeSchema, 1, MAX_SESSIONS_PER_DAY)],
  { error: "must be a time of day written HH:MM or HH:MM:SS, or a list of them with one per slot" },
);

/** An instant an export writes, in whole milliseconds since 1970-01-01T00:00:00Z, up to the end of 2999. */
export const exportInstantSchema = /* @__PURE__ */ intIn(0, MAX_EXPORT_INSTANT_MS);

/** Dates whose planned sessions are left out, as `calculateAdherence` takes them. */
export const excusedSchema = /* @__PURE__ */ listOf(dateSchema, 0, MAX_PLAN_DAYS);

/** A domain name, e.g. `example.com`. */
export const domainSchema = /* @__PURE__ */ text(1, MAX_DOMAIN_LENGTH).check(
  /* @__PURE__ */ z.regex(DOMAIN_PATTERN, { error: "must be a domain name such as example.com" }),
);

/** A relative FHIR reference to a patient, `Patient/123`. */
export const patientSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(PATIENT_REFERENCE_PATTERN, {
    error: "must be a FHIR reference such as Patient/123: a FHIR id of 1 to 64 letters, digits, - or ., no spaces",
  }),
);

/** The absolute URI of the caller's own code system. */
export const systemSchema = /* @__PURE__ */ text(1, MAX_URL_LENGTH).check(
  /* @__PURE__ */ z.regex(URI_PATTERN, {
    error: "must be an absolute URI such as https://example.org/fhir/CodeSystem/stretching, without spaces",
  }),
);

/** A FHIR resource id. */
export const fhirIdSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(FHIR_ID_PATTERN, { error: "must be a FHIR id: 1 to 64 letters, digits, - or ." }));
