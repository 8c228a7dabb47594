import type { Provider } from '../../schemas/provider';
import type { ReleaseLine } from '../../schemas/release';
import { monthEnd, monthOf } from './lines';

/**
 * Upstream support beside the managed services' (content/providers/), per minor version: the
 * raw dates as the sources give them, and a status derived from them for one day. Templates
 * print both; nothing here decides how they look.
 */

/** Where a support window stands on a day. */
export type SupportStatus = 'upcoming' | 'supported' | 'ends-this-month' | 'extended' | 'ended';

/** One cell: a window's dates and what they mean on the day. */
export interface SupportCell {
  from: string;
  until: string;
  /** Paid extended or long-term support, where the provider sells it. */
  extendedUntil?: string;
  /** Upstream only: the day the line entered maintenance mode. */
  maintenanceFrom?: string;
  /** Upstream only: the end of life announced beforehand, when the record differs. */
  plannedUntil?: string;
  status: SupportStatus;
}

export interface SupportColumn {
  id: string;
  name: string;
  /** The provider's own policy page. */
  policy: string;
  /** The day of the upstream file the windows come from. */
  asOf?: string;
}

export interface SupportRow {
  line: string;
  upstream?: SupportCell;
  /** One cell per column, in the columns' order; undefined where the provider lists no window. */
  providers: (SupportCell | undefined)[];
}

export interface SupportTable {
  /** The day the statuses are for. */
  day: string;
  columns: SupportColumn[];
  /** Lines that upstream or some provider supports on the day (or will), newest first. */
  rows: SupportRow[];
  /** Per column, upstream first: the lines in standard support on the day, and those in extended support only. */
  summary: { standard: string[]; extended: string[] }[];
}

/**
 * The status of a window on `day`: not yet available; supported (and whether standard support
 * ends within the day's month); in paid extended support; or ended.
 */
export function supportStatus(window: { from: string; until: string; extendedUntil?: string }, day: string): SupportStatus {
  if (day < window.from) return 'upcoming';
  if (day <= window.until) return window.until <= monthEnd(monthOf(day)) ? 'ends-this-month' : 'supported';
  if (window.extendedUntil && day <= window.extendedUntil) return 'extended';
  return 'ended';
}

const minorOf = (line: string) => Number(line.split('.')[1]);

/** The support table for `day`. */
export function supportTable(entries: readonly ReleaseLine[], providers: readonly Provider[], day: string): SupportTable {
  const columns = providers.map((p) => ({
    id: p.id,
    name: p.name,
    policy: p.policy.url,
    asOf: p.sources[p.policy.source]?.upstream?.committed,
  }));
  const upstream = new Map(
    entries.map((e) => {
      const from = e.patches.find((p) => p.patch === 0)?.date ?? e.released?.date ?? '';
      const window = { from, until: e.endOfLife.date };
      const cell: SupportCell = {
        ...window,
        ...(e.endOfMaintenance ? { maintenanceFrom: e.endOfMaintenance.date } : {}),
        ...(e.endOfLife.planned && e.endOfLife.planned.date !== e.endOfLife.date ? { plannedUntil: e.endOfLife.planned.date } : {}),
        status: supportStatus(window, day),
      };
      return [e.line, cell];
    }),
  );
  const lines = [...new Set([...upstream.keys(), ...providers.flatMap((p) => p.windows.map((w) => w.line))])].sort((a, b) => minorOf(b) - minorOf(a));
  const rows = lines
    .map((line) => ({
      line,
      upstream: upstream.get(line),
      providers: providers.map((p) => {
        const w = p.windows.find((x) => x.line === line);
        if (!w) return undefined;
        const window = { from: w.available, until: w.endOfSupport, ...(w.endOfExtendedSupport ? { extendedUntil: w.endOfExtendedSupport } : {}) };
        return { ...window, status: supportStatus(window, day) };
      }),
    }))
    .filter((r) => [r.upstream, ...r.providers].some((c) => c && c.status !== 'ended'));
  const summary = [0, ...columns.map((_, i) => i + 1)].map((i) => {
    const cells = rows.map((r) => ({ line: r.line, cell: i === 0 ? r.upstream : r.providers[i - 1] }));
    return {
      standard: cells.filter((c) => c.cell?.status === 'supported' || c.cell?.status === 'ends-this-month').map((c) => c.line),
      extended: cells.filter((c) => c.cell?.status === 'extended').map((c) => c.line),
    };
  });
  return { day, columns, rows, summary };
}
