import { describe, expect, test } from 'vitest';
import { changeEvents, type EventInput } from '../../../src/lib/feeds/events';
import { latestCells, latestStatuses, newestReleases, nowPanel, NOW_LIMITS, type NowInput } from '../../../src/lib/home/now';
import { buildRows } from '../../../src/lib/matrix/matrix';
import { recommendPatch, toLineData } from '../../../src/lib/versions/lines';
import type { ComponentData } from '../../../src/schemas/component';
import type { Matrix } from '../../../src/schemas/matrix';
import type { ReleaseLine } from '../../../src/schemas/release';

const dates = { url: 'https://kubernetes.io/releases/', title: 'Releases' };
const release = (line: string, patches: [number, string, string[]?][], eol: string): ReleaseLine => ({
  line,
  endOfLife: { date: eol, source: 'dates' },
  patchesComplete: true,
  sources: { dates },
  patches: patches.map(([patch, date, cves]) => ({ patch, date, source: 'dates', ...(cves ? { fixes: cves.map((cve) => ({ cve, source: 'dates' })) } : {}) })),
  checked: '2026-11-25',
});
const patches = (n: number, first: string): [number, string][] =>
  Array.from({ length: n }, (_, i) => [i, new Date(Date.parse(`${first}T00:00:00Z`) + i * 30 * 86_400_000).toISOString().slice(0, 10)]);
const component = (name: string, status: Omit<ComponentData['status'], 'successors'>) => ({ name, status: { successors: [], ...status } }) as unknown as ComponentData;

const source = { url: 'https://example.org/docs', title: 'Docs' };
const matrix = {
  id: 'ingress',
  title: 'Ingress compared',
  caption: 'Ingress compared',
  description: 'Ingress compared.',
  category: 'ingress',
  reviewed: '2026-11-25',
  sources: { docs: source },
  columns: ['traefik', 'contour', 'kong'],
  rows: [
    {
      id: 'tls',
      label: 'TLS',
      cells: {
        // Only reworded on the newest day.
        traefik: { support: 'yes', values: ['tls'], note: 'New wording.', source: 'docs', checked: '2026-11-25', history: [{ until: '2026-11-25', support: 'yes', values: ['tls'], source: 'docs', checked: '2026-10-01' }] },
        contour: { support: 'yes', values: ['tls'], source: 'docs', checked: '2026-11-25' },
        kong: { support: 'yes', values: ['tls'], source: 'docs', checked: '2026-11-25' },
      },
    },
    {
      id: 'waf',
      label: 'WAF',
      cells: {
        // Support changed on the newest day.
        traefik: { support: 'plugin', values: ['coraza'], source: 'docs', checked: '2026-11-25', history: [{ until: '2026-11-25', support: 'no', checked: '2026-10-01', source: 'docs' }] },
        // Values changed on the newest day.
        contour: { support: 'yes', values: ['coraza', 'modsecurity'], source: 'docs', checked: '2026-11-25', history: [{ until: '2026-11-25', support: 'yes', values: ['coraza'], checked: '2026-10-01', source: 'docs' }] },
        // Support changed twice: the older change is in the feed too, on its own day.
        kong: {
          support: 'paid',
          source: 'docs',
          checked: '2026-11-25',
          history: [
            { until: '2026-03-01', support: 'unknown', checked: '2026-01-10' },
            { until: '2026-11-01', support: 'no', checked: '2026-03-01', source: 'docs' },
          ],
        },
      },
    },
  ],
} as unknown as Matrix;

const releases = [release('1.33', patches(9, '2025-04-23'), '2026-06-28'), release('1.34', patches(7, '2025-08-27'), '2026-10-27'), release('1.35', [...patches(6, '2025-12-17'), [6, '2026-12-09']], '2027-02-28')];
const components = [
  { id: 'ingress-nginx', data: component('Ingress NGINX', { state: 'archived', note: 'Retired.', since: '2026-03-19' }) },
  { id: 'dashboard', data: component('Kubernetes Dashboard', { state: 'archived', note: 'Archived.', since: '2026-01-21' }) },
  { id: 'rke', data: component('RKE', { state: 'end-of-life', note: 'Ended.', since: '2025-07-31' }) },
  { id: 'heapster', data: component('Heapster', { state: 'end-of-life', note: 'Retired.', since: '2018-12-03' }) },
  // A status change after the data's day is not news yet.
  { id: 'future', data: component('Future', { state: 'deprecated', note: 'Later.', since: '2027-01-01' }) },
  { id: 'traefik', data: component('Traefik', { state: 'active', note: 'Maintained.' }) },
  { id: 'contour', data: component('Contour', { state: 'active', note: 'Maintained.' }) },
  { id: 'kong', data: component('Kong Ingress Controller', { state: 'active', note: 'Maintained.' }) },
];
const eventInput: EventInput = { asOf: '2026-11-25', releases, components, matrices: [matrix] };
const events = changeEvents(eventInput);
const input: NowInput = {
  events,
  asOf: eventInput.asOf,
  lines: releases.map(toLineData),
  today: '2026-12-01',
  components: new Map(components.map((c) => [c.id, { name: c.data.name, state: c.data.status.state }])),
  matrices: new Map([['ingress', buildRows(matrix)]]),
};

