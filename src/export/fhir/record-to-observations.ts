import * as z from "zod/mini";
import { isoInstant } from "../../internal/dates.js";
import { failWith, parseWith } from "../../internal/issues.js";
import { MAX_OBSERVATION_ID_LENGTH } from "../../schema/bounds.js";
import { text } from "../../schema/common.js";
import { type PainReport, type SessionRecord, SessionRecordSchema } from "../../schema/session-record.js";
import { fhirIdSchema, patientSchema, systemSchema } from "../shared/options.js";
import { printableContent } from "../shared/text.js";
import {
  category,
  concept,
  DATA_ABSENT,
  LOINC,
  localComponent,
  observation,
  quantity,
  stretchingExercises,
} from "./codes.js";
import type { FhirCodeOptions } from "./options.js";
import type { FhirObservation, FhirObservationComponent } from "./types.js";

/**
 * The options of {@link recordToObservations}: the patient and the caller's code system, and
 * the id of the session's Observation when the record's own id is not a FHIR id.
 *
 * @example
 * const options: RecordObservationsOptions = { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching", id: "session-42" };
 */
export interface RecordObservationsOptions extends FhirCodeOptions {
  /**
   * The id of the session's Observation: 1 to 54 letters, digits, `-` or `.`; its pain
   * Observations are `<id>-pain-<n>`, `n` the report's place in `record.pain` from 1. Default: the
   * record's `id`, which must then be such an id.
   */
  readonly id?: string | undefined;
}

/** The id of a session's Observation: a FHIR id short enough for its pain Observations' ids. */
const sessionIdSchema = /* @__PURE__ */ z.pipe(fhirIdSchema, /* @__PURE__ */ text(1, MAX_OBSERVATION_ID_LENGTH));

const optionsSchema = /* @__PURE__ */ z.strictObject({
  patient: patientSchema,
  system: systemSchema,
  id: /* @__PURE__ */ z.optional(sessionIdSchema),
});

type Options = z.output<typeof optionsSchema>;

/** The context every Observation of a record is written in. */
interface Context {
  readonly record: SessionRecord;
  readonly id: string;
  readonly patient: string;
  readonly system: string;
}

/**
 * Writes a session record as FHIR R4 `Observation`s (JSON): first the session, then one per pain
 * report, in the record's order: none is left out. None claims a profile (no `meta.profile`).
 *
 * The session: `status` `final`, category `activity`, code LOINC 73985-4 "Exercise activity" with
 * the value SNOMED CT 229070002 "Stretching exercises"; `effectivePeriod` from the record's
 * `startedAtMs` to `endedAtMs` (UTC; only the start when it has no end), or `effectiveDateTime`
 * its `endedAtMs` or, for a record entered by hand, its `date`;
 * components: LOINC 55411-3 "Exercise duration" in seconds (with both instants), and codes of the
 * caller's `system` (no standard code exists for them): `timeHeld` and `timePlanned` (the sum of
 * the holds achieved and planned, in seconds), `status` (`completed` or `stopped`) and `effort`
 * (the Borg CR10 rating, when given); `hasMember` references the pain Observations.
 *
 * Each pain Observation: category `survey`, code LOINC 72514-3 "Pain severity - 0-10 verbal numeric
 * rating [Score] - Reported", `valueInteger` the score, `effectiveDateTime` its `atMs` (UTC) or the
 * record's date, components `stretchId` and `side` (when the stretch has sides) of the caller's
 * `system`, and the user's note as `note` (without control characters, a no-break space or other
 * space written as a plain space; none when blank). A pain report without a score has no value
 * but `dataAbsentReason` `unknown` (HL7's data-absent-reason code system): the report is kept, and
 * says the score was not given.
 *
 * @param record - A session record, from `toSessionRecord` or entered by hand; checked against `SessionRecordSchema`.
 * @param options - The patient, the code system and the id; see {@link RecordObservationsOptions}.
 * @returns Fresh `Observation` resources, plain JSON: the session first.
 * @throws {@link stretchkit!StretchKitError} with every issue and its path: `invalid_record` (paths in the
 * record) or `invalid_options` (e.g. `["patient"]` for a reference with a space, `["id"]` when
 * the record's id is not a FHIR id and no `id` is given).
 * @example
 * const observations = recordToObservations(
 *   {
 *     id: "nov-04",
 *     routineId: "back-spasm-stretches",
 *     date: "2026-11-04",
 *     startedAtMs: 1_793_777_400_000,
 *     endedAtMs: 1_793_778_370_000,
 *     status: "completed",
 *     pain: [{ stretchId: "quadriceps-stretch", side: "left", atMs: 1_793_778_200_000, score: 3 }],
 *   },
 *   { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" },
 * );
 * observations.length; //=> 2
 * observations[0]?.effectivePeriod; //=> { start: "2026-11-04T07:30:00Z", end: "2026-11-04T07:46:10Z" }
 * observations[0]?.hasMember; //=> [{ reference: "Observation/nov-04-pain-1" }]
 * observations[1]?.valueInteger; //=> 3
 */
