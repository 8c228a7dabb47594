/** Grouping results by kind, for the header's list and the search page. Imports no fuse.js, so the page's own script can use it. */
import type { SearchKind, SearchRecord } from './index-format';

/** Hits in groups of one kind each; groups come in the order of their best hit. */
export function groupHits<H extends { record: Pick<SearchRecord, 'kind'> }>(hits: readonly H[]): { kind: SearchKind; hits: H[] }[] {
  const groups = new Map<SearchKind, H[]>();
  for (const hit of hits) {
    const group = groups.get(hit.record.kind);
    if (group) group.push(hit);
    else groups.set(hit.record.kind, [hit]);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}
