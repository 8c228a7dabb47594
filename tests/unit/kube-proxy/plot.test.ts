import { describe, expect, it } from 'vitest';
import { linearTicks, logPosition, logTicks, niceStep, plotLines } from '../../../src/lib/kube-proxy/plot';
import { plotSvg, svgMarkup, type SvgNode } from '../../../src/lib/kube-proxy/plot-svg';

describe('axes of the server-drawn chart', () => {
  it('picks round steps', () => {
    expect([0.9, 1.05, 0.24, 7, 23, 0].map((max) => niceStep(max))).toEqual([0.2, 0.25, 0.05, 2, 5, 1]);
  });

  it('runs a linear axis from zero to a round top, positions measured from the top', () => {
    expect(linearTicks(1.05)).toEqual({
      top: 1.25,
      ticks: [
        { value: 0, at: 100 },
        { value: 0.25, at: 80 },
        { value: 0.5, at: 60 },
        { value: 0.75, at: 40 },
        { value: 1, at: 20 },
        { value: 1.25, at: 0 },
      ],
    });
  });

  it('marks powers of ten on a log axis, and threes as minor ticks', () => {
    expect(logTicks(10, 30_000)).toEqual([
      { value: 10, at: 0 },
      // log10(x / 10) / log10(3,000), worked out by hand
      { value: 30, at: 13.72 },
      { value: 100, at: 28.76 },
      { value: 300, at: 42.48 },
      { value: 1000, at: 57.52 },
      { value: 3000, at: 71.24 },
      { value: 10000, at: 86.28 },
      { value: 30000, at: 100 },
    ].map((t) => ([30, 300, 3000, 30000].includes(t.value) ? { ...t, minor: true } : t)));
    expect(logPosition(10, 1000)(100)).toBe(50);
  });
});

describe('the plot of a chart', () => {
  const lines = [
    { key: 'iptables-computed', label: 'iptables (modelled)', style: 'iptables' as const, basis: 'computed' as const, points: [{ x: 10, y: 0 }, { x: 1000, y: 0.5 }, { x: 100_000, y: 1 }] },
    { key: 'ipvs-quoted', label: 'IPVS (quoted)', style: 'ipvs' as const, basis: 'quoted' as const, points: [{ x: 1000, y: 0.25 }] },
    { key: 'you', label: 'your setting', style: 'iptables' as const, basis: 'computed' as const, highlight: true, points: [{ x: 1000, y: 0.5 }] },
  ];
  const plot = plotLines(lines);

  it('spans a power of ten below the smallest x to the largest, and zero to a round top', () => {
    expect(plot.xDomain).toEqual([10, 100_000]);
    expect(plot.yMax).toBe(1);
  });

  it('draws modelled lines as paths in a 0–100 square and the rest as markers', () => {
    expect(plot.lines[0]!.path).toBe('M0 100 L50 50 L100 0');
    expect(plot.lines[1]!.path).toBeUndefined();
    expect(plot.lines[1]!.points).toEqual([{ x: 1000, y: 0.25, px: 50, py: 75 }]);
    expect(plot.lines[2]!.path).toBeUndefined();
  });

  it('becomes an SVG whose markers carry their values and whose text is escaped', () => {
    const svg = plotSvg(plot, { id: 'p', title: 'CPU <against> Services', desc: 'Numbers below.', xLabel: 'Services', yLabel: 'cores', number: String, tooltip: (l, y, x) => `${l}: ${y} at ${x}` });
    const markup = svgMarkup(svg);
    expect(markup).toContain('<title id="p-title">CPU &lt;against&gt; Services</title>');
    expect(markup).toContain('aria-labelledby="p-title" aria-describedby="p-desc"');
    const find = (node: SvgNode | string, pred: (n: SvgNode) => boolean): SvgNode[] =>
      typeof node === 'string' ? [] : [...(pred(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => find(c, pred))];
    const markers = find(svg, (n) => n.attrs.class?.toString().includes('kp-plot__marker') ?? false);
    expect(markers.map((m) => [m.attrs['data-line'], m.attrs.x, m.attrs.y])).toEqual([['ipvs-quoted', '50%', '75%'], ['you', '50%', '50%']]);
    expect(markers.map((m) => (m.children![0] as SvgNode).tag)).toEqual(['rect', 'circle']);
    expect(find(svg, (n) => n.tag === 'path' && n.attrs['data-line'] === 'iptables-computed')).toHaveLength(1);
  });
});
