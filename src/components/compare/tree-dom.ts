import type { TreeNode } from '../../lib/compare/tree';

/** Builds DOM nodes from a layout tree: elements and attributes by name, text as text nodes. */
export function toDom(node: TreeNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    // The layout never writes event handlers; refusing them keeps it that way.
    if (value === undefined || value === false || name.startsWith('on')) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of node.children) el.append(toDom(child));
  return el;
}
