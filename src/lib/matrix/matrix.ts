import type { Matrix, MatrixCell, MatrixHistoryEntry, SupportLevel } from '../../schemas/matrix';
import type { Message } from '../../i18n';
import type { GatewayApiRowValue, GatewayApiReported } from '../conformance/gateway-api-row';
import { baselineSpan, cellSpans, type Span } from './history';
import { comparisonKey, exportText, gatewayApiCell, parseSurveyCell, slugify } from './cells';

export { channelKeys, comparisonKey, exportText, gatewayApiCell, parseSurveyCell, qualifierKeys, reportSourceKey, slugify, supportKeys } from './cells';

/** A source a cell cites, numbered in order of first citation for the footnotes. */
export interface SourceRef {
  key: string;
  number: number;
  url: string;
  /** The document's title as written in the matrix, or a message for a derived source (a report). */
  title: string | Message;
}

/** A baseline cell with the structure recovered from the survey's wording. */
export interface BaselineCellView extends Span {
  /** The survey's text, unchanged. */
  raw: string;
  support: SupportLevel;
  values: string[];
  /** Comparison key: equal keys mean equal cells. */
  key: string;
  /** Slugs of the values, for the value filter. */
  slugs: string[];
}

/** One value of a cell as the page shows it: today's, or an earlier one. */
export interface ValueView extends Span {
  support: SupportLevel;
  values: string[];
  /** The hand-written qualification (translatable content). */
  note?: string;
  /** Sentences derived from imported data, shown before the note. */
  derivedNotes: Message[];
  /** The sources cited, in the order shown. */
  sources: SourceRef[];
  checked: string;
  key: string;
  slugs: string[];
  /** Text for exports: values, or the support level in words, with any qualification. */
  text: Message;
}

/** A current cell ready to display, with its sources resolved and its earlier values. */
export interface CellView extends ValueView {
  /** True when a baseline cell exists and today's known value says something different. */
  changed: boolean;
  /** Earlier values, oldest first. */
  history: ValueView[];
  /** The conformance report a derived cell comes from. */
  conformance?: GatewayApiReported;
}

export interface RowView {
  id: string;
  label: string;
  description?: string;
  cells: Record<string, CellView>;
  baseline?: Record<string, BaselineCellView>;
}

/** An option of the "controllers with …" filter: one value of one row. */
export interface ValueOption {
  /** `<row id>:<value slug>`, as it appears in the URL. */
  key: string;
  rowLabel: string;
  value: string;
}

/** Values imported from elsewhere for derived cells, keyed by derived source, then column. */
export interface DerivedValues {
  'gateway-api-conformance'?: Record<string, GatewayApiRowValue>;
  /**
   * The day the imported conformance data is as of (its commit's day). A derived value holds
   * from this day at the earliest, so after a later import a link pinned to an earlier day never
   * shows the newer report's values as if they had held then.
   */
  gatewayApiAsOf?: string;
}

/** What one value of a cell says, before sources are numbered. */
interface Resolved {
  support: SupportLevel;
  values: string[];
  note?: string;
  derivedNotes: Message[];
  sources: Array<Omit<SourceRef, 'number'>>;
  checked: string;
  conformance?: GatewayApiReported;
}

function resolveCell(matrix: Matrix, column: string, cell: MatrixCell | MatrixHistoryEntry, derived: DerivedValues): Resolved {
  const own = cell.source && matrix.sources[cell.source] ? [{ key: cell.source, ...matrix.sources[cell.source]! }] : [];
  if ('derived' in cell && cell.derived === 'gateway-api-conformance') {
    const value = derived['gateway-api-conformance']?.[column];
    if (value?.state === 'reported') {
      const made = gatewayApiCell(value);
      return { support: made.support, values: made.values, note: cell.note, derivedNotes: made.notes, sources: [made.source, ...own], checked: cell.checked, conformance: value };
    }
    // The content guard has proved that a derived cell's controller has a report; without the
    // data (a test that passes none) the cell says only what was typed.
    return { support: 'unknown', values: [], note: cell.note, derivedNotes: [], sources: own, checked: cell.checked };
  }
  return { support: cell.support ?? 'unknown', values: cell.values ?? [], note: cell.note, derivedNotes: [], sources: own, checked: cell.checked };
}

/** Every value of every cell, resolved, in the order the page cites them: row by row, today's value before earlier ones. */
function resolveAll(matrix: Matrix, derived: DerivedValues) {
  return matrix.rows.map((row) => ({
    row,
    cells: matrix.columns.flatMap((column) => {
      const cell = row.cells[column];
      if (!cell) return [];
      return [{ column, cell, current: resolveCell(matrix, column, cell, derived), history: (cell.history ?? []).map((h) => resolveCell(matrix, column, h, derived)) }];
    }),
  }));
}

