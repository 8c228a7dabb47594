import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { buildSearchIndexFile, buildSearchRecords, glossarySynonyms, type PageHeading } from '../../../src/lib/search/records';
import { translator } from '../../../src/i18n';
import { flagships } from '../../../src/lib/catalog/flagships';
import { localePath } from '../../../src/lib/format/paths';
import { englishSlugs, mergeCategory, mergeComponent, mergeGuide, mergeMatrix, mergeRelease } from '../../../src/lib/translation/merge';

/**
 * The Chinese search index, built from the real content the way the build builds
 * /zh-cn/search-index.json: translations laid over the English, English names kept as other
 * names, the glossary's search words as synonyms, entries without a translation left out.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const { content } = checkContent(root);
const zh = content.translations['zh-CN']!;
const t = translator('zh-CN');
const en = translator('en');
const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

function headingsOf(body: string): PageHeading[] {
  return [...body.matchAll(/^(#{2,3}) (.+)$/gm)].map((m) => ({ depth: m[1]!.length, text: m[2]!.trim(), slug: m[2]!.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') }));
}

const zhCategories = byId(zh.categories);
const categories = content.categories.flatMap((c) => {
  const tr = zhCategories.get(c.id)?.data;
  return c.data && tr ? [{ id: c.id, data: mergeCategory(c.data, tr), alt: c.data.name }] : [];
});
const zhComponents = byId(zh.components);
const components = content.components.flatMap((c) => {
  const tr = zhComponents.get(c.id)?.data;
  return c.data && tr ? [{ id: c.id, data: mergeComponent(c.data, tr) }] : [];
});
const zhGuides = byId(zh.guides);
const guides = content.guides.flatMap((g) => {
  const tr = zhGuides.get(g.id);
  if (!g.data || !tr?.data) return [];
  return [{ id: g.id, data: mergeGuide(g.data, tr.data), alt: g.data.title, headings: englishSlugs(headingsOf(tr.body ?? ''), headingsOf(g.body ?? '')).headings }];
});
const zhMatrices = byId(zh.matrices);
const matrices = content.matrices.flatMap((m) => {
  const tr = zhMatrices.get(m.id)?.data;
  return m.data && tr ? [{ id: m.id, data: mergeMatrix(m.data, tr), altLabels: Object.fromEntries(m.data.rows.map((r) => [r.id, r.label])) }] : [];
});
const zhReleases = byId(zh.releases);
const releases = content.releases.flatMap((r) => {
  const tr = zhReleases.get(r.id)?.data;
  return r.data ? [tr ? mergeRelease(r.data, tr) : r.data] : [];
});
const pages = flagships.flatMap((f) => (f.path && f.key !== 'search' ? [{ url: localePath('zh-CN', f.path, '/'), title: t(f.title), summary: t(f.blurb), alt: en(f.title) }] : []));

export const zhIndex = buildSearchIndexFile(
  buildSearchRecords({ locale: 'zh-CN', categories, components, guides, matrices, releases, pages, render: t.message }),
  glossarySynonyms(zh.glossary?.data ?? []),
);

/** Guide bodies as read, for tests that look for a word in them. */
export const guideBody = (id: string) => readFileSync(`${root}content/zh-cn/guides/${id}.mdx`, 'utf8');
