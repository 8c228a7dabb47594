import type { APIRoute } from 'astro';
import { loadCategories, loadComponents, loadGlossary, loadGuides, loadMatrices, loadReleases, renderLocalized } from '../../data';
import { translator } from '../../i18n';
import { defaultLocale, localizedPaths } from '../../i18n/locales';
import { flagships } from '../../lib/catalog/flagships';
import { localePath, pagePathOf } from '../../lib/format/paths';
import { buildSearchIndexFile, buildSearchRecords, glossarySynonyms } from '../../lib/search/records';

/**
 * The search index of each locale, written once at build time: /search-index.json and
 * /zh-cn/search-index.json, every record plus Fuse's prebuilt index. The header field fetches
 * its page's locale's index on first focus. Records link to the locale's pages and carry the
 * names in the other language too, so an English name is found on a Chinese page. An entry
 * without a translation is left out of the other locale's index. To index a new collection,
 * load it here into the inputs and add a document source in src/lib/search/records.ts.
 */
export const getStaticPaths = () => localizedPaths();

export const GET: APIRoute = async ({ url }) => {
  const t = translator(pagePathOf(url.pathname).locale);
  const english = translator(defaultLocale);
  const translated = <T extends { i18n: { fallback: boolean } }>(entries: T[]) => entries.filter((e) => !e.i18n.fallback);
  const categories = translated(await loadCategories(t.locale)).map((c) => ({ id: c.id, data: c.data, alt: c.alt.text }));
  const components = translated(await loadComponents(t.locale));
  const guides = await Promise.all(
    translated(await loadGuides(t.locale)).map(async (guide) => ({ id: guide.id, data: guide.data, alt: guide.alt.text, headings: (await renderLocalized(guide)).headings })),
  );
  const matrices = translated(await loadMatrices(t.locale)).map((m) => ({
    id: m.id,
    data: m.data,
    altLabels: t.locale === defaultLocale ? {} : Object.fromEntries(m.english.data.rows.map((r) => [r.id, r.label])),
  }));
  const releases = (await loadReleases(t.locale)).entries;
  // The tool pages, by the interface's own names for them (the other language's as well).
  const pages = flagships.flatMap((f) =>
    f.path && f.key !== 'search' ? [{ url: localePath(t.locale, f.path), title: t(f.title), summary: t(f.blurb), ...(t.locale === defaultLocale ? {} : { alt: english(f.title) }) }] : [],
  );
  const records = buildSearchRecords({ locale: t.locale, categories, components, guides, matrices, releases, pages, render: t.message });
  const file = buildSearchIndexFile(records, glossarySynonyms(await loadGlossary(t.locale)));
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

