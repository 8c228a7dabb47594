import type { Message } from '../../i18n';
import type { ComponentData } from '../../schemas/component';
import type { Matrix } from '../../schemas/matrix';
import type { ReleaseLine } from '../../schemas/release';
import { cellAnchor } from '../matrix/matrix';
import { lineAnchor } from '../versions/page';
import { versionOf } from '../versions/lines';

/**
 * The change feeds' entries, derived from the data: Kubernetes releases (a new line, each patch,
 * the end of maintenance and the end of life), component status changes (`status.since`), and
 * matrix cells (the day each was checked, and the values a cell's history records). Every event
 * has a key that depends only on what happened, so the same event has the same id in every
 * build and in every feed it appears in. Only past events are kept: nothing after `asOf`.
 */

export type ChangeKind =
  | 'release-line'
  | 'release-patch'
  | 'release-end-of-maintenance'
  | 'release-end-of-life'
  | 'component-status'
  | 'matrix-checked'
  | 'matrix-history';

export interface ChangeEvent {
  /** Stable and unique: `kubernetes/v1.35.8`, `components/calico/status/active/2024-05-01`. */
  key: string;
  kind: ChangeKind;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  /** The feeds it belongs to besides the site-wide one: `releases`, `components/<id>`, `matrices/<id>`. */
  feeds: string[];
  title: Message;
  summary: Message;
  /** The page (and anchor) that shows it, below the locale's root. */
  page: string;
  /** Prose from the content files, in the site's default language, when the event carries some. */
  detail?: string;
  /** For a matrix change: the cells whose value changed that day (row and column ids), in row order. */
  cells?: { row: string; column: string }[];
}

/** What the events are derived from. Extra fields on the data are ignored. */
export interface EventInput {
  releases: ReleaseLine[];
  components: { id: string; data: ComponentData }[];
  matrices: Matrix[];
  /** The dataset's newest checked day: events after it are not in the feeds. */
  asOf: string;
}