describe('the home page now panel', () => {
  const panel = nowPanel(input);

  test('the recommended patch is the versions page rule for the month today falls in', () => {
    const rule = recommendPatch('2026-12', input.lines as never).recommended!;
    expect(panel.recommendation).toEqual({ month: '2026-12', pick: { version: rule.version, line: rule.line, date: rule.date, page: 'versions/#line-1-35' } });
    expect(rule.version).toBe('v1.35.6');
  });

  test('the release data\'s own day is named when it is older than the panel\'s, and only then', () => {
    expect(nowPanel({ ...input, releasesAsOf: '2026-08-22' }).releasesAsOf).toBe('2026-08-22');
    expect(nowPanel({ ...input, releasesAsOf: input.asOf }).releasesAsOf).toBeUndefined();
    expect(panel.releasesAsOf).toBeUndefined();
  });

  test('no pick when no line qualifies, and the month is still named', () => {
    expect(nowPanel({ ...input, today: '2025-05-10' }).recommendation).toEqual({ month: '2025-05', pick: undefined });
  });

  test('the newest release day, every release of it newest line first, nothing after the data day', () => {
    const twoOnOneDay = [...input.lines, { line: '1.36', minor: 36, released: '2026-04-22', endOfLife: '2027-06-28', patchesComplete: true, patches: [{ patch: 0, date: '2026-04-22', cves: [] }, { patch: 3, date: '2026-11-05', cves: [] }] }];
    const lines = twoOnOneDay.map((l) => (l.line === '1.35' ? { ...l, patches: [...l.patches, { patch: 7, date: '2026-11-05', cves: [] }] } : l));
    expect(newestReleases(lines, '2026-11-25')).toEqual({
      date: '2026-11-05',
      items: [
        { version: 'v1.36.3', line: '1.36', page: 'versions/#line-1-36' },
        { version: 'v1.35.7', line: '1.35', page: 'versions/#line-1-35' },
      ],
    });
    // v1.35.6 (2026-12-09) is later than the data's day.
    expect(panel.releases?.items.map((r) => r.version)).not.toContain('v1.35.6');
    expect(newestReleases([], '2026-11-25')).toBeUndefined();
  });

  test('status changes: the newest first, from the feed events, with the component page', () => {
    expect(panel.statuses).toEqual([
      { id: 'ingress-nginx', name: 'Ingress NGINX', state: 'archived', date: '2026-03-19', page: 'components/ingress-nginx/' },
      { id: 'dashboard', name: 'Kubernetes Dashboard', state: 'archived', date: '2026-01-21', page: 'components/dashboard/' },
      { id: 'rke', name: 'RKE', state: 'end-of-life', date: '2025-07-31', page: 'components/rke/' },
    ]);
    expect(panel.statuses).toHaveLength(NOW_LIMITS.statuses);
    // Every status item is one of the feeds' status events.
    const feedStatus = events.filter((e) => e.kind === 'component-status').map((e) => [e.page, e.date]);
    for (const s of panel.statuses) expect(feedStatus).toContainEqual([s.page, s.date]);
    expect(latestStatuses(events, input.components, 10).map((s) => s.id)).toEqual(['ingress-nginx', 'dashboard', 'rke', 'heapster']);
  });

  test('changed cells: newest day first, support changes before value changes before rewording, one per controller first', () => {
    expect(panel.cells.map((c) => [c.column, c.row, c.date, c.change, c.before, c.after])).toEqual([
      ['traefik', 'waf', '2026-11-25', 'support', 'no', 'plugin'],
      ['contour', 'waf', '2026-11-25', 'values', 'yes', 'yes'],
      ['traefik', 'tls', '2026-11-25', 'wording', 'yes', 'yes'],
      // Kong's latest change is on an earlier day; from the history entry to the next one, not to today's value.
      ['kong', 'waf', '2026-11-01', 'support', 'no', 'paid'],
    ]);
    expect(panel.cells[0]).toMatchObject({ matrix: 'ingress', rowLabel: 'WAF', columnName: 'Traefik', page: 'compare/ingress/#feature-waf--traefik' });
    expect(panel.moreCells).toBe(0);
  });

  test('cells left out are counted for the days shown', () => {
    const { cells, more } = latestCells(events, input.matrices, input.components, 2);
    expect(cells.map((c) => `${c.column}/${c.row}`)).toEqual(['traefik/waf', 'contour/waf']);
    // traefik/tls on the same day is left out; Kong's change is on another day.
    expect(more).toBe(1);
    const older = latestCells(events, input.matrices, input.components, 10).cells.filter((c) => c.column === 'kong');
    expect(older.map((c) => [c.date, c.before, c.after])).toEqual([
      ['2026-11-01', 'no', 'paid'],
      ['2026-03-01', 'unknown', 'no'],
    ]);
  });

  test('an event whose cell the rows do not have is skipped, not guessed', () => {
    expect(latestCells(events, new Map(), input.components).cells).toEqual([]);
  });

  test('the panel carries the data day of the feeds', () => {
    expect(panel.asOf).toBe('2026-11-25');
  });
});
