// stretchkit/csv: session records and adherence reports as RFC 4180 CSV tables. Re-exports, nothing else.

export { type RecordsCsvOptions, recordsToCsv } from "./records-to-csv.js";
export { type ReportCsvOptions, reportToCsv } from "./report-to-csv.js";
