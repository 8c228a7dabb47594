import { describe, expect, it } from 'vitest';
import { MAX_COMPARED, parseIds, serializeIds } from '../../../src/lib/compare/ids';
import { canonicalPair, canonicalSlug, categoryPairs, pairsOf, parsePairSlug } from '../../../src/lib/compare/pairs';
import { buildCompareData, mergeCompareData, splitCompareData, textKey, versionRange, type CompareData, type CompareComponent } from '../../../src/lib/compare/data';
import { compareView, rowState } from '../../../src/lib/compare/view';
import { h, toHtml } from '../../../src/lib/compare/tree';
import { redirectHtml } from '../../../src/lib/compare/redirect';
import type { ComponentData } from '../../../src/schemas/component';

const known = new Set(['calico', 'cilium', 'flannel', 'traefik', 'contour']);

describe('ids in the URL', () => {
  it('keeps known ids in order, once each, at most four', () => {
    expect(parseIds('?ids=cilium,calico', known)).toEqual({ ids: ['cilium', 'calico'], ignored: [] });
    expect(parseIds('?ids=calico&ids=cilium', known).ids).toEqual(['calico', 'cilium']);
    const many = parseIds('?ids=calico,cilium,flannel,traefik,contour', known);
    expect(many.ids).toHaveLength(MAX_COMPARED);
    expect(many.ignored).toEqual([{ value: 'contour', reason: 'extra' }]);
  });

  it('reports unknown, repeated and hostile values once each, as given, without keeping them', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const parsed = parseIds(`?ids=${encodeURIComponent(hostile)},nginx,nginx,calico,calico,,cilium`, known);
    expect(parsed.ids).toEqual(['calico', 'cilium']);
    expect(parsed.ignored).toEqual([
      { value: hostile, reason: 'unknown' },
      { value: 'nginx', reason: 'unknown' },
      { value: 'calico', reason: 'repeated' },
    ]);
    // A long value is cut before it is quoted back.
    const long = parseIds(`?ids=${'x'.repeat(500)}`, known).ignored[0]!.value;
    expect([...long]).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
    // Nothing from the query is an id unless it is known: not even a prototype key.
    expect(parseIds('?ids=__proto__,constructor,toString', known).ids).toEqual([]);
  });

  it('writes ?ids=a,b with readable commas, and nothing for no ids', () => {
    expect(serializeIds(['calico', 'cilium'])).toBe('?ids=calico,cilium');
    expect(serializeIds(['calico'], { diff: '1' })).toBe('?ids=calico&diff=1');
    expect(serializeIds([])).toBe('');
    expect(parseIds(serializeIds(['flannel', 'calico']), known).ids).toEqual(['flannel', 'calico']);
  });
});

describe('pair pages', () => {
  it('have one canonical order, alphabetical by id, and read back', () => {
    expect(canonicalPair('cilium', 'calico')).toEqual({ a: 'calico', b: 'cilium' });
    expect(canonicalSlug('cilium', 'calico')).toBe('calico-vs-cilium');
    expect(parsePairSlug('calico-vs-cilium')).toEqual({ first: 'calico', second: 'cilium' });
    expect(parsePairSlug('ingress')).toBeUndefined();
    expect(parsePairSlug('a-vs-a')).toBeUndefined();
    expect(parsePairSlug('a-vs-b-vs-c')).toBeUndefined();
  });

  it('pair every two components of a category, and none across categories', () => {
    const pairs = categoryPairs([
      { id: 'flannel', category: 'networking' },
      { id: 'calico', category: 'networking' },
      { id: 'cilium', category: 'networking' },
      { id: 'traefik', category: 'ingress' },
      { id: 'contour', category: 'ingress' },
      { id: 'alone', category: 'tuning' },
    ]);
    expect(pairs.map((p) => canonicalSlug(p.a, p.b))).toEqual(['calico-vs-cilium', 'calico-vs-flannel', 'cilium-vs-flannel', 'contour-vs-traefik']);
    expect(pairsOf('cilium', pairs).map((p) => p.other)).toEqual(['calico', 'flannel']);
  });

  it('stop at categories too large to pair, which grow with the square of their size', () => {
    const big = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, category: 'big' }));
    expect(categoryPairs(big, 5)).toHaveLength(10);
    expect(categoryPairs(big, 4)).toEqual([]);
  });
});

