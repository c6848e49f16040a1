/** A CSV cell: text is guarded against formula injection, numbers are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

/** A plain number written as text ("-0.5", "1e-3") is data, not a formula, and stays as it is. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return, which some strip
 * first) as a formula; a leading single quote makes them show it as text (OWASP's advice).
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? guardFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: the header then one line per row, CRLF line ends (RFC 4180). */
export function csvFromRows(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
