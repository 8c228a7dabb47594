/** A table as plain text, ready to export: a header row and body rows of equal length. */
export interface PlainTable {
  headers: string[];
  rows: string[][];
}

function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

/** A GitHub-flavoured Markdown table; pipes and backslashes in cells are escaped, newlines folded. */
export function toMarkdown(table: PlainTable): string {
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(table.headers), `| ${table.headers.map(() => '---').join(' | ')} |`, ...table.rows.map(line)].join('\n') + '\n';
}

function csvCell(value: string): string {
  // A leading =, + or @ followed by more text makes spreadsheets evaluate the cell as a formula.
  const safe = /^[=+@\t\r]./.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they need to be. */
export function toCsv(table: PlainTable): string {
  return [table.headers, ...table.rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