const component = (id: string, over: Partial<CompareComponent> = {}): CompareComponent => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  category: 'networking',
  href: `/components/${id}/`,
  summary: `${id} summary`,
  status: { state: 'active', note: 'Active.' },
  successors: [],
  license: 'Apache-2.0',
  maintainer: 'Someone',
  cncf: 'graduated',
  reviewed: { day: '2026-11-25', text: '2026-11-25' },
  sources: [{ text: 'Docs', href: `https://example.org/${id}` }],
  traits: {},
  ...over,
});

const fixture: CompareData = {
  lang: 'en',
  categories: [
    { id: 'networking', name: 'Network plugins', href: '/categories/networking/', traits: [{ key: 'encryption', label: 'Encryption' }, { key: 'routing', label: 'Routing' }] },
    { id: 'ingress', name: 'Ingress controllers', href: '/categories/ingress/', traits: [] },
  ],
  components: [
    component('calico', { traits: { encryption: { value: 'WireGuard', key: 'wireguard' }, routing: { value: ['BGP'], key: 'bgp' } } }),
    component('cilium', { cncf: 'graduated', license: 'apache-2.0 ', traits: { encryption: { value: ['WireGuard', 'IPsec'], key: 'ipsec | wireguard' }, routing: { value: 'BGP', key: 'bgp' } } }),
    component('flannel', { cncf: 'none', traits: { encryption: { value: false, key: 'no' }, routing: { variants: [{ name: 'VXLAN', value: 'overlay' }], key: 'vxlan=overlay' } } }),
    component('traefik', { category: 'ingress', license: 'MIT', cncf: 'none' }),
    component('contour', { category: 'ingress', cncf: 'incubating' }),
  ],
  matrices: [
    {
      id: 'ingress',
      title: 'Ingress matrix',
      href: '/compare/ingress/',
      columns: ['traefik', 'contour', 'cilium'],
      rows: [
        {
          id: 'protocols',
          label: 'Protocols',
          cells: {
            traefik: { support: 'yes', values: ['http', 'tcp'], key: 'http tcp', href: '/compare/ingress/#feature-protocols--traefik' },
            contour: { support: 'yes', values: ['tcp', 'http'], key: 'http tcp', href: '/compare/ingress/#feature-protocols--contour' },
            cilium: { support: 'partial', values: ['http'], key: 'http', href: '/compare/ingress/#feature-protocols--cilium' },
          },
        },
      ],
    },
  ],
};

const rowOf = (view: ReturnType<typeof compareView>, id: string) => view.sections.flatMap((s) => s.rows).find((r) => r.id === id)!;

