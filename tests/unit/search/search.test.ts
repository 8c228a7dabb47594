import { describe, expect, it } from 'vitest';
import {
  createSearch,
  groupHits,
  isCjkQuery,
  isSearchable,
  markSegments,
  maxQueryLength,
  minFuzzyLength,
  normalizeQuery,
  type SearchRecord,
} from '../../../src/lib/search/engine';
import { buildSearchIndexFile, buildSearchRecords, componentSectionDocuments, type DocumentSource } from '../../../src/lib/search/records';
import { categories, components, guides, matrices, realIndex, releases, render } from './search-fixture';

const search = createSearch(realIndex);
const top = (query: string) => search(query)[0];
const titles = (query: string) => search(query).map((h) => h.record.title);

describe('normalizeQuery', () => {
  it('trims, collapses spaces and drops control characters', () => {
    expect(normalizeQuery('  kube \t\n proxy\u0000 ')).toBe('kube proxy');
  });
  it('ignores anything that is not text', () => {
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(['calico'])).toBe('');
    expect(normalizeQuery(42)).toBe('');
  });
  it('cuts overlong input', () => {
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(maxQueryLength);
  });
  it('folds full-width letters so they match', () => {
    expect(normalizeQuery('ｋ８ｓ')).toBe('k8s');
  });
});

describe('markSegments', () => {
  it('marks every occurrence of each word, case-insensitively, and keeps all the text', () => {
    const segments = markSegments('Calico and calicoctl', 'CALICO');
    expect(segments).toEqual([
      { text: 'Calico', mark: true },
      { text: ' and ', mark: false },
      { text: 'calico', mark: true },
      { text: 'ctl', mark: false },
    ]);
  });
  it('marks Chinese words', () => {
    expect(markSegments('Prometheus 监控', '监控')).toEqual([
      { text: 'Prometheus ', mark: false },
      { text: '监控', mark: true },
    ]);
  });
  it("falls back to Fuse's ranges for a typo, ignoring single letters", () => {
    expect(markSegments('abcdef', 'abxdef', [[0, 1], [3, 3], [4, 5]])).toEqual([
      { text: 'ab', mark: true },
      { text: 'cd', mark: false },
      { text: 'ef', mark: true },
    ]);
  });
  it('treats markup in a query as plain letters', () => {
    const text = 'a <b>tag</b>';
    expect(markSegments(text, '<b>').map((s) => s.text).join('')).toBe(text);
  });
});

describe('ranking on a small made-up corpus', () => {
  const record = (kind: SearchRecord['kind'], title: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({
    kind,
    title,
    url: `/${title}/`,
    names: [],
    keywords: [],
    context: [],
    summary: '',
    ...extra,
  });
  const corpus = createSearch(
    buildSearchIndexFile([
      record('component', 'Zeta Mesh', { summary: 'Runs next to ipvs tables.' }),
      record('component', 'Alpha Proxy', { names: ['ipvs'] }),
      record('component', 'ipvs-exporter'),
      record('section', 'About ipvs'),
      record('category', 'Mesh things', { names: ['服务网格'], summary: 'Everything mesh.' }),
      record('component', 'Linkage', { context: ['Mesh things', '服务网格'] }),
    ]),
  );
  it('puts an exact alias first, then names that contain the word, then the rest', () => {
    const hits = corpus('ipvs');
    expect(hits.map((h) => [h.record.title, h.tier])).toEqual([
      ['Alpha Proxy', 0],
      ['ipvs-exporter', 1],
      ['About ipvs', 1],
      ['Zeta Mesh', 2],
    ]);
  });
  it('finds a Chinese name exactly, and members through their category', () => {
    expect(corpus('服务网格').map((h) => [h.record.title, h.tier])).toEqual([
      ['Mesh things', 0],
      ['Linkage', 2],
    ]);
  });
  it('does not match Chinese that differs by one character', () => {
    expect(corpus('服务网关')).toEqual([]);
  });
  it('groups hits by kind, in the order of each kind’s best hit', () => {
    expect(groupHits(corpus('ipvs')).map((g) => [g.kind, g.hits.length])).toEqual([
      ['component', 3],
      ['section', 1],
    ]);
  });
});

describe('ranking on the real catalog', () => {
  const byLength = components.filter((c) => c.data.name.length >= minFuzzyLength + 1);

  it('has names long enough to test typos on', () => {
    expect(byLength.length).toBeGreaterThanOrEqual(5);
  });

  for (const { data } of byLength) {
    const name = data.name.toLowerCase();
    const dropped = name.slice(0, 4) + name.slice(5);
    const swapped = name.slice(0, 3) + name[4] + name[3] + name.slice(5);
    it(`forgives a dropped letter (${dropped}) and a swap (${swapped}) in ${data.name}`, () => {
      expect(top(dropped)?.record.title).toBe(data.name);
      expect(top(swapped)?.record.title).toBe(data.name);
    });
  }

  it('ranks every exact name and alias first, whatever its case', () => {
    for (const { data } of components) {
      for (const name of [data.name, ...data.aliases]) {
        const hit = top(name.toUpperCase());
        expect(hit?.record.title, name).toBe(data.name);
        expect(hit?.tier, name).toBe(0);
      }
    }
  });

  it('finds each category by its Chinese name, first, followed by its members', () => {
    for (const { id, data } of categories) {
      expect(isCjkQuery(data.nameZh)).toBe(true);
      const hits = search(data.nameZh);
      expect(hits[0]?.record.kind, data.nameZh).toBe('category');
      expect(hits[0]?.record.title, data.nameZh).toBe(data.name);
      const members = components.filter((c) => c.data.category === id).map((c) => c.data.name);
      expect(hits.map((h) => h.record.title)).toEqual(expect.arrayContaining(members));
    }
  });

  it('finds an abbreviation inside a longer alias', () => {
    const withK8s = components.filter((c) => c.data.aliases.some((a) => a.includes('k8s'))).map((c) => c.data.name);
    expect(withK8s.length).toBeGreaterThan(0);
    expect(titles('k8s')).toEqual(expect.arrayContaining(withK8s));
  });

  it('does not guess at short queries that appear nowhere', () => {
    expect(search('qzx')).toEqual([]);
    expect(search('zzzz')).toEqual([]);
  });

  it('finds a component by a tag', () => {
    const { data } = components.find((c) => c.data.tags.length > 0)!;
    expect(titles(data.tags[0]!)).toContain(data.name);
  });

  it('returns nothing for an empty or blank query and survives markup', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(() => search('<img src=x onerror=alert(1)>')).not.toThrow();
  });
});

