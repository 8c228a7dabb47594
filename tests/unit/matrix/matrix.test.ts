import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { buildRows, comparisonKey, parseSurveyCell, slugify, valueOptions } from '../../../src/lib/matrix/matrix';
import { toCsv, toMarkdown } from '../../../src/lib/format/table-export';
import {
  computeVisibility,
  defaultViewState,
  parseViewState,
  serializeViewState,
  type MatrixKnowledge,
  type RowFacts,
} from '../../../src/lib/matrix/view-state';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const matrix = checkContent(projectRoot, { today: '2026-11-25' }).content.matrices.find((m) => m.id === 'ingress')!.data!;

describe('the 2020 survey baseline', () => {
  // The survey's table rows, copied from the source text file with sed (not retyped).
  const fixture = fileURLToPath(new URL('../../fixtures/survey-2020-ingress-table.txt', import.meta.url));
  const lines = readFileSync(fixture, 'utf8').split('\n').filter(Boolean);
  const baselineRows = matrix.rows.filter((r) => r.baseline);

  it('has a row for each line of the survey table, in order, five cells each', () => {
    // The first line is the table's header; the rest are its rows.
    expect(baselineRows).toHaveLength(lines.length - 1);
    for (const row of baselineRows) expect(Object.keys(row.baseline!)).toHaveLength(5);
  });

  it('reproduces every survey line exactly when its five cells are joined in column order', () => {
    const columns = matrix.baseline!.columns;
    baselineRows.forEach((row, index) => {
      const line = lines[index + 1]!;
      const cells = columns.map((c) => row.baseline![c]).join(' ');
      // The line starts with the row's label as the survey wrote it; the rest must be our cells.
      expect(line.endsWith(` ${cells}`), `${row.id}: "${line}" vs "${cells}"`).toBe(true);
    });
  });

  it('matches the shared copy of the survey when it is available', () => {
    const shared = fileURLToPath(new URL('../../../../../shared/source/k8s-survey-2020.zh.txt', import.meta.url));
    const alt = fileURLToPath(new URL('../../../../shared/source/k8s-survey-2020.zh.txt', import.meta.url));
    const source = [shared, alt].find((p) => existsSync(p));
    if (!source) return;
    const text = readFileSync(source, 'utf8');
    for (const line of lines) expect(text).toContain(line);
  });
});

describe('matrix derivations', () => {
  it('reads survey cells: "-" is no, "+" is yes, anything else is a list of values', () => {
    expect(parseSurveyCell('-')).toEqual({ support: 'no', values: [] });
    expect(parseSurveyCell('+')).toEqual({ support: 'yes', values: [] });
    expect(parseSurveyCell('canary, a/b (cookie balancing)')).toEqual({ support: 'yes', values: ['canary', 'a/b (cookie balancing)'] });
  });

  it('compares cells by their values regardless of order and case', () => {
    expect(comparisonKey('yes', ['Round-Robin', 'random'])).toBe(comparisonKey('partial', ['random', 'round robin']));
    expect(comparisonKey('no', [])).not.toBe(comparisonKey('yes', []));
    expect(slugify('a/b (cookie balancing)')).toBe('a-b-cookie-balancing');
  });

  it('marks a cell changed only when today differs from the survey', () => {
    const rows = buildRows(matrix);
    const base = rows.find((r) => r.id === 'base-proxy')!;
    const nginxIngress = matrix.columns.find((c) => c === 'ingress-nginx')!;
    expect(base.cells[nginxIngress]!.changed).toBe(false);
    // Rows new since the survey have no baseline, so nothing in them counts as changed.
    const added = rows.filter((r) => !r.baseline);
    expect(added.length).toBeGreaterThan(0);
    for (const row of added) expect(Object.values(row.cells).every((c) => !c.changed)).toBe(true);
    // Every cell that claims a change really differs from its baseline key.
    for (const row of rows.filter((r) => r.baseline)) {
      for (const [column, cell] of Object.entries(row.cells)) {
        if (cell.changed) expect(cell.key).not.toBe(row.baseline![column]!.key);
        // A cell nobody has checked yet cannot claim to have changed.
        if (cell.support === 'unknown') expect(cell.changed).toBe(false);
      }
    }
  });

  it('offers each row value once as a filter option', () => {
    const options = valueOptions(buildRows(matrix));
    expect(new Set(options.map((o) => o.key)).size).toBe(options.length);
    expect(options.some((o) => o.key === 'traffic-distribution:canary')).toBe(true);
  });
});

const known: MatrixKnowledge = {
  columns: ['a', 'b', 'c'],
  baselineColumns: ['a', 'b'],
  valueKeys: ['speed:fast', 'speed:slow'],
  baselineParam: '2020',
};

