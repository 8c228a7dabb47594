/**
 * What the full-text index (src/integrations/full-text-index.ts) is built from and what of
 * Pagefind's output is published. Pure functions over paths, so the choices are tested.
 */

/** A built page to index: its file below the output folder and the address readers open. */
export interface FullTextPage {
  file: string;
  url: string;
}

/**
 * The pages of each locale, by the folder of that locale's bundle (`pagefind/`,
 * `zh-cn/pagefind/`). One bundle per locale, each holding one language, so that a reader's
 * search can only ever find pages of the locale being read, and the first query fetches the
 * WebAssembly of that language only.
 */
export function bundlesByLocale(pages: readonly FullTextPage[], prefixes: readonly string[]): Map<string, FullTextPage[]> {
  const longestFirst = [...prefixes].sort((a, b) => b.length - a.length);
  const bundles = new Map<string, FullTextPage[]>(prefixes.map((prefix) => [`${prefix}pagefind/`, []]));
  for (const page of pages) {
    const prefix = longestFirst.find((p) => page.file.startsWith(p)) ?? '';
    bundles.get(`${prefix}pagefind/`)?.push(page);
  }
  return bundles;
}

/**
 * Pages whose text is not worth finding: error pages, the search page itself, and the pair
 * pages (`compare/a-vs-b/`, and the redirects from the other order), which hold the facts of
 * two components' own pages side by side and no prose of their own: every word of a
 * component's facts would otherwise find dozens of them before the component's page.
 */
const skipped = [
  /(^|\/)404\.html$/,
  /^([a-z]{2}(-[a-z]+)?\/)?search\/index\.html$/,
  /(^|\/)compare\/[^/]+-vs-[^/]+\/index\.html$/,
  /(^|\/)pagefind\//,
];

/**
 * The pages to index, in a fixed order (so two builds write the same bytes), each with its
 * address under the base path: `components/calico/index.html` → `/atlas/components/calico/`.
 * `files` are paths below the output folder with forward slashes.
 */
export function fullTextPages(files: readonly string[], base: string): FullTextPage[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return files
    .filter((file) => file.endsWith('.html') && !skipped.some((pattern) => pattern.test(file)))
    .sort()
    .map((file) => ({ file, url: `${prefix}${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

/**
 * The parts of Pagefind's bundle the site loads: the search library, the entry file, the
 * WebAssembly, and the index, fragment and filter pieces. Left out: Pagefind's own worker (the
 * library already runs in the site's full-text worker, where it needs none) and its ready-made
 * interfaces (pagefind-ui, modular and component UI, highlight): the site renders results
 * itself, in its own markup, styles and words.
 */
export function isPublishedBundleFile(path: string): boolean {
  return (
    path === 'pagefind.js' ||
    path === 'pagefind-entry.json' ||
    /^wasm\.[\w-]+\.pagefind$/.test(path) ||
    /^pagefind\.[\w-]+\.pf_meta$/.test(path) ||
    /^(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/.test(path)
  );
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page's HTML as Pagefind should read it: with the page's own title (its og:title) as the
 * result's title. Pagefind would otherwise take the first <h1>'s text, which on a Chinese page
 * also holds the English name beside the Chinese one. The title goes into a <meta> at the start
 * of <main>, the part of the page Pagefind indexes; the published page is not changed.
 */
export function withIndexedTitle(html: string, title: string): string {
  if (!title) return html;
  return html.replace(/<main\b[^>]*>/i, (tag) => `${tag}<meta data-pagefind-meta="title[content]" content="${attribute(title)}">`);
}