describe('document sources', () => {
  const records = realIndex.records;
  it('index every component and category once, linked to its page', () => {
    for (const c of components) {
      expect(records.filter((r) => r.kind === 'component' && r.url === `/components/${c.id}/`)).toHaveLength(1);
    }
    for (const c of categories) {
      expect(records.filter((r) => r.kind === 'category' && r.url === `/categories/${c.id}/`)).toHaveLength(1);
    }
  });
  it('index guide headings with their anchors and the guide they sit on', () => {
    const sections = records.filter((r) => r.kind === 'section');
    expect(sections.length).toBeGreaterThan(guides.length);
    for (const s of sections) {
      expect(s.url).toMatch(/^\/guides\/[a-z0-9-]+\/#[^#\s]+$/);
      expect(guides.map((g) => g.data.title)).toContain(s.meta);
    }
  });
  it('can still index the headings of component pages when asked', () => {
    const built = buildSearchRecords(
      { categories, components, render, componentHeadings: { [components[0]!.id]: [{ depth: 2, slug: 'status-today', text: 'Status today' }] } },
      [componentSectionDocuments],
    );
    expect(built).toEqual([expect.objectContaining({ kind: 'section', url: expect.stringMatching(/#status-today$/), meta: components[0]!.data.name })]);
  });
  it('take new sources as plain functions', () => {
    const extra: DocumentSource = () => [
      { kind: 'section', title: 'Extra', url: '/x/', names: [], keywords: [], context: [], summary: '' },
    ];
    const built = buildSearchRecords({ categories, components, render, componentHeadings: {} }, [extra]);
    expect(built.map((r) => r.title)).toEqual(['Extra']);
  });
  it('store a Fuse index the browser can load without rebuilding', () => {
    const json = JSON.parse(JSON.stringify(realIndex));
    expect(json.index.records).toHaveLength(records.length);
    expect(createSearch(json)(components[0]!.data.name)[0]?.record.title).toBe(components[0]!.data.name);
  });
});

describe('isSearchable', () => {
  it('waits for a second Latin letter but takes one Chinese character', () => {
    expect(isSearchable('c')).toBe(false);
    expect(isSearchable('ca')).toBe(true);
    expect(isSearchable('网')).toBe(true);
  });
});

describe('guides, matrix rows and releases in the index', () => {
  it('finds a guide by its English and its Chinese title', () => {
    const guide = guides[0]!;
    expect(top(guide.data.title)?.record.url).toMatch(new RegExp(`/guides/${guide.id}/$`));
    expect(search(guide.data.titleZh).some((h) => h.record.kind === 'guide' && h.record.title === guide.data.title)).toBe(true);
  });

  it('finds every matrix row by its feature name, linked to the row', () => {
    for (const matrix of matrices) {
      for (const row of matrix.data.rows) {
        const hit = search(row.label).find((h) => h.record.kind === 'feature' && h.record.title === row.label);
        expect(hit?.record.url, row.label).toMatch(new RegExp(`/compare/${matrix.id}/#feature-${row.id}$`));
      }
    }
  });

  it('finds a release line by its number and by a patch version', () => {
    const newest = [...releases].sort((a, b) => Number(b.line.split('.')[1]) - Number(a.line.split('.')[1]))[0]!;
    expect(top(newest.line)?.record.kind).toBe('release');
    expect(top(`v${newest.line}`)?.record.url).toMatch(new RegExp(`/versions/#line-${newest.line.replace('.', '-')}$`));
    const patch = newest.patches.find((p) => p.patch > 0);
    if (patch) expect(search(`v${newest.line}.${patch.patch}`)[0]?.record.kind).toBe('release');
  });

  it('finds the release that fixed a CVE by its id', () => {
    const fixed = releases.flatMap((r) => r.patches.flatMap((p) => (p.fixes ?? []).map((f) => ({ line: r.line, cve: f.cve }))))[0]!;
    expect(search(fixed.cve).some((h) => h.record.kind === 'release' && h.record.meta === fixed.line)).toBe(true);
  });
});