describe('the comparison view', () => {
  it('marks a row as differing only when two or more values are there and disagree', () => {
    expect(rowState([{ key: 'a' }, { key: 'b' }])).toBe('differs');
    expect(rowState([{ key: 'a' }, { key: 'a' }, null])).toBe('same');
    expect(rowState([{ key: 'a' }, null, null])).toBe('single');
    expect(rowState([null, null])).toBe('single');
  });

  it('compares facts, the category traits and matrix rows, with differences from the keys', () => {
    const view = compareView(fixture, ['calico', 'cilium']);
    expect(view.columns.map((c) => c.id)).toEqual(['calico', 'cilium']);
    expect(view.sections.map((s) => s.id)).toEqual(['overview', 'traits-networking']);
    // Case and spacing make no difference to a licence; a trait list and a text do.
    expect(rowOf(view, 'license').state).toBe('same');
    expect(rowOf(view, 'cncf').state).toBe('same');
    expect(rowOf(view, 'networking-encryption').state).toBe('differs');
    expect(rowOf(view, 'networking-routing').state).toBe('same');
    // Summaries and sources describe; they are never marked.
    expect(rowOf(view, 'summary').state).toBe('info');
    expect(rowOf(view, 'sources').state).toBe('info');
    expect(view.differing).toBe(1);
  });

  it('shows a matrix only when two or more of the components are its columns, in the order asked', () => {
    const pair = compareView(fixture, ['contour', 'traefik']);
    expect(pair.sections.map((s) => s.id)).toEqual(['overview', 'matrix-ingress']);
    // The same values in another order are the same.
    expect(rowOf(pair, 'ingress-protocols').state).toBe('same');
    expect(rowOf(pair, 'ingress-protocols').cells.map((c) => c?.kind)).toEqual(['matrix', 'matrix']);
    const mixed = compareView(fixture, ['traefik', 'calico', 'cilium', 'flannel']);
    expect(mixed.columns.map((c) => c.id)).toEqual(['traefik', 'calico', 'cilium', 'flannel']);
    expect(mixed.sections.map((s) => s.id)).toEqual(['overview', 'traits-networking', 'matrix-ingress']);
    // Components a row does not apply to have no cell and are left out of the comparison.
    const protocols = rowOf(mixed, 'ingress-protocols');
    expect(protocols.cells.map((c) => c === null)).toEqual([false, true, false, true]);
    expect(protocols.state).toBe('differs');
    const encryption = rowOf(mixed, 'networking-encryption');
    expect(encryption.cells[0]).toBeNull();
    expect(encryption.cells[3]).toMatchObject({ kind: 'trait', value: false });
    expect(rowOf(mixed, 'networking-routing').cells[3]).toMatchObject({ kind: 'variants' });
    expect(rowOf(mixed, 'category').state).toBe('differs');
    expect(compareView(fixture, ['traefik', 'calico']).sections.map((s) => s.id)).toEqual(['overview', 'traits-networking']);
  });

  it('shows Kubernetes versions where a project lists them, and compares only those that are recorded', () => {
    expect(versionRange(['1.31', '1.32', '1.33'])).toBe('1.31–1.33');
    expect(versionRange(['1.31'])).toBe('1.31');
    expect(versionRange(['1.29', '1.31'])).toBe('1.29, 1.31');
    expect(compareView(fixture, ['calico', 'cilium']).sections[0]!.rows.some((r) => r.id === 'kubernetes')).toBe(false);
    const k8s = (release: string, key: string) => ({ release, range: 'x', orLater: false, key, source: { text: 's', href: 'https://example.org/' }, checked: { day: '2026-12-01', text: '2026-12-01' } });
    const withVersions: CompareData = {
      ...fixture,
      components: fixture.components.map((c) => (c.id === 'traefik' ? { ...c, kubernetes: k8s('v3', '1.33 1.34') } : c.id === 'contour' ? { ...c, kubernetes: k8s('v1', '1.32 1.33 1.34') } : c)),
    };
    expect(rowOf(compareView(withVersions, ['traefik', 'contour']), 'kubernetes').state).toBe('differs');
    const one = rowOf(compareView(withVersions, ['traefik', 'calico']), 'kubernetes');
    expect(one.cells.map((c) => c?.kind)).toEqual(['kubernetes', 'unrecorded']);
    expect(one.state).toBe('single');
  });

  it('gives the same view from the chosen components’ own data files as from the whole', () => {
    const parts = new Map(splitCompareData(fixture).map((p) => [p.component.id, p]));
    // Calico is in no matrix: its file carries none.
    expect(parts.get('calico')!.matrices).toEqual([]);
    expect(Object.keys(parts.get('traefik')!.matrices[0]!.rows[0]!.cells)).toEqual(['traefik']);
    for (const ids of [['traefik', 'cilium', 'calico'], ['contour', 'traefik'], ['flannel', 'calico']]) {
      expect(compareView(mergeCompareData(ids.map((id) => parts.get(id)!)), ids)).toEqual(compareView(fixture, ids));
    }
  });

  it('builds its data with keys from the English facts, so both languages mark the same rows', () => {
    const english = { variants: [], traits: { encryption: 'WireGuard' } } as unknown as ComponentData;
    const shown = { ...english, name: 'Calico', category: 'networking', summary: 'zh', license: 'Apache-2.0', maintainer: 'Tigera', cncf: 'none', reviewed: '2026-11-25', sources: [], status: { state: 'active', note: '中文', successors: [{ id: 'cilium' }] }, traits: { encryption: '中文的 WireGuard' } } as unknown as ComponentData;
    const data = buildCompareData({
      lang: 'zh-CN',
      categories: [{ id: 'networking', data: { id: 'networking', name: '网络插件', nameZh: '网络插件', summary: '', order: 1, comparison: [{ key: 'encryption', label: '加密' }] }, i18n: { lang: 'zh-CN' } }],
      components: [{ id: 'calico', data: shown, english: { data: english }, i18n: { lang: 'zh-CN' } }],
      matrices: [],
      href: { component: (id) => `/zh-cn/components/${id}/`, category: (id) => `/zh-cn/categories/${id}/`, matrix: (id) => `/zh-cn/compare/${id}/`, matrixCell: () => '' },
      date: (day) => `${day}!`,
    });
    expect(data.components[0]!.traits.encryption).toEqual({ value: '中文的 WireGuard', key: textKey('WireGuard') });
    expect(data.components[0]!.reviewed).toEqual({ day: '2026-11-25', text: '2026-11-25!' });
    expect(data.components[0]!.successors).toEqual([{ text: 'cilium', href: '/zh-cn/components/cilium/' }]);
    expect(data.components[0]!.lang).toBeUndefined();
  });
});

