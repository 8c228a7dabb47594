import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../src/lib/search/engine';
import { topItems } from '../../../src/lib/search/rank';
import { realIndex } from './search-fixture';

describe('topItems', () => {
  const byValue = (a: { v: number }, b: { v: number }) => a.v - b.v;
  it('gives the first items of a stable sort, ties in their first order', () => {
    let state = 3;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round += 1) {
      const items = Array.from({ length: Math.floor(random() * 120) }, (_, i) => ({ v: Math.floor(random() * 10), i }));
      const limit = Math.floor(random() * 12);
      expect(topItems(items, limit, byValue)).toEqual([...items].sort(byValue).slice(0, limit));
    }
  });
  it('returns nothing for a limit of zero and never changes its input', () => {
    const items = [{ v: 2 }, { v: 1 }];
    expect(topItems(items, 0, byValue)).toEqual([]);
    topItems(items, 1, byValue);
    expect(items).toEqual([{ v: 2 }, { v: 1 }]);
  });
});

describe('the engine while a reader types', () => {
  it('answers each prefix as a fresh engine would, though it narrows from the one before', () => {
    const typing = createSearch(realIndex);
    for (const word of ['ingress controller', 'prometheus', 'cert-manager', 'calcio', 'k8s dashboard']) {
      for (let end = 1; end <= word.length; end += 1) {
        const query = word.slice(0, end);
        expect(typing(query, 8), query).toEqual(createSearch(realIndex)(query, 8));
      }
    }
  });
});
