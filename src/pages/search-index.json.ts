import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { loadCategories, loadComponents } from '../lib/catalog';
import { buildSearchIndexFile, buildSearchRecords, type PageHeading } from '../lib/search-records';

/**
 * The search index, written once at build time: every record plus Fuse's prebuilt index. The
 * header field fetches it on first focus. To index a new collection, load it here into the
 * inputs and add a document source in src/lib/search-records.ts.
 */
export const GET: APIRoute = async () => {
  const categories = await loadCategories();
  const components = await loadComponents();
  const componentHeadings: Record<string, PageHeading[]> = {};
  for (const component of components) componentHeadings[component.id] = (await render(component)).headings;
  const file = buildSearchIndexFile(buildSearchRecords({ categories, components, componentHeadings }));
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
