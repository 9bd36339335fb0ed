/*
 * RFC 4180 CSV: a header row, then one row per entry, each ending in CRLF. Texts are always
 * quoted (a quote inside doubled), and a text a spreadsheet would read as a formula is neutralised
 * with a leading `'`, as OWASP advises; numbers are written bare, as JavaScript writes them
 * (`.` for decimals, no thousands separator); `null` is an empty field.
 */

/** A cell's value. */
type Cell = string | number | boolean | null;

/** A table: its columns in order, each a header and the cell of a row. */
export type Columns<Row> = readonly (readonly [header: string, cell: (row: Row) => Cell])[];

/** The first characters that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR and LF. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** One field: a text quoted (and neutralised when it starts like a formula), a number or a boolean bare, `null` empty. */
function field(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The CSV text of `rows` under `columns`: the header row, then a row each, every row ending in CRLF. */
export function toCsv<Row>(columns: Columns<Row>, rows: Iterable<Row>): string {
  let out = `${columns.map(([header]) => field(header)).join(",")}\r\n`;
  for (const row of rows) out += `${columns.map(([, cell]) => field(cell(row))).join(",")}\r\n`;
  return out;
}
