/**
 * A small element tree, so one layout function serves both the server (as HTML text) and the
 * browser (as DOM nodes made with createElement and textContent, never innerHTML). Text from
 * the data or from a reader is always a text node: escaped in HTML, inert in the DOM.
 */
export type Attrs = Record<string, string | number | boolean | undefined>;

export interface ElementNode {
  tag: string;
  attrs: Attrs;
  children: TreeNode[];
}

export type TreeNode = ElementNode | string;

/** An element; false, null and undefined children are dropped, arrays are flattened. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): ElementNode {
  return { tag, attrs, children: flatten(children) };
}

export type Child = TreeNode | false | null | undefined | Child[];

function flatten(children: Child[]): TreeNode[] {
  const out: TreeNode[] = [];
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else out.push(child);
  }
  return out;
}

const VOID = new Set(['br', 'input', 'img', 'meta', 'link', 'hr', 'col', 'source', 'wbr']);
const TAG = /^[a-z][a-z0-9-]*$/;
const ATTR = /^[a-z][a-z0-9-]*$/;

export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The tree as HTML. Tag and attribute names are the layout's own; anything else throws. */
export function toHtml(node: TreeNode): string {
  if (typeof node === 'string') return escapeText(node);
  if (!TAG.test(node.tag)) throw new Error(`not a tag name: ${node.tag}`);
  let attrs = '';
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!ATTR.test(name) || name.startsWith('on')) throw new Error(`not an attribute the layout may write: ${name}`);
    if (value === undefined || value === false) continue;
    attrs += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** The text a reader sees in a tree, for tests. */
export function textOf(node: TreeNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