describe('view state in the URL', () => {
  it('round-trips a shaped view', () => {
    const state = { mode: 'baseline' as const, at: null, columns: ['a', 'c'], query: 'load bal', onlyDiffering: true, value: 'speed:fast' };
    const query = serializeViewState(state, known);
    expect(query).toBe('?view=2020&cols=a%2Cc&q=load+bal&diff=1&has=speed%3Afast');
    expect(parseViewState(query, known)).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(defaultViewState, known)).toBe('');
    expect(serializeViewState({ ...defaultViewState, columns: ['c', 'b', 'a'] }, known)).toBe('');
  });

  it('ignores unknown ids, garbage and markup without throwing', () => {
    const hostile = [
      '?cols=<script>alert(1)</script>,zzz&has=<img src=x onerror=alert(1)>&view=../../etc&diff=yes',
      '?%E0%A4%A&cols=%ZZ&q=%',
      '?cols=' + 'a,'.repeat(2000),
      '?has=speed:fast:extra&view=2021',
      '???&&==',
    ];
    for (const search of hostile) {
      const state = parseViewState(search, known);
      expect(state.mode).toBe('current');
      expect(state.value).toBeNull();
      expect(state.onlyDiffering).toBe(false);
      expect(state.columns === null || state.columns.every((c) => known.columns.includes(c))).toBe(true);
    }
    expect(parseViewState('?cols=zzz,b', known).columns).toEqual(['b']);
  });

  it('reads a day as a dated view, which wins over the baseline view, and writes it back', () => {
    const state = parseViewState('?at=2026-11-30&view=2020&cols=a,b', known);
    expect(state).toMatchObject({ mode: 'at', at: '2026-11-30', columns: ['a', 'b'] });
    expect(serializeViewState(state, known)).toBe('?at=2026-11-30&cols=a%2Cb');
  });

  it('ignores a day that is not a real YYYY-MM-DD calendar day, and never echoes it', () => {
    const hostile = [
      '2026-02-30', '2026-13-01', '26-11-30', '2026-11-30T00:00', '2026-11-30%3Cscript%3E', '%3Cimg%20src%3Dx%3E',
      '1999-12-31', '2100-01-01', '2026-1-5', ' 2026-11-30', '2026-11-30,2026-12-01', '',
    ];
    for (const at of hostile) {
      const state = parseViewState(`?at=${at}`, known);
      expect(state.mode, at).toBe('current');
      expect(state.at, at).toBeNull();
      expect(serializeViewState(state, known), at).toBe('');
    }
    // A second at= is ignored like any repeated parameter: the first one counts.
    expect(parseViewState('?at=2026-11-30&at=<b>', known).at).toBe('2026-11-30');
    expect(serializeViewState({ ...defaultViewState, mode: 'at', at: '<b>x</b>' }, known)).toBe('');
  });

  it('keeps a query as plain text, without control characters and at most 80 characters', () => {
    expect(parseViewState('?q=%3Cb%3Ehi%3C%2Fb%3E%00%0A', known).query).toBe('<b>hi</b>');
    expect(parseViewState(`?q=${'x'.repeat(500)}`, known).query).toHaveLength(80);
  });
});

describe('visibility', () => {
  const rows: RowFacts[] = [
    { id: 'speed', label: 'Speed', current: { a: { key: 'fast', slugs: ['fast'] }, b: { key: 'fast', slugs: ['fast'] }, c: { key: 'slow', slugs: ['slow'] } }, baseline: { a: { key: 'slow', slugs: ['slow'] }, b: { key: 'slow', slugs: ['slow'] } } },
    { id: 'gateway', label: 'Gateway API', current: { a: { key: 'no', slugs: [] }, b: { key: 'no', slugs: [] }, c: { key: 'no', slugs: [] } } },
  ];

  it('shows everything by default', () => {
    expect(computeVisibility(defaultViewState, known, rows)).toEqual({ columns: ['a', 'b', 'c'], rows: ['speed', 'gateway'] });
  });

  it('shows only baseline columns and rows in the baseline view', () => {
    expect(computeVisibility({ ...defaultViewState, mode: 'baseline' }, known, rows)).toEqual({ columns: ['a', 'b'], rows: ['speed'] });
  });

  it('filters rows by label, by difference, and columns by value', () => {
    expect(computeVisibility({ ...defaultViewState, query: 'gate' }, known, rows).rows).toEqual(['gateway']);
    expect(computeVisibility({ ...defaultViewState, onlyDiffering: true }, known, rows).rows).toEqual(['speed']);
    expect(computeVisibility({ ...defaultViewState, onlyDiffering: true, columns: ['a', 'b'] }, known, rows).rows).toEqual([]);
    expect(computeVisibility({ ...defaultViewState, value: 'speed:fast' }, known, rows).columns).toEqual(['a', 'b']);
  });
});

describe('export', () => {
  const table = { headers: ['Feature', 'A|B'], rows: [['Auth', 'Basic, "OAuth"\nline'], ['Paid', '+'], ['Formula', '=SUM(A1)']] };

  it('writes a Markdown table with pipes escaped and newlines folded', () => {
    expect(toMarkdown(table)).toMatchInlineSnapshot(`
      "| Feature | A\\|B |
      | --- | --- |
      | Auth | Basic, "OAuth" line |
      | Paid | + |
      | Formula | =SUM(A1) |
      "
    `);
  });

  it('writes RFC 4180 CSV and defuses spreadsheet formulas', () => {
    expect(toCsv(table)).toBe('Feature,A|B\r\nAuth,"Basic, ""OAuth""\nline"\r\nPaid,+\r\nFormula,\'=SUM(A1)\r\n');
  });
});
