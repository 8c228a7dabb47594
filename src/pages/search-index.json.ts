import type { APIRoute } from 'astro';
import { loadCategories, loadComponents, loadGuides, loadMatrices, loadReleases, render } from '../data';
import { defaultLocale, translator } from '../i18n';
import { buildSearchIndexFile, buildSearchRecords } from '../lib/search/records';

/**
 * The search index, written once at build time: every record plus Fuse's prebuilt index. The
 * header field fetches it on first focus. To index a new collection, load it here into the
 * inputs and add a document source in src/lib/records.ts.
 */
export const GET: APIRoute = async () => {
  const categories = await loadCategories();
  const components = await loadComponents();
  const guides = await Promise.all(
    (await loadGuides()).map(async (guide) => ({ id: guide.id, data: guide.data, headings: (await render(guide)).headings })),
  );
  const matrices = (await loadMatrices()).map((m) => ({ id: m.id, data: m.data }));
  const releases = (await loadReleases()).entries;
  const file = buildSearchIndexFile(buildSearchRecords({ categories, components, guides, matrices, releases, render: translator(defaultLocale).message }));
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
