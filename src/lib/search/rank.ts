/**
 * The order of search results, and picking the best few of many without sorting them all:
 * a two-letter query on a large index matches thousands of records, of which the header shows 8.
 */
import type { FuseResult } from 'fuse.js';
import { searchKinds, type SearchKind, type SearchRecord } from './index-format';
import type { RecordText } from './record-text';

/** A hit before its text is marked; marking waits until the list is cut to size. */
export interface Candidate {
  record: SearchRecord;
  text: RecordText;
  tier: 0 | 1 | 2;
  score: number;
  matches?: FuseResult<SearchRecord>['matches'];
}

const kindRank = (kind: SearchKind) => searchKinds.indexOf(kind);

/**
 * Tier first (exact names, then names, then the rest), then titles that start with the query,
 * then the score within the tier, the kind, and the title in alphabetical order.
 */
export function compareHits(query: string): (a: Candidate, b: Candidate) => number {
  const q = query.toLowerCase();
  const prefix = (hit: Candidate) => (hit.text.title.startsWith(q) ? 0 : 1);
  return (a, b) =>
    a.tier - b.tier ||
    prefix(a) - prefix(b) ||
    a.score - b.score ||
    kindRank(a.record.kind) - kindRank(b.record.kind) ||
    a.record.title.localeCompare(b.record.title);
}

/**
 * The first `limit` items of `items` in the order of a stable sort by `compare`, found by
 * keeping a sorted list of the best so far: each item costs one comparison with the worst of
 * them unless it belongs among them.
 */
export function topItems<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit <= 0) return [];
  if (items.length <= limit * 4) return [...items].sort(compare).slice(0, limit);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === limit && compare(item, best[limit - 1]!) >= 0) continue;
    // After every item that is not worse, so that equal items keep their order.
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}
