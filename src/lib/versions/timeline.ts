import type { SupportCell, SupportStatus, SupportTable } from './support';

/**
 * The support-window timeline: one bar per minor version and track (the Kubernetes project,
 * then each managed service), from the day the version became available to the end of its
 * standard support, with paid extended support as a second, paler stretch. Horizontal
 * positions are percentages of the time axis, so the SVG fits any width with text at its own
 * size; vertical positions are pixels from the top of the chart.
 */

/** Sizes in pixels. */
export const TIMELINE_LAYOUT = {
  /** Room above the first group for the "today" label. */
  top: 18,
  barHeight: 5,
  barGap: 2,
  groupGap: 9,
  /** Room below the last group for the year labels. */
  axis: 24,
} as const;

export type TimelineLayout = typeof TIMELINE_LAYOUT;

export interface TimelineTrack {
  /** `upstream`, or a provider's id. */
  id: string;
  /** The provider's name; undefined for upstream, which the page names in its language. */
  name?: string;
}

export interface TimelineBar {
  line: string;
  track: string;
  from: string;
  until: string;
  extendedUntil?: string;
  status: SupportStatus;
  /** Start and width of standard support along the axis, 0–100. */
  x: number;
  width: number;
  /** Width of extended support after `until`, 0–100, when there is some. */
  extendedWidth?: number;
  /** Top of the bar, in pixels. */
  y: number;
}

export interface TimelineGroup {
  line: string;
  /** Top of the group's first bar and the group's height, in pixels. */
  y: number;
  height: number;
}

export interface SupportTimeline {
  /** The axis runs from the first of the earliest window's month to the first of the month after the latest window ends. */
  start: string;
  end: string;
  tracks: TimelineTrack[];
  /** Newest minor version first, as the support table lists them. */
  groups: TimelineGroup[];
  bars: TimelineBar[];
  /** The first of January of each year on the axis. */
  ticks: { day: string; x: number }[];
  /** The day the statuses are for, when it falls on the axis. */
  today?: { day: string; x: number };
  /** The chart's height in pixels. */
  height: number;
}

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Where a day falls between two others, 0–100. */
export function dayPosition(start: string, end: string): (day: string) => number {
  const a = time(start);
  const span = Math.max(1, time(end) - a);
  return (day) => round2(((time(day) - a) / span) * 100);
}

/**
 * The axis for windows from `earliest` to `latest`: from the first day of the earliest's month
 * to the first day of the month after the latest (or the latest itself, when it is a first),
 * with a tick on every first of January in between.
 */
export function axisBounds(earliest: string, latest: string): { start: string; end: string; years: number[] } {
  const start = `${earliest.slice(0, 7)}-01`;
  const [y, m] = latest.slice(0, 7).split('-').map(Number) as [number, number];
  const end = latest.endsWith('-01') ? latest : m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const years: number[] = [];
  for (let year = Number(start.slice(0, 4)); `${year}-01-01` <= end; year += 1) if (`${year}-01-01` >= start) years.push(year);
  return { start, end, years };
}

/** The timeline for a support table, with the same rows, columns and day. */
export function supportTimeline(table: SupportTable, layout: TimelineLayout = TIMELINE_LAYOUT): SupportTimeline | undefined {
  const tracks: TimelineTrack[] = [{ id: 'upstream' }, ...table.columns.map((c) => ({ id: c.id, name: c.name }))];
  const cellsOf = (row: SupportTable['rows'][number]) => [row.upstream, ...row.providers];
  const windows = table.rows.flatMap((r) => cellsOf(r).filter((c): c is SupportCell => !!c && !!c.from && !!c.until));
  if (windows.length === 0) return undefined;
  const earliest = windows.map((c) => c.from).sort()[0]!;
  const latest = windows.map((c) => c.extendedUntil ?? c.until).sort().at(-1)!;
  const { start, end, years } = axisBounds(earliest, latest);
  const x = dayPosition(start, end);
  const groupHeight = tracks.length * layout.barHeight + (tracks.length - 1) * layout.barGap;
  const groups: TimelineGroup[] = table.rows.map((r, i) => ({ line: r.line, y: layout.top + i * (groupHeight + layout.groupGap), height: groupHeight }));
  const bars = table.rows.flatMap((row, i) =>
    cellsOf(row).flatMap((cell, t): TimelineBar[] => {
      if (!cell || !cell.from || !cell.until) return [];
      const left = x(cell.from);
      const right = x(cell.until);
      return [
        {
          line: row.line,
          track: tracks[t]!.id,
          from: cell.from,
          until: cell.until,
          ...(cell.extendedUntil ? { extendedUntil: cell.extendedUntil } : {}),
          status: cell.status,
          x: left,
          width: round2(right - left),
          ...(cell.extendedUntil ? { extendedWidth: round2(x(cell.extendedUntil) - right) } : {}),
          y: groups[i]!.y + t * (layout.barHeight + layout.barGap),
        },
      ];
    }),
  );
  const lastGroup = groups.at(-1);
  const height = (lastGroup ? lastGroup.y + lastGroup.height : layout.top) + layout.axis;
  const today = table.day >= start && table.day <= end ? { day: table.day, x: x(table.day) } : undefined;
  return {
    start,
    end,
    tracks,
    groups,
    bars,
    ticks: years.map((year) => ({ day: `${year}-01-01`, x: x(`${year}-01-01`) })),
    ...(today ? { today } : {}),
    height,
  };
}
