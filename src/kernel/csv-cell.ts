/**
 * One CSV cell: RFC 4180 quoting, and a leading = + - @ (or tab, carriage return) neutralised with
 * an apostrophe so a spreadsheet never runs the cell as a formula (CWE-1236).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows as CSV text in UTF-8 with a BOM, so Excel opens the Chinese correctly. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`
}
