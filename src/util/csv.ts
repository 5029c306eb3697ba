// The one CSV writer (RFC 4180 quoting): a field is quoted when it holds a quote, a line break or the delimiter,
// with quotes doubled; lines end in '\n', the last one too.

/** One field as CSV text. */
export function csvField(text: string, delimiter = ','): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of fields as CSV text. */
export function csvText(rows: readonly (readonly string[])[], delimiter = ','): string {
  let out = '';
  for (const row of rows) out += `${row.map((f) => csvField(f, delimiter)).join(delimiter)}\n`;
  return out;
}
