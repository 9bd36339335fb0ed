import * as z from "zod/mini";
import type { AdherenceReport } from "../../adherence/types.js";
import { parseWith } from "../../internal/issues.js";
import {
  type ReportStretch,
  type ReportWeek,
  reportStretchesSchema,
  reportWeeksSchema,
} from "../shared/report-schema.js";
import { type Columns, toCsv } from "./cells.js";

/**
 * The options of {@link reportToCsv}: which table to write.
 *
 * @example
 * const options: ReportCsvOptions = { table: "weeks" };
 */
export interface ReportCsvOptions {
  /** `"weeks"`: a row per week of the report; `"stretches"`: a row per stretch and side. */
  readonly table: "weeks" | "stretches";
}

const optionsSchema = /* @__PURE__ */ z.strictObject({ table: /* @__PURE__ */ z.enum(["weeks", "stretches"]) });

const WEEK_COLUMNS: Columns<ReportWeek> = [
  ["week_start", (week) => week.start],
  ["week_end", (week) => week.end],
  ["target", (week) => week.target],
  ["completed", (week) => week.completed],
  ["met", (week) => week.met],
  ["pending", (week) => week.pending],
];

const STRETCH_COLUMNS: Columns<ReportStretch> = [
  ["stretch_id", (row) => row.stretchId],
  ["side", (row) => row.side],
  ["repetitions_done", (row) => row.repetitions.done],
  ["repetitions_planned", (row) => row.repetitions.planned],
  ["hold_achieved_ms", (row) => row.holdMs.achieved],
  ["hold_planned_ms", (row) => row.holdMs.planned],
  ["pain_reports", (row) => row.painReports],
  ["advice", (row) => row.advice],
  ["first_score", (row) => row.firstScore],
  ["last_score", (row) => row.lastScore],
  ["highest_score", (row) => row.highestScore],
  ["pain_scores", (row) => row.painScores.map(({ date, score }) => `${date}:${score}`).join(" ") || null],
];

/**
 * Writes a table of an adherence report as RFC 4180 CSV: a header row, then one row per week
 * (`table: "weeks"`, the pending week included) or per stretch and side (`table: "stretches"`),
 * in the report's order. Rows end in CRLF; the text is UTF-8 without a byte order mark.
 *
 * Columns, in this order, which stays stable:
 * - `weeks`: `week_start`, `week_end`, `target`, `completed`, `met`, `pending`;
 * - `stretches`: `stretch_id`, `side`, `repetitions_done`, `repetitions_planned`,
 *   `hold_achieved_ms`, `hold_planned_ms`, `pain_reports`, `advice`, `first_score`, `last_score`,
 *   `highest_score`, `pain_scores` (each scored report as `date:score`, separated by spaces; empty
 *   without one).
 *
 * Texts are quoted; numbers are bare, with `.` and no thousands separator; `true`/`false` bare; a
 * missing value (no side, no advice, no score) is an empty field. Formula characters at the start
 * of a text are neutralised as in `recordsToCsv` (none of a report's texts can start with one).
 *
 * @param report - A report from `calculateAdherence` (or storage: the table's fields are checked).
 * @param options - The table: `"weeks"` or `"stretches"`.
 * @returns The CSV text (`text/csv; charset=utf-8; header=present`).
 * @throws {@link stretchkit!StretchKitError} with every issue and its path: `invalid_report` (paths in the
 * report, e.g. `["weeks", 0, "target"]`) or `invalid_options` (`["table"]`).
 * @example
 * const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 2 });
 * const report = calculateAdherence({ plan, records: [], asOf: "2026-11-10" });
 * reportToCsv(report, { table: "weeks" }).split("\r\n"); //=> ['"week_start","week_end","target","completed","met","pending"', '"2026-11-02","2026-11-08",3,0,false,false', '"2026-11-09","2026-11-15",3,0,false,true', ""]
 */
export function reportToCsv(report: AdherenceReport, options: ReportCsvOptions): string {
  const { table } = parseWith(optionsSchema, options, "invalid_options", "Invalid CSV options");
  if (table === "weeks") {
    const { weeks } = parseWith(reportWeeksSchema, report, "invalid_report", "Invalid adherence report");
    return toCsv(WEEK_COLUMNS, weeks);
  }
  const { stretches } = parseWith(reportStretchesSchema, report, "invalid_report", "Invalid adherence report");
  return toCsv(STRETCH_COLUMNS, stretches);
}
