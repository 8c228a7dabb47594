import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../src/lib/content/load';
import { matrixRules } from '../../../src/lib/content/rules/matrices';
import { formatProblems } from '../../../src/lib/content/problems';

// The rules read only the parts of the content set they need; the tests hand them just those.
const run = (name: string, content: object) =>
  formatProblems(matrixRules.find((r) => r.name === name)!.check(content as ContentSet, { today: '2026-12-01' }));
const file = 'content/matrices/fixture.yaml';
const matrix = (rows: unknown[]) => ({ matrices: [{ id: 'fixture', file, raw: { sources: { docs: {} }, rows } }], components: [] });

describe('earlier values of a cell', () => {
  it('must be oldest first, end after they start, not overlap, and not end in the future', () => {
    const content = matrix([
      {
        id: 'lb',
        cells: {
          a: { support: 'yes', source: 'docs', checked: '2026-12-01', history: [{ until: '2026-11-20', support: 'no', source: 'docs', checked: '2026-11-25' }] },
          b: {
            support: 'yes',
            source: 'docs',
            checked: '2026-12-01',
            since: '2026-11-01',
            history: [
              { until: '2026-11-28', support: 'unknown', checked: '2026-11-20' },
              { until: '2026-11-30', since: '2026-11-26', support: 'partial', source: 'docs', checked: '2026-11-26' },
            ],
          },
          c: { support: 'yes', source: 'docs', checked: '2026-12-01', history: [{ until: '2027-01-01', support: 'yes', checked: '2026-11-25' }] },
        },
      },
    ]);
    expect(run('matrix-history-ordered', content)).toMatchInlineSnapshot(`
      "Content check failed: 4 problems in 1 file.
        content/matrices/fixture.yaml → rows.0.cells.a.history.0.until: 2026-11-20 is not after the day the value started (2026-11-25); until is the first day it no longer held
        content/matrices/fixture.yaml → rows.0.cells.b.history.1.since: 2026-11-26 is before the previous value ended (2026-11-28); list earlier values oldest first without overlaps
        content/matrices/fixture.yaml → rows.0.cells.b.since: 2026-11-01 is before the last earlier value ended (2026-11-30)
        content/matrices/fixture.yaml → rows.0.cells.c.history.0.until: 2027-01-01 is in the future; an earlier value ends on or before today
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
    expect(run('matrix-cells-sourced', content)).toMatchInlineSnapshot(`
      "Content check failed: 1 problem in 1 file.
        content/matrices/fixture.yaml → rows.0.cells.c.history.0.source: is required when support is "yes"; cite a key from sources, or use support: unknown
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });
});

describe('derived cells', () => {
  const conformance = {
    conformance: { raw: { versions: [{ implementations: [{ organization: 'Acme', project: 'acme' }] }], earlier: [] } },
    conformanceImplementations: { data: [{ id: 'a', organization: 'Acme', project: 'acme' }, { id: 'b', organization: 'B', project: 'b' }] },
  };

  it('are required for controllers with a report in a derived row, refused for the others and outside such rows', () => {
    const content = {
      ...matrix([
        {
          id: 'gateway-api',
          derivedFrom: 'gateway-api-conformance',
          cells: { a: { support: 'yes', source: 'docs', checked: '2026-12-01' }, b: { derived: 'gateway-api-conformance', checked: '2026-12-01' } },
        },
        { id: 'other', cells: { a: { derived: 'gateway-api-conformance', checked: '2026-12-01' } } },
      ]),
      ...conformance,
    };
    expect(run('matrix-derived-cells', content)).toMatchInlineSnapshot(`
      "Content check failed: 3 problems in 1 file.
        content/matrices/fixture.yaml → rows.0.cells.a: a has a Gateway API conformance report in content/conformance/; write { derived: gateway-api-conformance, checked: … } instead of typing support and values
        content/matrices/fixture.yaml → rows.0.cells.b.derived: b has no Gateway API conformance report in content/conformance/ (see implementations.yaml); type the cell instead
        content/matrices/fixture.yaml → rows.1.cells.a.derived: the row does not set derivedFrom: gateway-api-conformance; derive cells only in such a row
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });

  it('pass when the row is derived where a report exists and typed elsewhere', () => {
    const content = {
      ...matrix([
        {
          id: 'gateway-api',
          derivedFrom: 'gateway-api-conformance',
          cells: { a: { derived: 'gateway-api-conformance', checked: '2026-12-01' }, b: { support: 'no', source: 'docs', checked: '2026-12-01' } },
        },
      ]),
      ...conformance,
    };
    expect(run('matrix-derived-cells', content)).toBe(formatProblems([]));
    expect(run('matrix-cells-sourced', content)).toBe(formatProblems([]));
  });
});
