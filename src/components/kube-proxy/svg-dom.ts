import type { SvgNode } from '../../lib/kube-proxy/plot-svg';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Builds the elements of an SVG tree from src/lib/kube-proxy/plot-svg.ts, the same tree the
 * server serialised. Text goes in as text nodes, never as markup.
 */
export function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) if (name !== 'xmlns') element.setAttribute(name, String(value));
  for (const child of node.children ?? []) element.append(typeof child === 'string' ? document.createTextNode(child) : svgElement(child));
  return element;
}
