import type { ChangeEvent } from '../feeds/events';
import type { ProjectState } from '../../schemas/component';
import type { SupportLevel } from '../../schemas/matrix';
import { recommendPatch, monthOf, versionOf, type LineData } from '../versions/lines';
import { lineAnchor } from '../versions/page';
import { cellAnchor, type RowView } from '../matrix/matrix';

/**
 * The home page's "now" panel: what a returning reader wants to know first, from the data only.
 * This month's recommended patch is the versions page's own derivation (`recommendPatch`); the
 * status changes and changed matrix cells are the change feeds' events (`changeEvents`), so the
 * panel and the feeds never disagree about what changed or when. Every item carries its day and
 * the page (with anchor) that shows it, below the locale's root.
 */

/** How many items of each list the panel shows. */
export const NOW_LIMITS = { statuses: 3, cells: 4 } as const;

export interface NowRelease {
  version: string;
  line: string;
  page: string;
}

export interface NowStatus {
  id: string;
  name: string;
  state: ProjectState;
  date: string;
  page: string;
}

/** How a changed cell's value moved: its support level, else its values, else only its wording or source. */
export type CellChange = 'support' | 'values' | 'wording';

export interface NowCell {
  matrix: string;
  row: string;
  rowLabel: string;
  column: string;
  /** The controller's name. */
  columnName: string;
  date: string;
  change: CellChange;
  before: SupportLevel;
  after: SupportLevel;
  page: string;
}

export interface NowPanel {
  /** The day the data (and the feeds) are as of. */
  asOf: string;
  /** The survey rule's pick for the month `today` falls in, as the versions page shows it. */
  recommendation: { month: string; pick?: NowRelease & { date: string } };
  /** Every Kubernetes release of the newest release day. */
  releases?: { date: string; items: NowRelease[] };
  /** The day the imported release data was read upstream, when it is older than `asOf`: a newer release may exist. */
  releasesAsOf?: string;
  statuses: NowStatus[];
  cells: NowCell[];
  /** Changed cells on the days of the listed ones that the list leaves out. */
  moreCells: number;
}

export interface NowInput {
  /** The change events, newest first (`changeEvents`, as the feeds use them). */
  events: readonly ChangeEvent[];
  /** The day the events are as of (the API's `generated_at`). */
  asOf: string;
  lines: readonly LineData[];
  /** The day the release data's upstream copy was read (the releases importer's provenance). */
  releasesAsOf?: string;
  /** Today, YYYY-MM-DD: the month of the recommendation. */
  today: string;
  /** Component names (and current states) by id, as the page's locale shows them. */
  components: ReadonlyMap<string, { name: string; state: ProjectState }>;
  /** Each matrix's rows as its page shows them (`buildRows`), by matrix id. */
  matrices: ReadonlyMap<string, readonly RowView[]>;
}

const releasePage = (line: string) => `versions/#${lineAnchor(line)}`;

/** Every release of the newest day on which any release came out, up to `asOf`, newest line first. */
export function newestReleases(lines: readonly LineData[], asOf: string): NowPanel['releases'] {
  const all = lines.flatMap((l) => l.patches.filter((p) => p.date <= asOf).map((p) => ({ line: l.line, minor: l.minor, patch: p.patch, date: p.date })));
  const date = all.map((r) => r.date).sort().at(-1);
  if (!date) return undefined;
  const items = all
    .filter((r) => r.date === date)
    .sort((a, b) => b.minor - a.minor || b.patch - a.patch)
    .map((r) => ({ version: versionOf(r.line, r.patch), line: r.line, page: releasePage(r.line) }));
  return { date, items };
}

/** The newest status changes (retirements, archivals, moves to maintenance…), one per component. */
export function latestStatuses(events: readonly ChangeEvent[], components: NowInput['components'], limit: number = NOW_LIMITS.statuses): NowStatus[] {
  const out: NowStatus[] = [];
  for (const e of events) {
    if (e.kind !== 'component-status' || out.length >= limit) continue;
    // A status event's page is the component's own: components/<id>/.
    const id = e.page.split('/')[1] ?? '';
    const component = components.get(id);
    if (!component || out.some((s) => s.id === id)) continue;
    out.push({ id, name: component.name, state: component.state, date: e.date, page: e.page });
  }
  return out;
}

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** How a cell changed on `date`: the earlier value that stopped holding that day against the one that followed. */
function cellChange(rows: readonly RowView[], row: string, column: string, date: string): Omit<NowCell, 'matrix' | 'date' | 'page' | 'columnName'> | undefined {
  const view = rows.find((r) => r.id === row);
  const cell = view?.cells[column];
  if (!view || !cell) return undefined;
  const index = cell.history.findIndex((h) => h.until === date);
  if (index < 0) return undefined;
  const before = cell.history[index]!;
  const after = cell.history[index + 1] ?? cell;
  const change: CellChange = before.support !== after.support ? 'support' : !sameValues(before.values, after.values) ? 'values' : 'wording';
  return { row, rowLabel: view.label, column, change, before: before.support, after: after.support };
}

const changeRank: Record<CellChange, number> = { support: 0, values: 1, wording: 2 };

/**
 * The newest changed matrix cells: newest day first; within a day, cells whose support level
 * changed before those whose values changed, before those only reworded or re-sourced; then in
 * the feeds' order (controller, then row), at most one per controller while others are left.
 */
export function latestCells(
  events: readonly ChangeEvent[],
  matrices: NowInput['matrices'],
  components: NowInput['components'],
  limit: number = NOW_LIMITS.cells,
): { cells: NowCell[]; more: number } {
  const all: (NowCell & { order: number })[] = [];
  for (const e of events) {
    if (e.kind !== 'matrix-history') continue;
    for (const { row, column } of e.cells ?? []) {
      // A matrix event's page is compare/<matrix id>/#<first cell>.
      const matrix = e.page.split('/')[1] ?? '';
      const change = cellChange(matrices.get(matrix) ?? [], row, column, e.date);
      const columnName = components.get(column)?.name ?? column;
      if (change) all.push({ ...change, columnName, matrix, date: e.date, page: `compare/${matrix}/#${cellAnchor(row, column)}`, order: all.length });
    }
  }
  all.sort((a, b) => (a.date === b.date ? changeRank[a.change] - changeRank[b.change] || a.order - b.order : a.date < b.date ? 1 : -1));
  // One cell per controller first, so a day on which one controller was checked row by row does
  // not fill the list; then the rest in the same order.
  const first = all.filter((c, i) => all.findIndex((d) => d.column === c.column && d.matrix === c.matrix) === i);
  const picked = [...first, ...all.filter((c) => !first.includes(c))].slice(0, limit);
  const cells = picked.sort((a, b) => all.indexOf(a) - all.indexOf(b)).map(({ order: _, ...cell }) => cell);
  const days = new Set(cells.map((c) => c.date));
  return { cells, more: all.filter((c) => days.has(c.date)).length - cells.length };
}

/** Everything the panel shows. */
export function nowPanel(input: NowInput): NowPanel {
  const month = monthOf(input.today);
  const picked = recommendPatch(month, [...input.lines]).recommended;
  const { cells, more } = latestCells(input.events, input.matrices, input.components);
  return {
    asOf: input.asOf,
    recommendation: { month, pick: picked && { version: picked.version, line: picked.line, date: picked.date, page: releasePage(picked.line) } },
    releases: newestReleases(input.lines, input.asOf),
    ...(input.releasesAsOf && input.releasesAsOf < input.asOf ? { releasesAsOf: input.releasesAsOf } : {}),
    statuses: latestStatuses(input.events, input.components),
    cells,
    moreCells: more,
  };
}
