/**
 * Which value of a cell held on a given day. Pure and shared by the page, its script and the
 * tests: a cell is a list of layers, each holding from `from` until the day before `until`
 * (open-ended for today's value), like browser-compat-data's version ranges. The survey
 * baseline is one more layer, holding from 1 January of its year until the first recorded value.
 */

/** A value's days: from `from` (inclusive) until `until` (exclusive); no `until` means still held. */
export interface Span {
  from: string;
  until?: string;
}

/** What a cell's dates look like in the content file. */
export interface DatedCell {
  checked: string;
  since?: string;
  history?: ReadonlyArray<{ until: string; since?: string; checked: string }>;
}

/** A day written YYYY-MM-DD that exists in the calendar, between 2000 and 2099. */
export function isCalendarDay(value: string): boolean {
  if (!/^20\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.valueOf()) && date.toISOString().slice(0, 10) === value;
}

/** The first day the survey's value counts for: 1 January of its year. */
export const baselineFrom = (year: number): string => `${year}-01-01`;

/** The spans of a cell's earlier values (oldest first) and of today's value. */
export function cellSpans(cell: DatedCell): { history: Span[]; current: Span } {
  const history: Span[] = [];
  let previousEnd: string | undefined;
  for (const [index, entry] of (cell.history ?? []).entries()) {
    const from = entry.since ?? (index === 0 ? entry.checked : previousEnd ?? entry.checked);
    history.push({ from, until: entry.until });
    previousEnd = entry.until;
  }
  const current: Span = { from: cell.since ?? previousEnd ?? cell.checked };
  return { history, current };
}

/** The span of the baseline's value for a cell whose first recorded value starts on `firstFrom`. */
export function baselineSpan(year: number, firstFrom: string): Span | undefined {
  const from = baselineFrom(year);
  return firstFrom > from ? { from, until: firstFrom } : undefined;
}

/** True when the span covers the day. */
export const holdsOn = (span: Span, day: string): boolean => day >= span.from && (span.until === undefined || day < span.until);

/** The index of the layer that held on `day`, or -1 when none did (not yet recorded, or a gap). */
export function layerAt(spans: readonly Span[], day: string): number {
  for (let i = spans.length - 1; i >= 0; i--) if (holdsOn(spans[i]!, day)) return i;
  return -1;
}

/** The day before a YYYY-MM-DD day: the last day a value held when it held `until` that day. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
