import { describe, expect, it } from 'vitest';
import { comparisonRows, viewCell } from '../../../src/lib/catalog/category-traits-table';
import { componentSchema } from '../../../src/schemas/component';

const base = {
  category: 'networking',
  summary: 'One line.',
  homepage: 'https://example.org/',
  license: 'Apache-2.0',
  maintainer: 'Someone',
  cncf: 'none',
  status: { state: 'active', note: 'Fine.' },
  sources: [{ url: 'https://example.org/s', title: 'S' }],
  reviewed: '2026-01-01',
};
const columns = [
  { key: 'overlay', label: 'Overlay' },
  { key: 'policy', label: 'Network policy' },
];

describe('comparisonRows', () => {
  it('gives one row per component, by name, and one per variant', () => {
    const zeta = componentSchema.parse({ ...base, name: 'Zeta', traits: { overlay: ['VXLAN', 'IP-in-IP'], policy: true } });
    const alpha = componentSchema.parse({
      ...base,
      name: 'alpha',
      variants: [
        { key: 'vxlan', name: 'alpha (VXLAN)', summary: 'Overlay.', traits: { overlay: 'VXLAN', policy: false } },
        { key: 'host-gw', name: 'alpha (host-gw)', summary: 'Routes.', traits: { overlay: 'none', policy: 'unknown' } },
      ],
    });
    const rows = comparisonRows(columns, [
      { id: 'zeta', data: zeta },
      { id: 'alpha', data: alpha },
    ]);
    expect(rows.map((r) => r.anchor)).toEqual(['compare-alpha-vxlan', 'compare-alpha-host-gw', 'compare-zeta']);
    expect(rows[2]!.cells).toEqual([['VXLAN', 'IP-in-IP'], true]);
    expect(rows[1]!.cells.map(viewCell)).toEqual([{ kind: 'text', text: 'none' }, { kind: 'unknown' }]);
  });

  it('reads booleans as yes and no', () => {
    expect(viewCell(true)).toEqual({ kind: 'yes' });
    expect(viewCell(false)).toEqual({ kind: 'no' });
  });
});
