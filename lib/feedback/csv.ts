/**
 * CSV for spreadsheets (RFC 4180: every cell quoted, quotes doubled, CRLF between rows). A cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is neutralised with a leading apostrophe, as OWASP advises
 * ("CSV Injection"), so a reader's words never run as a formula when an editor opens the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
