import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { changeEvents, eventsOf, feedNames, historyPoints, type EventInput } from '../../../src/lib/feeds/events';
import { entryId, FEED_LIMIT, renderFeed, type FeedSpec } from '../../../src/lib/feeds/render';
import { translator } from '../../../src/i18n';
import type { ComponentData } from '../../../src/schemas/component';
import type { Matrix } from '../../../src/schemas/matrix';
import type { ReleaseLine } from '../../../src/schemas/release';

const dates = { url: 'https://kubernetes.io/releases/', title: 'Releases' };
const release = (line: string, patches: [number, string, string[]?][], eol: string, extra = {}): ReleaseLine => ({
  line,
  endOfLife: { date: eol, source: 'dates' },
  patchesComplete: true,
  sources: { dates },
  patches: patches.map(([patch, date, cves]) => ({ patch, date, source: 'dates', ...(cves ? { fixes: cves.map((cve) => ({ cve, source: 'dates' })) } : {}) })),
  checked: '2026-11-25',
  ...extra,
});
const component = (name: string, status: ComponentData['status']) => ({ name, status }) as ComponentData;
const matrix = {
  id: 'ingress',
  title: 'Ingress compared',
  columns: ['traefik', 'contour'],
  rows: [
    { id: 'tls', label: 'TLS', cells: { traefik: { support: 'yes', checked: '2026-11-20' }, contour: { support: 'yes', checked: '2026-11-21' } } },
    { id: 'waf', label: 'WAF', cells: { traefik: { support: 'plugin', checked: '2026-11-20', history: [{ support: 'no', until: '2025-03-01' }] }, contour: { support: 'no', checked: '2026-11-21' } } },
  ],
} as unknown as Matrix;

const input: EventInput = {
  asOf: '2026-11-25',
  releases: [
    release('1.33', [[0, '2025-04-23'], [1, '2025-05-15', ['CVE-2025-0426']]], '2026-06-28', { endOfMaintenance: { date: '2026-04-28', source: 'dates' } }),
    release('1.35', [[0, '2025-12-17'], [9, '2026-12-09']], '2027-02-28'),
  ],
  components: [
    { id: 'ingress-nginx', data: component('Ingress NGINX', { state: 'end-of-life', note: 'Retired.', since: '2026-03-24', successors: [] }) },
    { id: 'traefik', data: component('Traefik', { state: 'active', note: 'Maintained.', successors: [] }) },
    { id: 'contour', data: component('Contour', { state: 'active', note: 'Maintained.', successors: [] }) },
  ],
  matrices: [matrix],
};

describe('changeEvents', () => {
  const events = changeEvents(input);
  const keys = events.map((e) => e.key);

  test('releases: a new line, each patch, end of maintenance and end of life, only when past', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'kubernetes/1.33/released',
        'kubernetes/v1.33.1',
        'kubernetes/1.33/end-of-maintenance',
        'kubernetes/1.33/end-of-life',
        'kubernetes/1.35/released',
      ]),
    );
    // A patch dated after the data's newest day and an end of life still to come are not news yet.
    expect(keys).not.toContain('kubernetes/v1.35.9');
    expect(keys).not.toContain('kubernetes/1.35/end-of-life');
    expect(events.find((e) => e.key === 'kubernetes/v1.33.1')?.summary).toEqual({ key: 'feed.release.patch.fixes', params: { version: 'v1.33.1', line: '1.33', cves: ['CVE-2025-0426'] } });
  });

  test('component status changes come from status.since', () => {
    const status = events.filter((e) => e.kind === 'component-status');
    expect(status.map((e) => [e.key, e.date, e.feeds])).toEqual([['components/ingress-nginx/status/end-of-life/2026-03-24', '2026-03-24', ['components/ingress-nginx']]]);
    expect(status[0]?.detail).toBe('Retired.');
  });

  test('matrix cells: one entry per component and day checked, and one per component and day of change', () => {
    const checked = events.filter((e) => e.kind === 'matrix-checked');
    expect(checked.map((e) => e.key).sort()).toEqual(['matrices/ingress/contour/checked/2026-11-21', 'matrices/ingress/traefik/checked/2026-11-20']);
    expect(checked.find((e) => e.key.includes('traefik'))?.summary.params).toMatchObject({ count: 2, features: ['TLS', 'WAF'] });
    expect(events.find((e) => e.kind === 'matrix-history')).toMatchObject({ key: 'matrices/ingress/traefik/changed/2025-03-01', feeds: ['matrices/ingress', 'components/traefik'], page: 'compare/ingress/#feature-waf--traefik' });
    expect(events.find((e) => e.kind === 'matrix-history')?.summary.params).toMatchObject({ count: 1, features: ['WAF'] });
  });

  test('newest first, each key once, and the same order every time', () => {
    const daysDesc = [...events].map((e) => e.date);
    expect(daysDesc).toEqual([...daysDesc].sort().reverse());
    expect(new Set(keys).size).toBe(keys.length);
    expect(changeEvents(input).map((e) => e.key)).toEqual(keys);
  });

  test('feeds: site-wide, releases, each matrix and each component', () => {
    expect(feedNames(input)).toEqual(['all', 'releases', 'matrices/ingress', 'components/contour', 'components/ingress-nginx', 'components/traefik']);
    expect(eventsOf('releases', events).every((e) => e.kind.startsWith('release-'))).toBe(true);
    expect(eventsOf('components/traefik', events).map((e) => e.kind).sort()).toEqual(['matrix-checked', 'matrix-history']);
    expect(eventsOf('all', events)).toHaveLength(events.length);
  });

  test('a matrix change names the cells that changed, for pages that list them', () => {
    expect(events.find((e) => e.kind === 'matrix-history')?.cells).toEqual([{ row: 'waf', column: 'traefik' }]);
    expect(events.find((e) => e.kind === 'matrix-checked')?.cells).toBeUndefined();
  });

  test('a history entry is dated by the day its value stopped holding, which is the day of the change', () => {
    expect(historyPoints([{ support: 'no', since: '2024-01-01', until: '2025-03-01' }])).toEqual([{ date: '2025-03-01', support: 'no' }]);
  });

  test('history points read any dated entry and skip the rest', () => {
    expect(historyPoints([{ support: 'no', since: '2020-01-01' }, { note: 'undated' }, 'junk'])).toEqual([{ date: '2020-01-01', support: 'no' }]);
    expect(historyPoints(undefined)).toEqual([]);
  });
});

