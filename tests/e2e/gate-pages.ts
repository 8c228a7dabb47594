import { statSync } from 'node:fs';
import { join } from 'node:path';
import { components } from './catalog-data';
import { distDir } from './build-files';
import { builtPages } from './site-pages';

/**
 * Which built pages get the browser quality gates (console, requests, CSP, axe in light and
 * dark), and which only the static ones.
 *
 * Every page gets them, except the pair pages (`/compare/<a>-vs-<b>/`): 262 per locale, one
 * template filled from the same fields, and at about a second each they would take longer than
 * the rest of `npm test` together. Of those, each locale's gates open, per category, the first
 * pair and the pair whose page is largest (the most rows, the longest values), so every
 * category's traits and every matrix a pair can share are drawn and checked; the
 * template's script and export run on each of those. The static gates (tests in
 * quality.spec.ts that read the HTML) still cover every pair page.
 */
const pairPattern = /^(\/[a-z]{2}-[a-z]+)?\/compare\/([a-z0-9-]+?)-vs-([a-z0-9-]+)\/$/;

export const isPairPage = (path: string) => pairPattern.test(path);

export function gatedPages(pages = builtPages()): string[] {
  const categoryOf = new Map(components.map((c) => [c.id, c.data.category]));
  const groups = new Map<string, string[]>();
  for (const path of pages) {
    const match = pairPattern.exec(path);
    if (!match) continue;
    const key = `${match[1] ?? ''} ${categoryOf.get(match[2]!) ?? '?'}`;
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const sampled = new Set<string>();
  const size = (path: string) => statSync(join(distDir, path, 'index.html')).size;
  for (const group of groups.values()) {
    const sorted = [...group].sort();
    sampled.add(sorted[0]!);
    sampled.add(sorted.reduce((a, b) => (size(b) > size(a) ? b : a)));
  }
  return pages.filter((p) => !isPairPage(p) || sampled.has(p));
}
