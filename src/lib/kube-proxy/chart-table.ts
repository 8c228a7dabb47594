/**
 * Table layout shared by the server-rendered chart tables and the cost model's script, which
 * redraws its table in the browser. Nothing here imports the interface dictionary, so the
 * client bundle stays small.
 */

/** One table row per x value, one cell per line; empty where a line has no value there. */
export function tableRows(spec: { lines: { points: { x: number; y: number }[] }[] }): { x: number; cells: (number | undefined)[] }[] {
  const xs = [...new Set(spec.lines.flatMap((l) => l.points.map((p) => p.x)))].sort((a, b) => a - b);
  return xs.map((x) => ({ x, cells: spec.lines.map((l) => l.points.find((p) => p.x === x)?.y) }));
}
