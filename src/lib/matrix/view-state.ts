import { cleanReaderText } from '../format/reader-input';
import { isCalendarDay, layerAt, type Span } from './history';
/**
 * The reader's view of a comparison matrix: which columns and rows are shown. Pure functions,
 * shared by the page's script and the unit tests; nothing here touches the DOM.
 */

export type MatrixMode = 'current' | 'baseline' | 'at';

export interface MatrixViewState {
  /** Today's values, the baseline (the 2020 survey), or the values as of the day in `at`. */
  mode: MatrixMode;
  /** With mode `at`: the day (YYYY-MM-DD) whose values are shown; null otherwise. */
  at: string | null;
  /** Columns the reader chose, in matrix order; null means all. */
  columns: string[] | null;
  /** Text that a row's label must contain. */
  query: string;
  /** Show only rows whose visible cells are not all the same. */
  onlyDiffering: boolean;
  /** `<row id>:<value slug>`: show only columns whose cell in that row has the value. */
  value: string | null;
}

export const defaultViewState: MatrixViewState = { mode: 'current', at: null, columns: null, query: '', onlyDiffering: false, value: null };

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

/** One value of a cell with the days it held. */
export interface LayerFacts extends CellFacts, Span {}

export interface RowFacts {
  id: string;
  label: string;
  current: Record<string, CellFacts>;
  baseline?: Record<string, CellFacts>;
  /** Every value each cell has had (the baseline's included), with its days; for the dated view. */
  layers?: Record<string, LayerFacts[]>;
}

/** The cells of a row as of a day: for each column, the value that held then (none when nothing was recorded). */
export function cellsAt(row: RowFacts, day: string): Record<string, CellFacts> {
  const out: Record<string, CellFacts> = {};
  for (const [column, layers] of Object.entries(row.layers ?? {})) {
    const index = layerAt(layers, day);
    if (index >= 0) out[column] = layers[index]!;
  }
  return out;
}

/** A linked day is kept only when it is a real calendar day written YYYY-MM-DD (2000 to 2099). */
export const cleanDay = (value: string | null): string | null => (value !== null && isCalendarDay(value) ? value : null);

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
  // A day wins over the baseline view: it is the more specific of the two.
  const at = cleanDay(params.get('at'));
  if (at) {
    state.mode = 'at';
    state.at = at;
  }
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
  const at = state.mode === 'at' ? cleanDay(state.at) : null;
  if (at) params.set('at', at);
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
  const at = state.mode === 'at' ? cleanDay(state.at) : null;
  const cellsOf = (row: RowFacts): Record<string, CellFacts> | undefined => {
    if (at) {
      const cells = cellsAt(row, at);
      return Object.keys(cells).length ? cells : undefined;
    }
    return state.mode === 'baseline' ? row.baseline : row.current;
  };
  // As of a day, a column is shown when any row has a value for it then.
  const inMode = at
    ? known.columns.filter((c) => rows.some((r) => cellsOf(r)?.[c] !== undefined))
    : state.mode === 'baseline'
      ? known.baselineColumns
      : known.columns;
  let columns = inMode.filter((c) => !state.columns || state.columns.includes(c));

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
    if (at && !columns.some((c) => cells[c] !== undefined)) return false;
    if (needle && !row.label.toLowerCase().includes(needle) && !row.id.includes(needle)) return false;
    if (state.onlyDiffering) {
      const keys = new Set(columns.map((c) => cells[c]?.key ?? ''));
      if (keys.size <= 1) return false;
    }
    return true;
  });
  return { columns, rows: visibleRows.map((r) => r.id) };
}