describe('the layout tree', () => {
  it('escapes every text and attribute, and refuses handlers and odd names', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(toHtml(h('p', { title: `"${hostile}"` }, hostile))).toBe('<p title="&quot;&lt;img src=x onerror=alert(1)&gt;&quot;">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(() => toHtml(h('p', { onclick: 'x' }))).toThrow(/attribute/);
    expect(() => toHtml(h('img src=x', {}))).toThrow(/tag/);
    expect(toHtml(h('td', { 'data-x': true, hidden: false }, null, ['a', false, h('br')]))).toBe('<td data-x>a<br></td>');
  });

  it('writes the redirect page of the other order with a refresh, a canonical link and a visible link', () => {
    const html = redirectHtml({ lang: 'en', title: 'Calico vs Cilium · K8s Atlas', to: '/compare/calico-vs-cilium/', absolute: 'https://k8s-atlas.example/compare/calico-vs-cilium/', body: 'This comparison lives at one address:', csp: "default-src 'self'" });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/compare/calico-vs-cilium/">');
    expect(html).toContain('<link rel="canonical" href="https://k8s-atlas.example/compare/calico-vs-cilium/">');
    expect(html).toContain('<a href="/compare/calico-vs-cilium/">https://k8s-atlas.example/compare/calico-vs-cilium/</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});

describe('pair pages among the other pages', () => {
  it('are previewed as comparisons and offer the components’ data, while matrix pages keep theirs', async () => {
    const { pageKind } = await import('../../../src/lib/og/page-kind');
    const { pageAlternates } = await import('../../../src/lib/api/links');
    expect(pageKind('compare/')).toBe('og.kind.compare');
    expect(pageKind('compare/calico-vs-cilium/')).toBe('og.kind.compare');
    expect(pageKind('compare/ingress/')).toBe('og.kind.matrix');
    expect(pageAlternates('compare/calico-vs-cilium/')).toEqual({ json: 'api/v1/components.json', feed: 'all' });
    expect(pageAlternates('compare/')).toEqual({ json: 'api/v1/components.json', feed: 'all' });
    expect(pageAlternates('compare/ingress/')).toEqual({ json: 'api/v1/matrices/ingress.json', feed: 'matrices/ingress' });
  });
});
