import type { ProxyLine } from '../../schemas/kube-proxy-dataset';
import type { Basis } from './charts';

/**
 * Geometry of a chart drawn as SVG on the server (and redrawn by the cost model's script):
 * Services on a logarithmic x axis, a linear y axis from zero. Every position is a percentage
 * of the plot area (x from the left, y from the top), so one SVG fits any width and its text
 * keeps its size; the template only turns these numbers into elements.
 */

/** A line as the plot needs it: the chart's rendered line (see `renderChart`). */
export interface PlotInput {
  key: string;
  label: string;
  style: ProxyLine;
  basis: Basis;
  highlight?: boolean;
  points: { x: number; y: number }[];
}

export interface Tick {
  value: number;
  /** Position along the axis, 0–100. */
  at: number;
  /** A tick between powers of ten (3, 30, 300…), whose label a narrow screen may drop. */
  minor?: boolean;
}

export interface PlotPoint {
  x: number;
  y: number;
  /** Position in the plot area, 0–100 from the left and from the top. */
  px: number;
  py: number;
}

export interface PlotLine extends Omit<PlotInput, 'points'> {
  points: PlotPoint[];
  /** The polyline in a 0–100 square, for an SVG path; absent for lines drawn as markers only. */
  path?: string;
}

export interface Plot {
  xTicks: Tick[];
  yTicks: Tick[];
  /** The x range drawn: a power of ten at or below the smallest x, up to the largest x. */
  xDomain: [number, number];
  /** The top of the y axis, a round number at or above the largest y. */
  yMax: number;
  lines: PlotLine[];
}

/** The smallest round step (1, 2, 2.5 or 5 × 10ⁿ) that covers `max` in at most `count` steps. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12) ?? 10 * power;
  return step;
}

/** Rounds away floating-point dust (0.30000000000000004 → 0.3). */
const tidy = (value: number) => Number(value.toPrecision(12));
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Ticks of a linear axis from zero to a round maximum at or above `max`. */
export function linearTicks(max: number, count = 5): { ticks: Tick[]; top: number } {
  const step = niceStep(max, count);
  const steps = Math.max(1, Math.ceil(tidy(max / step)));
  const top = tidy(steps * step);
  const ticks = Array.from({ length: steps + 1 }, (_, i) => ({ value: tidy(i * step), at: round2(100 - (i / steps) * 100) }));
  return { ticks, top };
}

/** Ticks of a logarithmic axis: every power of ten in range, and 3 × each as a minor tick. */
export function logTicks(lo: number, hi: number): Tick[] {
  const position = logPosition(lo, hi);
  const ticks: Tick[] = [];
  for (let k = Math.floor(Math.log10(lo)); 10 ** k <= hi; k += 1) {
    for (const [m, minor] of [[1, false], [3, true]] as const) {
      const value = m * 10 ** k;
      if (value >= lo && value <= hi) ticks.push({ value, at: round2(position(value)), ...(minor ? { minor } : {}) });
    }
  }
  return ticks;
}

/** Where a value sits on a logarithmic axis from lo to hi, 0–100. */
export function logPosition(lo: number, hi: number): (value: number) => number {
  const a = Math.log10(lo);
  const span = Math.log10(hi) - a || 1;
  return (value) => ((Math.log10(value) - a) / span) * 100;
}

/** True when a line is drawn as markers only: quoted figures, the reader's point, single points. */
export const drawnAsMarkers = (line: Pick<PlotInput, 'basis' | 'highlight' | 'points'>) => line.basis === 'quoted' || !!line.highlight || line.points.length < 2;

/** The plot of a chart's lines. */
export function plotLines(lines: readonly PlotInput[]): Plot {
  const all = lines.flatMap((l) => l.points).filter((p) => p.x > 0);
  const xs = all.map((p) => p.x);
  const minX = xs.length ? Math.min(...xs) : 1;
  const maxX = xs.length ? Math.max(...xs) : 10;
  const lo = 10 ** Math.floor(Math.log10(minX));
  const hi = maxX > lo ? maxX : lo * 10;
  const { ticks: yTicks, top } = linearTicks(Math.max(0, ...all.map((p) => p.y)));
  const px = logPosition(lo, hi);
  const py = (y: number) => 100 - (y / top) * 100;
  const plotted = lines.map((line) => {
    const points = line.points
      .filter((p) => p.x > 0)
      .map((p) => ({ x: p.x, y: p.y, px: round2(px(p.x)), py: round2(py(p.y)) }));
    const markers = drawnAsMarkers(line);
    return {
      ...line,
      points,
      ...(markers ? {} : { path: points.map((p, i) => `${i ? 'L' : 'M'}${p.px} ${p.py}`).join(' ') }),
    } as PlotLine;
  });
  return { xTicks: logTicks(lo, hi), yTicks, xDomain: [lo, hi], yMax: top, lines: plotted };
}