/** Numbers the sources in order of first citation, so the page can print them as footnotes. */
export function citedSources(matrix: Matrix, derived: DerivedValues = {}): SourceRef[] {
  const order = new Map<string, SourceRef>();
  const add = (source: Omit<SourceRef, 'number'>) => {
    if (!order.has(source.key)) order.set(source.key, { ...source, number: order.size + 1 });
  };
  for (const { cells } of resolveAll(matrix, derived)) {
    for (const { current, history } of cells) {
      current.sources.forEach(add);
      for (const h of history) h.sources.forEach(add);
    }
  }
  return [...order.values()];
}

/** Everything the comparison table shows, derived from the matrix data (and imported data for derived cells). */
export function buildRows(matrix: Matrix, derived: DerivedValues = {}): RowView[] {
  const numbered = new Map(citedSources(matrix, derived).map((s) => [s.key, s]));
  const baselineColumns = matrix.baseline?.columns ?? [];
  const view = (resolved: Resolved, span: Span): ValueView => ({
    ...span,
    support: resolved.support,
    values: resolved.values,
    note: resolved.note,
    derivedNotes: resolved.derivedNotes,
    sources: resolved.sources.map((s) => numbered.get(s.key)!),
    checked: resolved.checked,
    key: comparisonKey(resolved.support, resolved.values),
    slugs: resolved.values.map(slugify),
    text: exportText(resolved.support, resolved.values),
  });
  return resolveAll(matrix, derived).map(({ row, cells: resolved }) => {
    const cells: Record<string, CellView> = {};
    const firstFrom: Record<string, string> = {};
    for (const { column, cell, current, history } of resolved) {
      const spans = cellSpans(cell);
      const asOf = current.conformance ? derived.gatewayApiAsOf : undefined;
      if (asOf && asOf > spans.current.from) spans.current = { from: asOf };
      firstFrom[column] = (spans.history[0] ?? spans.current).from;
      cells[column] = {
        ...view(current, spans.current),
        changed: false,
        history: history.map((h, i) => view(h, spans.history[i]!)),
        conformance: current.conformance,
      };
    }
    let baseline: Record<string, BaselineCellView> | undefined;
    if (row.baseline && matrix.baseline) {
      baseline = {};
      for (const column of baselineColumns) {
        const raw = row.baseline[column] ?? '';
        const parsed = parseSurveyCell(raw);
        const span = baselineSpan(matrix.baseline.year, firstFrom[column] ?? '9999-12-31') ?? { from: firstFrom[column] ?? '', until: firstFrom[column] };
        baseline[column] = { raw, ...parsed, ...span, key: comparisonKey(parsed.support, parsed.values), slugs: parsed.values.map(slugify) };
      }
    }
    for (const column of Object.keys(cells)) {
      const cell = cells[column]!;
      const was = baseline?.[column];
      const typed = row.cells[column];
      // An unknown cell says nothing about change: it was not checked, not found different.
      cell.changed = was !== undefined && cell.support !== 'unknown' && !typed?.unchanged && was.key !== cell.key;
    }
    return { id: row.id, label: row.label, description: row.description, cells, baseline };
  });
}

/** Filter options from each row's values (today's, earlier and the baseline's), in row order, one per distinct slug. */
export function valueOptionsFrom(rows: ReadonlyArray<{ id: string; label: string; values: readonly string[] }>): ValueOption[] {
  const options: ValueOption[] = [];
  for (const row of rows) {
    const seen = new Set<string>();
    for (const value of row.values) {
      const slug = slugify(value);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      options.push({ key: `${row.id}:${slug}`, rowLabel: row.label, value });
    }
  }
  return options;
}

/** Every value that appears in a row, today, earlier or in the baseline, as filter options in row order. */
export function valueOptions(rows: RowView[]): ValueOption[] {
  return valueOptionsFrom(
    rows.map((row) => ({
      id: row.id,
      label: row.label,
      values: [
        ...Object.values(row.cells).flatMap((cell) => [...cell.values, ...cell.history.flatMap((h) => h.values)]),
        ...Object.values(row.baseline ?? {}).flatMap((cell) => cell.values),
      ],
    })),
  );
}

/** How many of today's cells are unknown, for the page's summary and the tests. */
export function unknownCount(rows: RowView[]): { unknown: number; total: number } {
  let unknown = 0;
  let total = 0;
  for (const row of rows) {
    for (const cell of Object.values(row.cells)) {
      total += 1;
      if (cell.support === 'unknown') unknown += 1;
    }
  }
  return { unknown, total };
}

/** Anchor ids: rows and cells get stable ids that do not clash with headings. */
export const rowAnchor = (rowId: string) => `feature-${rowId}`;
export const cellAnchor = (rowId: string, columnId: string) => `feature-${rowId}--${columnId}`;
