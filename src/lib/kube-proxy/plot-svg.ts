import type { Plot, PlotLine } from './plot';

/**
 * A plot as a tree of SVG elements. The server serialises it (`svgMarkup`) and the cost model's
 * script builds the same tree into the page, so both draw the same picture. Colours, dashes and
 * sizes of text come from CSS classes (the CSP forbids style attributes); geometry is in
 * percentages of the plot area, markers and text offsets in pixels.
 */

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: (SvgNode | string)[];
}

/** The words a plot shows, already in the page's language. */
export interface PlotWords {
  id: string;
  title: string;
  /** Says where the numbers are, for readers who cannot see the picture. */
  desc: string;
  xLabel: string;
  yLabel: string;
  number: (value: number) => string;
  /** A marker's hover text, from the line's label and its values. */
  tooltip: (line: string, y: string, x: string) => string;
}

const el = (tag: string, attrs: SvgNode['attrs'], children?: SvgNode['children']): SvgNode => (children ? { tag, attrs, children } : { tag, attrs });
const pct = (n: number) => `${n}%`;

/** The plot area's place in the figure, in percent: room on the left for y labels, below for x labels. */
export const PLOT_AREA = { x: 13, y: 9, width: 84, height: 74 } as const;

/** A marker of a line's shape, centred on the point, with its values as hover text. */
function marker(line: PlotLine, p: PlotLine['points'][number], words: PlotWords): SvgNode {
  const r = line.highlight ? 8 : 5.5;
  const title = el('title', {}, [words.tooltip(line.label, words.number(p.y), words.number(p.x))]);
  const shape =
    line.style === 'ipvs'
      ? el('rect', { x: -r + 0.5, y: -r + 0.5, width: 2 * r - 1, height: 2 * r - 1 })
      : line.style === 'nftables'
        ? el('path', { d: `M0 ${-r - 1} L${r + 0.5} ${r - 1} L${-r - 0.5} ${r - 1} Z` })
        : line.style === 'calico'
          ? el('path', { d: `M0 ${-r - 1} L${r + 1} 0 L0 ${r + 1} L${-r - 1} 0 Z` })
          : el('circle', { cx: 0, cy: 0, r });
  const kind = line.highlight ? 'kp-plot__marker--you' : line.basis === 'quoted' ? 'kp-plot__marker--quoted' : 'kp-plot__marker--computed';
  return el('svg', { x: pct(p.px), y: pct(p.py), width: 1, height: 1, overflow: 'visible', class: `kp-plot__marker kp-plot--${line.style} ${kind}`, 'data-line': line.key }, [shape, title]);
}

/** The plot as an SVG tree: grid, axes, the modelled lines, then the markers on top. */
export function plotSvg(plot: Plot, words: PlotWords): SvgNode {
  const grid = el('g', { class: 'kp-plot__grid' }, [
    ...plot.yTicks.map((t) => el('line', { x1: 0, x2: '100%', y1: pct(t.at), y2: pct(t.at) })),
    ...plot.xTicks.map((t) => el('line', { x1: pct(t.at), x2: pct(t.at), y1: 0, y2: '100%', class: t.minor ? 'kp-plot__minor' : 'kp-plot__major' })),
  ]);
  const yLabels = plot.yTicks.map((t) => el('text', { x: 0, y: pct(t.at), dx: -6, dy: '0.32em', 'text-anchor': 'end', class: 'kp-plot__tick' }, [words.number(t.value)]));
  const xLabels = plot.xTicks.map((t) =>
    el('text', { x: pct(t.at), y: '100%', dy: '1.3em', 'text-anchor': t.at > 96 ? 'end' : 'middle', class: `kp-plot__tick${t.minor ? ' kp-plot__tick--minor' : ''}` }, [words.number(t.value)]),
  );
  const drawn = plot.lines.filter((l) => l.path);
  const paths = el(
    'svg',
    { viewBox: '0 0 100 100', preserveAspectRatio: 'none', width: '100%', height: '100%', overflow: 'visible' },
    drawn.map((l) => el('path', { d: l.path!, class: `kp-plot__line kp-plot--${l.style}`, 'vector-effect': 'non-scaling-stroke', 'data-line': l.key }, [el('title', {}, [l.label])])),
  );
  const markers = plot.lines.filter((l) => !l.path).flatMap((l) => l.points.map((p) => marker(l, p, words)));
  const area = el('svg', { x: pct(PLOT_AREA.x), y: pct(PLOT_AREA.y), width: pct(PLOT_AREA.width), height: pct(PLOT_AREA.height), overflow: 'visible' }, [
    grid,
    el('line', { x1: 0, x2: '100%', y1: '100%', y2: '100%', class: 'kp-plot__axis' }),
    paths,
    ...markers,
    ...yLabels,
    ...xLabels,
    el('text', { x: 0, y: 0, dx: -6, dy: '-0.9em', 'text-anchor': 'start', class: 'kp-plot__axis-title' }, [words.yLabel]),
    el('text', { x: '50%', y: '100%', dy: '2.75em', 'text-anchor': 'middle', class: 'kp-plot__axis-title' }, [words.xLabel]),
  ]);
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', class: 'kp-plot', role: 'img', 'aria-labelledby': `${words.id}-title`, 'aria-describedby': `${words.id}-desc`, 'data-plot': words.id }, [
    el('title', { id: `${words.id}-title` }, [words.title]),
    el('desc', { id: `${words.id}-desc` }, [words.desc]),
    area,
  ]);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The tree as markup, every text and attribute value escaped. */
export function svgMarkup(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  return `<${node.tag}${attrs}>${(node.children ?? []).map(svgMarkup).join('')}</${node.tag}>`;
}
