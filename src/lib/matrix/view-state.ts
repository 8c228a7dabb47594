import { cleanReaderText } from '../format/reader-input';
/**
 * The reader's view of a comparison matrix: which columns and rows are shown. Pure functions,
 * shared by the page's script and the unit tests; nothing here touches the DOM.
 */

export type MatrixMode = 'current' | 'baseline';

export interface MatrixViewState {
  /** Today's values or the baseline (the 2020 survey). */
  mode: MatrixMode;
  /** Columns the reader chose, in matrix order; null means all. */
  columns: string[] | null;
  /** Text that a row's label must contain. */
  query: string;
  /** Show only rows whose visible cells are not all the same. */
  onlyDiffering: boolean;
  /** `<row id>:<value slug>`: show only columns whose cell in that row has the value. */
  value: string | null;
}

export const defaultViewState: MatrixViewState = { mode: 'current', columns: null, query: '', onlyDiffering: false, value: null };

/** What the state needs to know about the matrix to validate itself. */
export interface MatrixKnowledge {
  columns: string[];
  baselineColumns: string[];
  valueKeys: string[];
  /** The URL word for the baseline view, such as "2020". */
  baselineParam: string;
}

/** One cell as the view logic sees it. */
export interface CellFacts {
  key: string;
  slugs: string[];
}

export interface RowFacts {
  id: string;
  label: string;
  current: Record<string, CellFacts>;
  baseline?: Record<string, CellFacts>;
}

const MAX_QUERY = 80;

/** Cleans a pasted or linked feature filter, so it cannot smuggle anything odd. */
export const cleanQuery = (value: string): string => cleanReaderText(value, MAX_QUERY);

/**
 * Reads a view from a query string. Anything unknown or malformed is dropped, never echoed:
 * unknown column ids, values that are not options, repeated or overlong parameters.
 */
export function parseViewState(search: string, known: MatrixKnowledge): MatrixViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { ...defaultViewState };
  }
  const state: MatrixViewState = { ...defaultViewState };
  if (params.get('view') === known.baselineParam && known.baselineColumns.length > 0) state.mode = 'baseline';
  const cols = params.get('cols');
  if (cols !== null && cols.length <= 1000) {
    const wanted = new Set(cols.split(','));
    const chosen = known.columns.filter((c) => wanted.has(c));
    if (chosen.length > 0 && chosen.length < known.columns.length) state.columns = chosen;
  }
  const q = params.get('q');
  if (q !== null) state.query = cleanQuery(q);
  state.onlyDiffering = params.get('diff') === '1';
  const value = params.get('has');
  if (value !== null && known.valueKeys.includes(value)) state.value = value;
  return state;
}

/** Writes a view as a query string ("" for the default view), in a fixed parameter order. */
export function serializeViewState(state: MatrixViewState, known: MatrixKnowledge): string {
  const params = new URLSearchParams();
  if (state.mode === 'baseline') params.set('view', known.baselineParam);
  if (state.columns) {
    const chosen = known.columns.filter((c) => state.columns!.includes(c));
    if (chosen.length > 0 && chosen.length < known.columns.length) params.set('cols', chosen.join(','));
  }
  const q = cleanQuery(state.query);
  if (q) params.set('q', q);
  if (state.onlyDiffering) params.set('diff', '1');
  if (state.value && known.valueKeys.includes(state.value)) params.set('has', state.value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface Visibility {
  columns: string[];
  rows: string[];
}

/** Decides which columns and rows a view shows. */
export function computeVisibility(state: MatrixViewState, known: MatrixKnowledge, rows: RowFacts[]): Visibility {
  const inMode = state.mode === 'baseline' ? known.baselineColumns : known.columns;
  let columns = inMode.filter((c) => !state.columns || state.columns.includes(c));
  const cellsOf = (row: RowFacts) => (state.mode === 'baseline' ? row.baseline : row.current);

  if (state.value) {
    const [rowId, slug] = state.value.split(':');
    const row = rows.find((r) => r.id === rowId);
    const cells = row ? cellsOf(row) : undefined;
    columns = columns.filter((c) => cells?.[c]?.slugs.includes(slug ?? '') ?? false);
  }

  const needle = state.query.toLowerCase();
  const visibleRows = rows.filter((row) => {
    const cells = cellsOf(row);
    if (!cells) return false;
    if (needle && !row.label.toLowerCase().includes(needle) && !row.id.includes(needle)) return false;
    if (state.onlyDiffering) {
      const keys = new Set(columns.map((c) => cells[c]?.key ?? ''));
      if (keys.size <= 1) return false;
    }
    return true;
  });
  return { columns, rows: visibleRows.map((r) => r.id) };
}
