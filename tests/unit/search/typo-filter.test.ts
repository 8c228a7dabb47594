import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { fuseOptions, type SearchRecord } from '../../../src/lib/search/engine';
import { foldFields, foldForFuse, maxErrors, occursWithin, patternChunks, preparePattern, typoCandidates } from '../../../src/lib/search/typo-filter';
import { realIndex } from './search-fixture';

/** Sellers' dynamic programme, cell by cell: the smallest edit distance of `pattern` to any part of `text`. */
function bestDistance(pattern: string, text: string): number {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = previous[pattern.length]!;
  for (const letter of text) {
    const current = [0];
    for (let i = 1; i <= pattern.length; i += 1) {
      current[i] = Math.min(previous[i]! + 1, current[i - 1]! + 1, previous[i - 1]! + (pattern[i - 1] === letter ? 0 : 1));
    }
    previous = current;
    best = Math.min(best, previous[pattern.length]!);
  }
  return best;
}

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

describe('occursWithin', () => {
  it('agrees with the plain dynamic programme on random strings of few letters, up to 32 long', () => {
    const random = seeded(7);
    const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 3000; round += 1) {
      const alphabet = round % 3 === 0 ? 'ab' : round % 3 === 1 ? 'abcde' : 'ab监控日志';
      const pattern = pick(alphabet, 1 + Math.floor(random() * 32));
      const text = pick(alphabet, Math.floor(random() * 40));
      const k = Math.floor(random() * 6);
      expect(occursWithin(preparePattern(pattern, k), text), `${pattern} in ${text} within ${k}`).toBe(bestDistance(pattern, text) <= k);
    }
  });
  it('finds a typo inside a longer name and rejects a different word', () => {
    expect(occursWithin(preparePattern('promtheus', 3), 'kube-prometheus-stack')).toBe(true);
    expect(occursWithin(preparePattern('calcio', 2), 'project calico')).toBe(true);
    expect(occursWithin(preparePattern('calcio', 1), 'project calico')).toBe(false);
    expect(occursWithin(preparePattern('zzzzz', 1), 'flannel')).toBe(false);
  });
  it('refuses patterns Fuse would split', () => {
    expect(() => preparePattern('x'.repeat(33), 2)).toThrow(RangeError);
  });
});

describe('maxErrors and patternChunks follow Fuse', () => {
  it('allows as many edits as errors ÷ length stays within the threshold', () => {
    expect([2, 3, 5, 6, 9, 12, 32].map((n) => maxErrors(n, 0.34))).toEqual([0, 1, 1, 2, 3, 4, 10]);
  });
  it('cuts long patterns into 32-letter chunks, the last one ending with the pattern', () => {
    const pattern = Array.from({ length: 70 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    expect(patternChunks(pattern)).toEqual([pattern.slice(0, 32), pattern.slice(32, 64), pattern.slice(38)]);
    expect(patternChunks('calico')).toEqual(['calico']);
  });
  it('folds case, accents and the letters Unicode does not decompose', () => {
    expect(foldForFuse('Ærø Łódź Straße Kubernetes')).toBe('ærø lodz strasse kubernetes'.replace('ø', 'o'));
  });
});

describe('typoCandidates', () => {
  const records = realIndex.records;
  const names = foldFields(records, (r: SearchRecord) => [r.title, ...r.names]);
  const fuse = new Fuse(records, fuseOptions, Fuse.parseIndex<SearchRecord>(realIndex.index));
  const typos = ['promtheus', 'calcio', 'fluentd bit', 'aletrmanager', 'kubbernetes', 'trafeik', 'apahce apisix ingress controller', 'ngnix', 'etdc'];

  it('keeps every record Fuse matches on a name, so Fuse over the rest finds the same', () => {
    for (const query of typos) {
      const expression = { $or: [{ title: query }, { names: query }] as Record<string, string>[] };
      const matched = fuse.search(expression).map((r) => r.refIndex).sort((a, b) => a - b);
      const kept = new Set(typoCandidates(names, query, fuseOptions.threshold!));
      for (const index of matched) expect(kept.has(index), `${query} → ${records[index]!.title}`).toBe(true);
    }
  });
  it('leaves out most records', () => {
    const kept = typos.map((query) => typoCandidates(names, query, fuseOptions.threshold!).length);
    expect(kept.reduce((a, b) => a + b, 0)).toBeLessThan((records.length * typos.length) / 10);
  });
});