describe('renderFeed', () => {
  const t = translator('en');
  const spec = (events = changeEvents(input)): FeedSpec => ({
    name: 'all', locale: 'en', lang: 'en', title: 'All changes', description: 'Changes', homePage: 'https://atlas.example/',
    atomUrl: 'https://atlas.example/feeds/all.atom', jsonUrl: 'https://atlas.example/feeds/all.json', author: 'K8s Atlas',
    asOf: input.asOf, events, render: t.message, pageUrl: (p) => `https://atlas.example/${p}`, includeDetail: true,
  });

  test('Atom: valid XML with the feed and entry elements RFC 4287 requires', () => {
    const { atom } = renderFeed(spec());
    expect(SyntaxValidator.validate(atom)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(atom).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('tag:k8s-atlas,2026:en/feeds/all');
    expect(feed.author.name).toBe('K8s Atlas');
    expect(feed.updated).toBe('2026-11-21T00:00:00.000Z');
    expect(feed.link.map((l: Record<string, string>) => l['@_rel'])).toEqual(['alternate', 'self']);
    const first = feed.entry[0];
    expect(first.id).toBe(entryId('en', 'matrices/ingress/contour/checked/2026-11-21'));
    expect(first.title['#text'] ?? first.title).toContain('Contour checked');
    expect(first.updated).toBe('2026-11-21T00:00:00.000Z');
    const retired = feed.entry.find((e: { id: string }) => e.id.includes('ingress-nginx'));
    expect(retired.title['#text'] ?? retired.title).toBe('Ingress NGINX: End of life');
  });

  test('JSON Feed: the same entries', () => {
    const { atom, json } = renderFeed(spec());
    const feed = JSON.parse(json);
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(feed.feed_url).toBe('https://atlas.example/feeds/all.json');
    const atomIds = [...atom.matchAll(/<entry>\s*<title[^]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(atomIds);
    expect(feed.items[0]).toMatchObject({ url: 'https://atlas.example/compare/ingress/', date_modified: '2026-11-21T00:00:00.000Z' });
  });

  test('an empty feed is valid and dated by the data, and long feeds keep the newest entries', () => {
    const empty = renderFeed(spec([]));
    expect(SyntaxValidator.validate(empty.atom)).toBe(true);
    expect(empty.atom).toContain('<updated>2026-11-25T00:00:00.000Z</updated>');
    const many = Array.from({ length: FEED_LIMIT + 20 }, (_, i) => ({ ...changeEvents(input)[0]!, key: `k/${String(i).padStart(3, '0')}` }));
    expect(JSON.parse(renderFeed(spec(many)).json).items).toHaveLength(FEED_LIMIT);
  });
});
