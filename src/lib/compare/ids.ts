/**
 * The set of components a compare view shows, as it travels in the URL: `?ids=a,b,c`. What a
 * reader typed is never trusted: every value is checked against the known ids, and what is
 * left out is reported (unknown, repeated, or beyond the limit) so the page can say so.
 */

/** The most components one view compares side by side. */
export const MAX_COMPARED = 4;

/** The fewest that make a comparison. */
export const MIN_COMPARED = 2;

/** The longest an ignored value is quoted back to the reader. */
const QUOTE_MAX = 40;

export type IgnoredReason = 'unknown' | 'repeated' | 'extra';

export interface IgnoredId {
  /** The value as given, cut to a quotable length; shown as text, never as markup. */
  value: string;
  reason: IgnoredReason;
}

export interface ParsedIds {
  /** Known ids in the order given, each once, at most MAX_COMPARED. */
  ids: string[];
  /** Everything left out, each distinct value once, in the order first seen. */
  ignored: IgnoredId[];
}

/** Cuts a value to a length that can be quoted back, by code points so no character is split. */
function quotable(value: string): string {
  const chars = [...value];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : value;
}

/**
 * The ids of a query string. Both `?ids=a,b` and `?ids=a&ids=b` (what a form with several
 * fields named `ids` sends) are read; empty values are skipped silently.
 */
export function parseIds(search: string | URLSearchParams, known: ReadonlySet<string>): ParsedIds {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = params.getAll('ids').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const ids: string[] = [];
  const ignored: IgnoredId[] = [];
  const reported = new Set<string>();
  const ignore = (value: string, reason: IgnoredReason) => {
    const key = `${reason}\u0000${value}`;
    if (reported.has(key)) return;
    reported.add(key);
    ignored.push({ value: quotable(value), reason });
  };
  for (const value of values) {
    if (!known.has(value)) ignore(value, 'unknown');
    else if (ids.includes(value)) ignore(value, 'repeated');
    else if (ids.length >= MAX_COMPARED) ignore(value, 'extra');
    else ids.push(value);
  }
  return { ids, ignored };
}

/** The query string of a set of ids, `?ids=a,b` (commas kept readable), or '' for none. */
export function serializeIds(ids: readonly string[], extra: Record<string, string> = {}): string {
  const parts = ids.length ? [`ids=${ids.map(encodeURIComponent).join(',')}`] : [];
  for (const [key, value] of Object.entries(extra)) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