export function recordToObservations(record: SessionRecord, options: RecordObservationsOptions): FhirObservation[] {
  const parsed = parseWith(optionsSchema, options, "invalid_options", "Invalid FHIR options");
  const checked = parseWith(SessionRecordSchema, record, "invalid_record", "Invalid session record");
  const context = { record: checked, id: sessionId(checked, parsed), patient: parsed.patient, system: parsed.system };
  const pain: FhirObservation[] = [];
  for (const [index, report] of (checked.pain ?? []).entries()) pain.push(painObservation(context, report, index));
  return [sessionObservation(context, pain), ...pain];
}

/** The session Observation's id: the option, else the record's id when it is one; else throws `invalid_options`. */
function sessionId(record: SessionRecord, options: Options): string {
  const id = options.id ?? record.id;
  if (sessionIdSchema.safeParse(id).success) return id;
  const message = `is needed: the record's id is no FHIR id of up to ${MAX_OBSERVATION_ID_LENGTH} characters`;
  return failWith("invalid_options", "Invalid FHIR options", ["id"], "invalid_format", message);
}

/** The session Observation. */
function sessionObservation(context: Context, pain: readonly FhirObservation[]): FhirObservation {
  const { record, id, patient } = context;
  const { startedAtMs: start, endedAtMs: end } = record;
  return {
    ...observation(concept(LOINC, "73985-4", "Exercise activity"), patient),
    id,
    category: category("activity"),
    ...(start === undefined
      ? { effectiveDateTime: end === undefined ? record.date : isoInstant(end) }
      : { effectivePeriod: { start: isoInstant(start), ...(end === undefined ? {} : { end: isoInstant(end) }) } }),
    valueCodeableConcept: stretchingExercises(),
    component: sessionComponents(context),
    ...(pain.length === 0 ? {} : { hasMember: pain.map((member) => ({ reference: `Observation/${member.id}` })) }),
  };
}

/** The session's duration, hold times, status and effort. */
function sessionComponents({ record, system }: Context): FhirObservationComponent[] {
  const components: FhirObservationComponent[] = [];
  const { startedAtMs: start, endedAtMs: end, holds, effort } = record;
  const seconds = (ms: number) => ({ valueQuantity: quantity(ms / 1000, "s") });
  if (start !== undefined && end !== undefined) {
    components.push({ code: concept(LOINC, "55411-3", "Exercise duration"), ...seconds(end - start) });
  }
  if (holds !== undefined) {
    let achieved = 0;
    let planned = 0;
    for (const hold of holds) {
      achieved += hold.achievedMs;
      planned += hold.plannedMs;
    }
    components.push(
      localComponent(system, "timeHeld", "Time held in stretches", seconds(achieved)),
      localComponent(system, "timePlanned", "Hold time planned", seconds(planned)),
    );
  }
  components.push(localComponent(system, "status", "Session status", { valueString: record.status }));
  if (effort !== undefined)
    components.push(localComponent(system, "effort", "Effort, Borg CR10", { valueInteger: effort }));
  return components;
}

/** The Observation of one pain report, the `index`-th of the record's: its score, or why there is none. */
function painObservation(context: Context, report: PainReport, index: number): FhirObservation {
  const { record, id, patient, system } = context;
  const components = [localComponent(system, "stretchId", "Stretch", { valueString: report.stretchId })];
  const note = printableContent(report.note ?? "");
  if (report.side !== null) components.push(localComponent(system, "side", "Side", { valueString: report.side }));
  return {
    ...observation(concept(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), patient),
    id: `${id}-pain-${index + 1}`,
    category: category("survey"),
    effectiveDateTime: report.atMs === undefined ? record.date : isoInstant(report.atMs),
    ...(report.score === undefined
      ? { dataAbsentReason: concept(DATA_ABSENT, "unknown", "Unknown") }
      : { valueInteger: report.score }),
    ...(note === null ? {} : { note: [{ text: note }] }),
    component: components,
  };
}
