/**
 * Finding the query's words in a record's text and marking them, for the result list. Shared
 * by the engine's ranking (which words a query has) and its display (which runs to mark).
 */

/** A run of text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

export const hanPattern = /\p{Script=Han}/u;

/** True when the query holds Chinese characters, which get an exact substring pass. */
export function isCjkQuery(query: string): boolean {
  return hanPattern.test(query);
}

/** Lower-cases and drops spaces and punctuation, so `kube proxy` equals `kube-proxy`. */
export function loose(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_./·]+/g, '');
}

export function queryTerms(query: string): string[] {
  const terms = query.toLowerCase().split(' ').filter(Boolean);
  return terms.filter((t) => t.length >= 2 || hanPattern.test(t));
}

type Range = [number, number];

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Splits `text` into marked and unmarked runs. Occurrences of the query's words are marked;
 * when there are none (a typo), Fuse's own match ranges (inclusive) are used instead.
 */
export function markSegments(text: string, query: string, fuseRanges: readonly (readonly [number, number])[] = []): Segment[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of queryTerms(query)) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(term, from);
      if (at < 0) break;
      ranges.push([at, at + term.length - 1]);
      from = at + term.length;
    }
  }
  if (ranges.length === 0) {
    for (const [start, end] of fuseRanges) if (end - start >= 1 && end < text.length) ranges.push([start, end]);
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, end + 1), mark: true });
    cursor = end + 1;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

