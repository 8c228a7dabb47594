import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { buildSearchIndexFile, buildSearchRecords, type PageHeading } from '../../../src/lib/search/records';
import { translator } from '../../../src/i18n';

/** Renders messages the way the English index does. */
export const render = translator('en').message;

/** The real catalog, turned into an index the way the build does, for ranking tests. */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const { content } = checkContent(root);
export const components = content.components.flatMap((c) => (c.data ? [{ id: c.id, data: c.data }] : []));
export const categories = content.categories.flatMap((c) => (c.data ? [{ id: c.data.id, data: c.data }] : []));

/** Headings read straight from the MDX body; slugs only need to be stable here, not exact. */
function headingsOf(id: string, folder = 'components'): PageHeading[] {
  const body = readFileSync(`${root}content/${folder}/${id}.mdx`, 'utf8');
  return [...body.matchAll(/^(#{2,3}) (.+)$/gm)].map((m) => ({
    depth: m[1]!.length,
    text: m[2]!.trim(),
    slug: m[2]!.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'),
  }));
}

export const guides = content.guides.flatMap((g) => (g.data ? [{ id: g.id, data: g.data, headings: headingsOf(g.id, 'guides') }] : []));
export const matrices = content.matrices.flatMap((m) => (m.data ? [{ id: m.id, data: m.data }] : []));
export const releases = content.releases.flatMap((r) => (r.data ? [r.data] : []));

export const realIndex = buildSearchIndexFile(
  buildSearchRecords({
    categories,
    components,
    componentHeadings: Object.fromEntries(components.map((c) => [c.id, headingsOf(c.id)])),
    guides,
    matrices,
    releases,
    render,
  }),
);
