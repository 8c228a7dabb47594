import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadReleaseData } from '../../support/release-data';
import { loadImportedData } from '../../support/imported-data';
import { supportTable, type SupportTable } from '../../../src/lib/versions/support';
import { axisBounds, dayPosition, supportTimeline, TIMELINE_LAYOUT } from '../../../src/lib/versions/timeline';

// Two lines, upstream and one provider that lacks the newer line and sells extended support.
const table: SupportTable = {
  day: '2026-07-01',
  columns: [{ id: 'eks', name: 'Amazon EKS', policy: 'https://example.org/eks' }],
  rows: [
    { line: '1.36', upstream: { from: '2026-04-22', until: '2027-06-28', status: 'supported' }, providers: [undefined] },
    {
      line: '1.35',
      upstream: { from: '2025-12-17', until: '2027-02-28', status: 'supported' },
      providers: [{ from: '2026-01-28', until: '2027-03-27', extendedUntil: '2028-03-27', status: 'supported' }],
    },
  ],
  summary: [],
};

describe('the support-window timeline', () => {
  it('runs its axis from the first of the earliest month to the first of the month after the latest day', () => {
    expect(axisBounds('2025-12-17', '2028-03-27')).toEqual({ start: '2025-12-01', end: '2028-04-01', years: [2026, 2027, 2028] });
    expect(axisBounds('2025-12-17', '2028-12-05')).toEqual({ start: '2025-12-01', end: '2029-01-01', years: [2026, 2027, 2028, 2029] });
    expect(axisBounds('2026-01-01', '2027-03-01')).toEqual({ start: '2026-01-01', end: '2027-03-01', years: [2026, 2027] });
  });

  it('places days as percentages of the axis', () => {
    const x = dayPosition('2026-01-01', '2026-01-11');
    expect([x('2026-01-01'), x('2026-01-06'), x('2026-01-11'), x('2026-01-04')]).toEqual([0, 50, 100, 30]);
  });

  it('draws one bar per window with dates, in the table’s order, none where a provider lists no window', () => {
    const tl = supportTimeline(table)!;
    expect(tl.tracks).toEqual([{ id: 'upstream' }, { id: 'eks', name: 'Amazon EKS' }]);
    expect(tl.bars.map((b) => [b.line, b.track, b.from, b.until, b.extendedUntil])).toEqual([
      ['1.36', 'upstream', '2026-04-22', '2027-06-28', undefined],
      ['1.35', 'upstream', '2025-12-17', '2027-02-28', undefined],
      ['1.35', 'eks', '2026-01-28', '2027-03-27', '2028-03-27'],
    ]);
    expect(tl.groups.map((g) => g.line)).toEqual(['1.36', '1.35']);
  });

  it('gives each bar its place: x and width along the axis, y by group and track', () => {
    const tl = supportTimeline(table)!;
    const x = dayPosition('2025-12-01', '2028-04-01');
    const eks = tl.bars[2]!;
    expect(eks.x).toBe(x('2026-01-28'));
    expect(eks.width).toBeCloseTo(x('2027-03-27') - x('2026-01-28'), 1);
    expect(eks.extendedWidth).toBeCloseTo(x('2028-03-27') - x('2027-03-27'), 1);
    const { top, barHeight, barGap, groupGap, axis } = TIMELINE_LAYOUT;
    const group = 2 * barHeight + barGap;
    // 1.36 is the first group, 1.35 the second; EKS is the second track in its group.
    expect(tl.bars.map((b) => b.y)).toEqual([top, top + group + groupGap, top + group + groupGap + barHeight + barGap]);
    expect(tl.height).toBe(top + 2 * group + groupGap + axis);
  });

  it('marks today, and year ticks on each first of January', () => {
    const tl = supportTimeline(table)!;
    expect(tl.today).toEqual({ day: '2026-07-01', x: dayPosition('2025-12-01', '2028-04-01')('2026-07-01') });
    expect(tl.ticks.map((t) => t.day)).toEqual(['2026-01-01', '2027-01-01', '2028-01-01']);
    expect(supportTimeline({ ...table, day: '2030-01-01' })!.today).toBeUndefined();
  });

  it('has nothing to draw without windows', () => {
    expect(supportTimeline({ ...table, rows: [] })).toBeUndefined();
  });

  it('covers the real support table: one bar per window, one group per line', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const real = supportTable(loadReleaseData(root).entries, loadImportedData(root).providers, '2026-12-01');
    const tl = supportTimeline(real)!;
    const windows = real.rows.flatMap((r) => [r.upstream, ...r.providers].filter(Boolean));
    expect(tl.bars).toHaveLength(windows.length);
    expect(tl.groups.map((g) => g.line)).toEqual(real.rows.map((r) => r.line));
    for (const b of tl.bars) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width + (b.extendedWidth ?? 0)).toBeLessThanOrEqual(100.01);
    }
  });
});
