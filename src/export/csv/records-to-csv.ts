import * as z from "zod/mini";
import { parseWith } from "../../internal/issues.js";
import { MAX_RECORDS } from "../../schema/bounds.js";
import { listOf } from "../../schema/common.js";
import {
  type HoldRecord,
  type PainReport,
  type SessionRecord,
  SessionRecordSchema,
} from "../../schema/session-record.js";
import { type Columns, toCsv } from "./cells.js";

/**
 * The options of {@link recordsToCsv}: which table to write.
 *
 * @example
 * const options: RecordsCsvOptions = { table: "pain" };
 */
export interface RecordsCsvOptions {
  /** `"holds"`: a row per hold of every record; `"pain"`: a row per pain report. */
  readonly table: "holds" | "pain";
}

const optionsSchema = /* @__PURE__ */ z.strictObject({ table: /* @__PURE__ */ z.enum(["holds", "pain"]) });

const recordsSchema = /* @__PURE__ */ listOf(SessionRecordSchema, 0, MAX_RECORDS);

/** An entry of a record with the record it belongs to. */
interface Entry<T> {
  readonly record: SessionRecord;
  readonly entry: T;
}

const RECORD_COLUMNS = [
  ["record_id", ({ record }) => record.id],
  ["routine_id", ({ record }) => record.routineId],
  ["date", ({ record }) => record.date],
] as const satisfies Columns<Entry<unknown>>;

const HOLD_COLUMNS: Columns<Entry<HoldRecord>> = [
  ...RECORD_COLUMNS,
  ["status", ({ record }) => record.status],
  ["stretch_id", ({ entry }) => entry.stretchId],
  ["side", ({ entry }) => entry.side],
  ["repetition", ({ entry }) => entry.repetition],
  ["planned_ms", ({ entry }) => entry.plannedMs],
  ["achieved_ms", ({ entry }) => entry.achievedMs],
  ["skipped", ({ entry }) => entry.skipped],
];

const PAIN_COLUMNS: Columns<Entry<PainReport>> = [
  ...RECORD_COLUMNS,
  ["stretch_id", ({ entry }) => entry.stretchId],
  ["side", ({ entry }) => entry.side],
  ["at_ms", ({ entry }) => entry.atMs ?? null],
  ["score", ({ entry }) => entry.score ?? null],
  ["note", ({ entry }) => entry.note ?? null],
];

/** Every entry of the records' `key` list, with its record, in order. */
function* entries<K extends "holds" | "pain">(
  records: readonly SessionRecord[],
  key: K,
): Generator<Entry<NonNullable<SessionRecord[K]>[number]>> {
  for (const record of records) for (const entry of record[key] ?? []) yield { record, entry };
}

/**
 * Writes session records as an RFC 4180 CSV table, for a spreadsheet or a clinician's software:
 * a header row, then one row per hold (`table: "holds"`) or per pain report (`table: "pain"`) of
 * every record, in order; a record without holds (entered by hand) or without pain reports has
 * no row there. Rows end in CRLF; the text is UTF-8 without a byte order mark.
 *
 * Columns, in this order, which stays stable:
 * - `holds`: `record_id`, `routine_id`, `date`, `status`, `stretch_id`, `side`, `repetition`,
 *   `planned_ms`, `achieved_ms`, `skipped`;
 * - `pain`: `record_id`, `routine_id`, `date`, `stretch_id`, `side`, `at_ms`, `score`, `note`.
 *
 * Texts are quoted (a quote inside doubled); numbers are bare, with `.` and no thousands
 * separator; `true`/`false` bare; a missing value (no side, no score) is an empty field. A text
 * that starts with `=`, `+`, `-`, `@`, a tab, CR or LF gets a leading `'`, so that a spreadsheet
 * shows it rather than runs it as a formula (OWASP's advice on CSV injection).
 *
 * @param records - Session records, from `toSessionRecord` or entered by hand: at most 100,000, each checked against `SessionRecordSchema`.
 * @param options - The table: `"holds"` or `"pain"`.
 * @returns The CSV text (`text/csv; charset=utf-8; header=present`).
 * @throws {@link stretchkit!StretchKitError} with every issue and its path: `invalid_record` (paths from the
 * record's index, e.g. `[0, "date"]`) or `invalid_options` (`["table"]`).
 * @example
 * const csv = recordsToCsv(
 *   [
 *     {
 *       id: "nov-04",
 *       routineId: "back-spasm-stretches",
 *       date: "2026-11-04",
 *       status: "stopped",
 *       pain: [{ stretchId: "quadriceps-stretch", side: "left", score: 6, note: "-sharp, \"stabbing\"" }],
 *     },
 *   ],
 *   { table: "pain" },
 * );
 * csv.split("\r\n")[0]; //=> '"record_id","routine_id","date","stretch_id","side","at_ms","score","note"'
 * csv.split("\r\n")[1]; //=> '"nov-04","back-spasm-stretches","2026-11-04","quadriceps-stretch","left",,6,"\'-sharp, ""stabbing"""'
 */
export function recordsToCsv(records: readonly SessionRecord[], options: RecordsCsvOptions): string {
  const { table } = parseWith(optionsSchema, options, "invalid_options", "Invalid CSV options");
  const checked = parseWith(recordsSchema, records, "invalid_record", "Invalid session records");
  return table === "holds"
    ? toCsv(HOLD_COLUMNS, entries(checked, "holds"))
    : toCsv(PAIN_COLUMNS, entries(checked, "pain"));
}
