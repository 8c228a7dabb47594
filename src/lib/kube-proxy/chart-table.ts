/**
 * Number formatting and table layout shared by the server-rendered chart tables and the cost
 * model's script, which redraws its table in the browser. Nothing here imports the interface
 * dictionary, so the client bundle stays small.
 */

const numberFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Formats a value for people: whole numbers from 1,000 up, three significant digits below. */
export function formatNumber(value: number): string {
  return Math.abs(value) >= 1_000 ? integerFormat.format(value) : numberFormat.format(value);
}

/** One table row per x value, one cell per line; empty where a line has no value there. */
export function tableRows(spec: { lines: { points: { x: number; y: number }[] }[] }): { x: number; cells: (number | undefined)[] }[] {
  const xs = [...new Set(spec.lines.flatMap((l) => l.points.map((p) => p.x)))].sort((a, b) => a - b);
  return xs.map((x) => ({ x, cells: spec.lines.map((l) => l.points.find((p) => p.x === x)?.y) }));
}
