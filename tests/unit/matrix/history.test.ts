import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { matrixSchema, type Matrix } from '../../../src/schemas/matrix';
import { buildConformance } from '../../../scripts/sync/gateway/build';
import { readFolderReports } from '../../../scripts/sync/gateway/source';
import { gatewayApiRowValues } from '../../../src/lib/conformance/gateway-api-row';
import { buildRows, citedSources, gatewayApiCell, unknownCount, type RowView } from '../../../src/lib/matrix/matrix';
import { baselineSpan, cellSpans, dayBefore, isCalendarDay, layerAt } from '../../../src/lib/matrix/history';
import { cellsAt, computeVisibility, defaultViewState, parseViewState, type MatrixKnowledge, type RowFacts } from '../../../src/lib/matrix/view-state';
import { checkContent } from '../../../src/lib/content/check';
import { translator } from '../../../src/i18n';

/**
 * A link pinned to a day must keep showing what it showed, whatever later edits do to the
 * matrix. These tests build a small matrix, take a pinned view of it, then change a cell the way
 * a contributor does (the old value moves into history, a new one is written with a later date)
 * and check that the pinned view is unchanged while the live view shows the new value.
 */

const sources = { docs: { url: 'https://example.org/docs', title: 'Docs' }, docs2: { url: 'https://example.org/docs2', title: 'Docs 2' } };

/** The fixture matrix as it stood on 2026-11-25 (first check) and after the 2026-12-01 check. */
function fixture(cells: Matrix['rows'][number]['cells'], extraRow?: Matrix['rows'][number]): Matrix {
  return matrixSchema.parse({
    id: 'fixture',
    title: 'Fixture',
    caption: 'Fixture',
    description: 'Fixture.',
    category: 'ingress',
    columns: ['a', 'b'],
    baseline: { label: '2020 survey', year: 2020, columns: ['a', 'b'], note: 'Fixture.' },
    sources,
    rows: [{ id: 'lb', label: 'Load balancing', baseline: { a: 'round-robin, ip-hash', b: '-' }, cells }, ...(extraRow ? [extraRow] : [])],
    reviewed: '2026-12-01',
  });
}

const before = fixture({
  a: { support: 'yes', values: ['round-robin', 'least-conn'], source: 'docs', checked: '2026-11-25' },
  b: { support: 'unknown', checked: '2026-11-25' },
});

// The later data change: a's value is corrected and b is answered; their old values move into history.
const after = fixture(
  {
    a: {
      support: 'yes',
      values: ['round-robin', 'ewma'],
      source: 'docs2',
      checked: '2026-12-01',
      history: [{ until: '2026-12-01', support: 'yes', values: ['round-robin', 'least-conn'], source: 'docs', checked: '2026-11-25' }],
    },
    b: { support: 'no', source: 'docs', checked: '2026-12-01', history: [{ until: '2026-12-01', support: 'unknown', checked: '2026-11-25' }] },
  },
  { id: 'licence', label: 'Licence', cells: { a: { support: 'yes', values: ['MIT'], source: 'docs', checked: '2026-12-01' }, b: { support: 'yes', values: ['MIT'], source: 'docs', checked: '2026-12-01' } } },
);

/** The facts a page's script reads from the markup, built the same way from the row views. */
function facts(rows: RowView[]): RowFacts[] {
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    current: row.cells,
    baseline: row.baseline,
    layers: Object.fromEntries(
      Object.entries(row.cells).map(([column, cell]) => [column, [...(row.baseline?.[column] ? [row.baseline[column]!] : []), ...cell.history, cell]]),
    ),
  }));
}

const known: MatrixKnowledge = { columns: ['a', 'b'], baselineColumns: ['a', 'b'], valueKeys: [], baselineParam: '2020' };

/** What a view shows: for each visible row and column, the cell's comparison key. */
function shown(matrix: Matrix, search: string) {
  const rows = facts(buildRows(matrix));
  const state = parseViewState(search, known);
  const visible = computeVisibility(state, known, rows);
  return Object.fromEntries(
    visible.rows.map((id) => {
      const row = rows.find((r) => r.id === id)!;
      const cells = state.mode === 'at' ? cellsAt(row, state.at!) : state.mode === 'baseline' ? row.baseline! : row.current;
      return [id, Object.fromEntries(visible.columns.map((c) => [c, cells[c]?.key ?? null]))];
    }),
  );
}