/** A dated fact that an importer may add to a release line (issue 12's end of maintenance). */
interface OptionalDates {
  endOfMaintenance?: { date?: unknown };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function releaseEvents(entry: ReleaseLine & OptionalDates): ChangeEvent[] {
  const { line } = entry;
  const out: ChangeEvent[] = [];
  // Every release event is in the releases feed and points at its line's row on the versions page.
  const add = (kind: ChangeKind, key: string, date: string, title: Message, summary: Message) =>
    out.push({ key, kind, date, feeds: ['releases'], page: `versions/#${lineAnchor(line)}`, title, summary });
  const zero = entry.patches.find((p) => p.patch === 0)?.date ?? entry.released?.date;
  if (zero) {
    add('release-line', `kubernetes/${line}/released`, zero, { key: 'feed.release.line.title', params: { line } }, { key: 'feed.release.line.summary', params: { line, endOfLife: entry.endOfLife.date } });
  }
  for (const p of entry.patches) {
    if (p.patch === 0) continue;
    const version = versionOf(line, p.patch);
    const cves = (p.fixes ?? []).map((f) => f.cve);
    const summary: Message = cves.length
      ? { key: 'feed.release.patch.fixes', params: { version, line, cves } }
      : { key: 'feed.release.patch.summary', params: { version, line } };
    add('release-patch', `kubernetes/${version}`, p.date, { key: 'feed.release.patch.title', params: { version } }, summary);
  }
  const maintenance = entry.endOfMaintenance?.date;
  if (typeof maintenance === 'string' && DAY.test(maintenance)) {
    add('release-end-of-maintenance', `kubernetes/${line}/end-of-maintenance`, maintenance, { key: 'feed.release.maintenance.title', params: { line } }, { key: 'feed.release.maintenance.summary', params: { line, endOfLife: entry.endOfLife.date } });
  }
  add('release-end-of-life', `kubernetes/${line}/end-of-life`, entry.endOfLife.date, { key: 'feed.release.eol.title', params: { line } }, { key: 'feed.release.eol.summary', params: { line } });
  return out;
}

function statusEvents(id: string, data: ComponentData): ChangeEvent[] {
  const { since, state, note } = data.status;
  if (!since) return [];
  const stateName: Message = { key: `status.${state}` };
  return [
    {
      key: `components/${id}/status/${state}/${since}`,
      kind: 'component-status',
      date: since,
      feeds: [`components/${id}`],
      page: `components/${id}/`,
      title: { key: 'feed.status.title', params: { name: data.name, state: stateName } },
      summary: { key: 'feed.status.summary', params: { name: data.name, state: stateName, date: since } },
      detail: note,
    },
  ];
}

/** One earlier value of a cell, as far as the feed needs it; the matrix schema owns the format. */
interface HistoryPoint {
  date: string;
  support?: string;
}

/**
 * The dated points of a cell's history. The matrix schema decides the format (issue 13); this
 * reads any list of objects that carry a day in `until`, `since`, `from`, `checked` or `date`,
 * so the feed picks history up as soon as the data has it. `until` comes first: an earlier value
 * stopped holding on that day, which is the day the cell changed (its `since` is when the old
 * value began).
 */
export function historyPoints(history: unknown): HistoryPoint[] {
  if (!Array.isArray(history)) return [];
  return history.flatMap((item): HistoryPoint[] => {
    if (!item || typeof item !== 'object') return [];
    const o = item as Record<string, unknown>;
    const date = ['until', 'since', 'from', 'checked', 'date'].map((k) => o[k]).find((v): v is string => typeof v === 'string' && DAY.test(v));
    return date ? [{ date, support: typeof o.support === 'string' ? o.support : undefined }] : [];
  });
}

function matrixEvents(matrix: Matrix, names: Map<string, string>): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  const page = `compare/${matrix.id}/`;
  // One entry per column and day checked, and one per column and day of change: a reviewer
  // checks (and corrects) a controller's cells together, so a day's work is one entry, not dozens.
  const checked = new Map<string, { column: string; date: string; rows: string[] }>();
  const changed = new Map<string, { column: string; date: string; rows: string[]; row: string; cells: { row: string; column: string }[] }>();
  for (const row of matrix.rows) {
    for (const column of matrix.columns) {
      const cell = row.cells[column];
      if (!cell) continue;
      const group = `${column}|${cell.checked}`;
      const entry = checked.get(group) ?? { column, date: cell.checked, rows: [] };
      entry.rows.push(row.label);
      checked.set(group, entry);
      for (const point of historyPoints((cell as { history?: unknown }).history)) {
        const key = `${column}|${point.date}`;
        const entry = changed.get(key) ?? { column, date: point.date, rows: [], row: row.id, cells: [] };
        if (!entry.rows.includes(row.label)) {
          entry.rows.push(row.label);
          entry.cells.push({ row: row.id, column });
        }
        changed.set(key, entry);
      }
    }
  }
  for (const { column, date, rows, row, cells } of changed.values()) {
    const name = names.get(column) ?? column;
    out.push({
      key: `matrices/${matrix.id}/${column}/changed/${date}`,
      kind: 'matrix-history',
      date,
      feeds: [`matrices/${matrix.id}`, `components/${column}`],
      // The first changed cell's anchor; the entry lists every feature that changed that day.
      page: `${page}#${cellAnchor(row, column)}`,
      title: { key: 'feed.matrix.history.title', params: { matrix: matrix.title, name } },
      summary: { key: 'feed.matrix.history.summary', params: { name, count: rows.length, features: rows } },
      cells,
    });
  }
  for (const { column, date, rows } of checked.values()) {
    const name = names.get(column) ?? column;
    out.push({
      key: `matrices/${matrix.id}/${column}/checked/${date}`,
      kind: 'matrix-checked',
      date,
      feeds: [`matrices/${matrix.id}`, `components/${column}`],
      page,
      title: { key: 'feed.matrix.checked.title', params: { matrix: matrix.title, name } },
      summary: { key: 'feed.matrix.checked.summary', params: { name, count: rows.length, features: rows } },
    });
  }
  return out;
}

/** Every change event up to `asOf`, newest first (ties by key), each key once. */
export function changeEvents(input: EventInput): ChangeEvent[] {
  const names = new Map(input.components.map((c) => [c.id, c.data.name]));
  const all = [
    ...input.releases.flatMap(releaseEvents),
    ...input.components.flatMap((c) => statusEvents(c.id, c.data)),
    ...input.matrices.flatMap((m) => matrixEvents(m, names)),
  ].filter((e) => e.date <= input.asOf);
  const unique = new Map(all.map((e) => [e.key, e]));
  return [...unique.values()].sort((a, b) => (a.date === b.date ? (a.key < b.key ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/** The names of every feed: the site-wide one, releases, each matrix and each component. */
export function feedNames(input: Pick<EventInput, 'components' | 'matrices'>): string[] {
  return [
    'all',
    'releases',
    ...input.matrices.map((m) => `matrices/${m.id}`).sort(),
    ...input.components.map((c) => `components/${c.id}`).sort(),
  ];
}

/** The events of one feed. */
export function eventsOf(feed: string, events: ChangeEvent[]): ChangeEvent[] {
  return feed === 'all' ? events : events.filter((e) => e.feeds.includes(feed));
}
