import type { Matrix, MatrixCell, SupportLevel } from '../../schemas/matrix';
import type { Source } from '../../schemas/shared';
import type { Message } from '../../i18n';

/** A baseline cell with the structure recovered from the survey's wording. */
export interface BaselineCellView {
  /** The survey's text, unchanged. */
  raw: string;
  support: SupportLevel;
  values: string[];
  /** Comparison key: equal keys mean equal cells. */
  key: string;
  /** Slugs of the values, for the value filter. */
  slugs: string[];
}

/** A current cell ready to display, with its source resolved. */
export interface CellView {
  support: SupportLevel;
  values: string[];
  note?: string;
  source?: Source & { key: string; number: number };
  checked: string;
  key: string;
  slugs: string[];
  /** Text for exports: values, or the support level in words, with any qualification. */
  text: Message;
  /** True when a baseline cell exists and today's known value says something different. */
  changed: boolean;
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

/** The interface string naming each support level, in the order the legend lists them. */
export const supportKeys = {
  yes: 'matrix.support.yes',
  partial: 'matrix.support.partial',
  paid: 'matrix.support.paid',
  plugin: 'matrix.support.plugin',
  no: 'matrix.support.no',
  unknown: 'matrix.support.unknown',
} as const satisfies Record<SupportLevel, string>;

/** The same levels as a qualifier after a list of values: "basic, jwt (paid edition only)". */
const qualifierKeys = {
  partial: 'matrix.qualifier.partial',
  paid: 'matrix.qualifier.paid',
  plugin: 'matrix.qualifier.plugin',
  no: 'matrix.qualifier.no',
  unknown: 'matrix.qualifier.unknown',
} as const satisfies Record<Exclude<SupportLevel, 'yes'>, string>;

/** A stable, URL-safe form of a value: "Round-Robin" and "round robin" both become "round-robin". */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives a survey cell structure: "-" means no, "+" means yes, anything else is a
 * comma-separated list of values that the controller supports.
 */
export function parseSurveyCell(raw: string): { support: SupportLevel; values: string[] } {
  const text = raw.trim();
  if (text === '-') return { support: 'no', values: [] };
  if (text === '+') return { support: 'yes', values: [] };
  return { support: 'yes', values: text.split(/,\s*/).map((v) => v.trim()).filter(Boolean) };
}

/** Two cells are equal when their keys are: a cell with values compares by them, otherwise by support. */
export function comparisonKey(support: SupportLevel, values: string[]): string {
  if (support === 'no' || support === 'unknown' || values.length === 0) return support;
  return [...new Set(values.map(slugify))].sort().join(' ');
}

function exportText(cell: MatrixCell): Message {
  const values = cell.values ?? [];
  if (values.length === 0) return { key: supportKeys[cell.support] };
  if (cell.support === 'yes') return { key: 'matrix.cell.values', params: { values } };
  return { key: 'matrix.cell.qualified', params: { values, qualifier: { key: qualifierKeys[cell.support] } } };
}

/** Numbers the sources in order of first citation, so the page can print them as footnotes. */
export function citedSources(matrix: Matrix): Array<Source & { key: string; number: number }> {
  const order: string[] = [];
  for (const row of matrix.rows) {
    for (const column of matrix.columns) {
      const key = row.cells[column]?.source;
      if (key && !order.includes(key)) order.push(key);
    }
  }
  return order.flatMap((key, index) => {
    const source = matrix.sources[key];
    return source ? [{ ...source, key, number: index + 1 }] : [];
  });
}

/** Everything the comparison table shows, derived from the matrix data alone. */
export function buildRows(matrix: Matrix): RowView[] {
  const sources = new Map(citedSources(matrix).map((s) => [s.key, s]));
  const baselineColumns = matrix.baseline?.columns ?? [];
  return matrix.rows.map((row) => {
    let baseline: Record<string, BaselineCellView> | undefined;
    if (row.baseline) {
      baseline = {};
      for (const column of baselineColumns) {
        const raw = row.baseline[column] ?? '';
        const parsed = parseSurveyCell(raw);
        baseline[column] = { raw, ...parsed, key: comparisonKey(parsed.support, parsed.values), slugs: parsed.values.map(slugify) };
      }
    }
    const cells: Record<string, CellView> = {};
    for (const column of matrix.columns) {
      const cell = row.cells[column];
      if (!cell) continue;
      const values = cell.values ?? [];
      const key = comparisonKey(cell.support, values);
      const was = baseline?.[column];
      cells[column] = {
        support: cell.support,
        values,
        note: cell.note,
        source: cell.source ? sources.get(cell.source) : undefined,
        checked: cell.checked,
        key,
        slugs: values.map(slugify),
        text: exportText(cell),
        // An unknown cell says nothing about change: it was not checked, not found different.
        changed: was !== undefined && cell.support !== 'unknown' && !cell.unchanged && was.key !== key,
      };
    }
    return { id: row.id, label: row.label, description: row.description, cells, baseline };
  });
}

/** Every value that appears in a row, today or in the baseline, as filter options in row order. */
export function valueOptions(rows: RowView[]): ValueOption[] {
  const options: ValueOption[] = [];
  for (const row of rows) {
    const seen = new Set<string>();
    const add = (value: string) => {
      const slug = slugify(value);
      if (!slug || seen.has(slug)) return;
      seen.add(slug);
      options.push({ key: `${row.id}:${slug}`, rowLabel: row.label, value });
    };
    for (const cell of Object.values(row.cells)) cell.values.forEach(add);
    for (const cell of Object.values(row.baseline ?? {})) cell.values.forEach(add);
  }
  return options;
}

/** Anchor ids: rows and cells get stable ids that do not clash with headings. */
export const rowAnchor = (rowId: string) => `feature-${rowId}`;
export const cellAnchor = (rowId: string, columnId: string) => `feature-${rowId}--${columnId}`;