describe('a matrix as of a day', () => {
  it('knows which value held on which day', () => {
    expect(cellSpans(after.rows[0]!.cells.a!)).toEqual({ history: [{ from: '2026-11-25', until: '2026-12-01' }], current: { from: '2026-12-01' } });
    expect(cellSpans({ checked: '2026-12-01', since: '2026-11-25' })).toEqual({ history: [], current: { from: '2026-11-25' } });
    expect(baselineSpan(2020, '2026-11-25')).toEqual({ from: '2020-01-01', until: '2026-11-25' });
    const spans = [{ from: '2020-01-01', until: '2026-11-25' }, { from: '2026-11-25', until: '2026-12-01' }, { from: '2026-12-01' }];
    expect(['2019-12-31', '2020-06-01', '2026-11-24', '2026-11-25', '2026-11-30', '2026-12-01', '2030-01-01'].map((d) => layerAt(spans, d))).toEqual([-1, 0, 0, 1, 1, 2, 2]);
    expect(dayBefore('2026-12-01')).toBe('2026-11-30');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('opens the same cells from a pinned link after a later data change, while the live view moves on', () => {
    const pinned = '?at=2026-11-30';
    const thenPinned = shown(before, pinned);
    expect(thenPinned).toEqual({ lb: { a: 'least-conn round-robin', b: 'unknown' } });
    // The data changes on 2026-12-01; the same link shows the same cells, and no row added later.
    expect(shown(after, pinned)).toEqual(thenPinned);
    // The live view, and a link pinned to the day of the change, show the new values.
    expect(shown(after, '')).toEqual({ lb: { a: 'ewma round-robin', b: 'no' }, licence: { a: 'mit', b: 'mit' } });
    expect(shown(after, '?at=2026-12-01')).toEqual(shown(after, ''));
  });

  it('shows the 2020 survey for a day in 2020, the same as the survey view', () => {
    expect(shown(after, '?at=2020-06-01')).toEqual({ lb: { a: 'ip-hash round-robin', b: 'no' } });
    expect(shown(after, '?view=2020')).toEqual(shown(after, '?at=2020-06-01'));
    // Before the survey's year nothing was recorded, so nothing is shown.
    expect(shown(after, '?at=2019-06-01')).toEqual({});
  });

  it('ignores a hostile day and shows the live view', () => {
    expect(shown(after, '?at=2026-11-31')).toEqual(shown(after, ''));
    expect(shown(after, '?at=%3Cscript%3E')).toEqual(shown(after, ''));
    expect(isCalendarDay('2026-11-30')).toBe(true);
    expect(isCalendarDay('2026-11-31')).toBe(false);
  });

  it('keeps the sources that only earlier values cite, numbered after today\u2019s', () => {
    expect(citedSources(after).map((s) => `${s.number} ${s.key}`)).toEqual(['1 docs2', '2 docs']);
    const a = buildRows(after)[0]!.cells.a!;
    expect(a.history[0]!.sources.map((s) => s.number)).toEqual([2]);
  });
});

describe('the real Ingress matrix', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const { content } = checkContent(root, { today: '2026-12-01' });
  const matrix = content.matrices.find((m) => m.id === 'ingress')!.data!;
  const derived = { 'gateway-api-conformance': gatewayApiRowValues(content.conformance!.data!, content.conformanceImplementations!.data!, matrix.columns) };
  const rows = buildRows(matrix, derived);

  it('has at most 5% unknown cells today, with at least 14 controllers', () => {
    const { unknown, total } = unknownCount(rows);
    expect(matrix.columns.length).toBeGreaterThanOrEqual(14);
    expect(total).toBe(matrix.columns.length * matrix.rows.length);
    expect(unknown / total).toBeLessThanOrEqual(0.05);
  });

  it('shows ingress-nginx load balancing as it was before the December check, and as corrected after', () => {
    const lb = facts(rows).find((r) => r.id === 'load-balancing')!;
    expect(cellsAt(lb, '2026-11-30')['ingress-nginx']!.slugs).toEqual(['round-robin', 'sticky-sessions', 'least-conn', 'ip-hash', 'ewma']);
    expect(cellsAt(lb, '2026-12-01')['ingress-nginx']!.slugs).toEqual(['round-robin', 'ewma', 'consistent-hash', 'sticky-sessions']);
    // The 53 cells that were unknown before the check were unknown until 2026-12-01.
    const wasUnknown = facts(rows).flatMap((r) => Object.values(cellsAt(r, '2026-11-30')).filter((c) => c.key === 'unknown'));
    expect(wasUnknown).toHaveLength(53);
  });

  it('derives every Gateway API cell of a controller with a report from the report', () => {
    const row = rows.find((r) => r.id === 'gateway-api')!;
    const t = translator('en');
    const derivedCells = Object.entries(row.cells).filter(([, c]) => c.conformance);
    expect(derivedCells.map(([id]) => id).sort()).toEqual(
      ['aws-load-balancer-controller', 'cilium', 'contour', 'envoy-gateway', 'haproxy-ingress', 'istio', 'kgateway', 'kong-ingress-controller', 'nginx-gateway-fabric', 'traefik'],
    );
    const haproxy = row.cells['haproxy-ingress']!;
    // Overstated before the check: TCPRoute was called conformant; the report covers HTTP only.
    expect(haproxy.history[0]!.values).toContain('TCPRoute');
    expect(haproxy.values).toEqual(['GATEWAY-HTTP']);
    expect(haproxy.derivedNotes.map((m) => t.message(m))).toEqual([
      'Conformance report for haproxy-ingress v0.17.0-alpha.1: Gateway API v1.5.1, experimental channel.',
      'All tests passed: GATEWAY-HTTP.',
    ]);
    expect(haproxy.sources[0]!.url).toMatch(/^https:\/\/github\.com\/kubernetes-sigs\/gateway-api\/blob\/[0-9a-f]{40}\/conformance\/reports\/v1\.5\/haproxy-ingress\//);
    expect(t.message(haproxy.sources[0]!.title as never)).toBe('Gateway API conformance report: haproxy-ingress v0.17.0-alpha.1, Gateway API v1.5.1, experimental channel');
    expect(row.cells.contour!.support).toBe('partial');
    expect(row.cells.contour!.derivedNotes.map((m) => t.message(m))).toContain('This is its newest report, for Gateway API v1.3; it has none for a later version.');
  });
});

describe('a derived Gateway API cell', () => {
  const good = fileURLToPath(new URL('../../fixtures/sync/gateway/good', import.meta.url));
  const provenance = { commit: '0123456789abcdef0123456789abcdef01234567', date: '2026-08-01T00:00:00Z' };
  const mapping = [
    { id: 'acme-gateway', organization: 'Acme', project: 'acme-gateway' },
    { id: 'old-ingress', organization: 'Old Co', project: 'old-ingress' },
  ];
  const data = buildConformance(readFolderReports(good), { provenance, mapping, mappingFile: 'implementations.yaml' }).data!;
  const values = gatewayApiRowValues(data, mapping, ['acme-gateway', 'old-ingress']);

  it('takes support, values, versions, channel and the report link from the report', () => {
    const value = values['acme-gateway']!;
    if (value.state !== 'reported') throw new Error('fixture changed');
    const cell = gatewayApiCell(value);
    expect(cell.support).toBe('yes');
    expect(cell.values).toEqual(['GATEWAY-HTTP', 'GATEWAY-TCP']);
    expect(cell.notes[0]).toEqual({
      key: 'matrix.derived.report',
      params: { implementation: 'acme-gateway', implementationVersion: 'v2.1.0', gatewayAPIVersion: 'v1.6.1', channel: { key: 'conformance.channel.experimental' } },
    });
    expect(cell.source).toMatchObject({ key: 'report-acme-acme-gateway', url: value.reportUrl });
  });

  it('fills a derived cell in a matrix and keeps the hand-written note and its source', () => {
    const matrix = matrixSchema.parse({
      id: 'gw',
      title: 'GW',
      caption: 'GW',
      description: 'GW.',
      category: 'ingress',
      columns: ['acme-gateway', 'old-ingress'],
      sources,
      rows: [
        {
          id: 'gateway-api',
          label: 'Gateway API',
          derivedFrom: 'gateway-api-conformance',
          cells: {
            'acme-gateway': { derived: 'gateway-api-conformance', note: 'Also has TCPRoute docs.', source: 'docs', checked: '2026-12-01' },
            'old-ingress': { derived: 'gateway-api-conformance', checked: '2026-12-01' },
          },
        },
      ],
      reviewed: '2026-12-01',
    });
    const [row] = buildRows(matrix, { 'gateway-api-conformance': values });
    expect(row!.cells['acme-gateway']!.sources.map((s) => `${s.number} ${s.key}`)).toEqual(['1 report-acme-acme-gateway', '2 docs']);
    expect(row!.cells['acme-gateway']!.note).toBe('Also has TCPRoute docs.');
    expect(row!.cells['old-ingress']!.derivedNotes.at(-1)).toEqual({ key: 'matrix.derived.older', params: { version: 'v1.4' } });
    // A later import (data as of 2027-01-05) starts the derived value then, not on the day typed.
    const later = buildRows(matrix, { 'gateway-api-conformance': values, gatewayApiAsOf: '2027-01-05' })[0]!;
    expect(later.cells['acme-gateway']!.from).toBe('2027-01-05');
    expect(row!.cells['acme-gateway']!.from).toBe('2026-12-01');
    // Without the imported data a derived cell claims nothing.
    expect(buildRows(matrix)[0]!.cells['acme-gateway']!.support).toBe('unknown');
  });

  it('refuses support or values typed into a derived cell', () => {
    const result = matrixSchema.safeParse({
      ...after,
      rows: [{ id: 'x', label: 'X', cells: { a: { derived: 'gateway-api-conformance', support: 'yes', checked: '2026-12-01' }, b: { checked: '2026-12-01' } } }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'rows.0.cells.a.support: must not be typed in a derived cell; it comes from the imported data (gateway-api-conformance)',
      'rows.0.cells.b.support: is required unless the cell is derived (derived: gateway-api-conformance)',
    ]);
    expect(defaultViewState.at).toBeNull();
  });
});
