import Fuse from 'fuse.js';
import type { Category } from '../../schemas/category';
import type { ComponentData } from '../../schemas/component';
import { sortByName, sortCategories } from '../catalog/derive';
import type { GuideData } from '../../schemas/guide';
import type { Matrix } from '../../schemas/matrix';
import type { ReleaseLine } from '../../schemas/release';
import type { Message } from '../../i18n';
import { rowAnchor } from '../matrix/matrix';
import { categoryPath, componentPath, guidePath, localePath } from '../format/paths';
import { defaultLocale, type Locale } from '../../i18n/locales';
import { searchKeys, type SearchIndexFile, type SearchRecord } from './engine';

/** A heading on a rendered page, as Astro's `render()` reports it. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Everything the search index is built from, loaded by src/pages/search-index.json.ts. A new
 * collection adds one field here, filled by that endpoint.
 */
export interface SearchInputs {
  /** The locale the index is for: its records link to that locale's pages. English by default. */
  locale?: Locale;
  /**
   * Categories; `alt` is the name in the other language (the Chinese name in English, the
   * English name in Chinese), searched as a name and shown beside the title. It defaults to
   * `nameZh`.
   */
  categories: { id: string; data: Category; alt?: string }[];
  components: { id: string; data: ComponentData }[];
  /** The h2/h3 headings of each component page, by component id (only for componentSectionDocuments). */
  componentHeadings?: Record<string, PageHeading[]>;
  /** Guides, with the h2/h3 headings of each guide page; `alt` as for categories (default `titleZh`). */
  guides?: { id: string; data: GuideData; headings: PageHeading[]; alt?: string }[];
  /** Comparison matrices, such as the Ingress matrix; `altLabels` are row labels in the other language, by row id. */
  matrices?: { id: string; data: Matrix; altLabels?: Record<string, string> }[];
  /** Pages that are tools rather than entries (the matrix, the version picker, kube-proxy costs). */
  pages?: { url: string; title: string; summary: string; alt?: string }[];
  /** Kubernetes release lines. */
  releases?: ReleaseLine[];
  /** Renders a message in the index's locale; records never compose words themselves. */
  render: (message: Message) => string;
}

/** The distinct names of a list, leaving out empty ones and those equal to `title`. */
const otherNames = (title: string, names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => !!n && n !== title))];

/** Turns one collection into search records. */
export type DocumentSource = (inputs: SearchInputs) => SearchRecord[];

/** Each component: its names, Chinese aliases, summary, category (both languages), tags and status. */
export const componentDocuments: DocumentSource = ({ categories, components, locale = defaultLocale }) => {
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  return sortByName(components).map(({ id, data }) => {
    const entry = categoryById.get(data.category);
    const category = entry?.data;
    return {
      kind: 'component',
      title: data.name,
      url: componentPath(id, locale),
      names: data.aliases,
      keywords: [...data.tags, data.status.state],
      context: category ? otherNames('', [category.name, category.nameZh, entry.alt]) : [],
      summary: data.summary,
      ...(category ? { meta: category.name } : {}),
    };
  });
};

/** Each category, found by its English or Chinese name. */
export const categoryDocuments: DocumentSource = ({ categories, locale = defaultLocale }) =>
  sortCategories(categories).map(({ id, data, alt = data.nameZh }) => ({
    kind: 'category',
    title: data.name,
    url: categoryPath(id, locale),
    names: otherNames(data.name, [alt, data.nameZh]),
    keywords: [],
    context: [],
    summary: data.summary,
    meta: alt,
  }));

/**
 * The sections of each component page, linked by their anchors. Only the heading is searched;
 * the page's name is shown beside it so "Status today" says whose status.
 */
export const componentSectionDocuments: DocumentSource = ({ components, componentHeadings = {}, locale = defaultLocale }) =>
  sortByName(components).flatMap(({ id, data }) => sectionRecords(componentHeadings[id] ?? [], componentPath(id, locale), data.name));

/** One record per h2 and h3 of a page, each found by its heading and showing the page's name. */
function sectionRecords(headings: PageHeading[], pageUrl: string, pageName: string): SearchRecord[] {
  return headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => ({ kind: 'section' as const, title: h.text, url: `${pageUrl}#${h.slug}`, names: [], keywords: [], context: [], summary: '', meta: pageName }));
}

/** Each guide, by its English or Chinese title, with its sections as their own records. */
export const guideDocuments: DocumentSource = ({ guides = [], categories, locale = defaultLocale }) => {
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  return guides.flatMap(({ id, data, headings, alt = data.titleZh }) => [
    {
      kind: 'guide' as const,
      title: data.title,
      url: guidePath(id, locale),
      names: otherNames(data.title, [alt, data.titleZh]),
      keywords: data.tables.map((table) => table.caption),
      context: data.categories.flatMap((c) => {
        const category = categoryById.get(c);
        return category ? otherNames('', [category.data.name, category.data.nameZh, category.alt]) : [];
      }),
      summary: data.summary,
      meta: alt,
    },
    ...sectionRecords(headings, guidePath(id, locale), data.title),
  ]);
};

/** Each row of each comparison matrix, found by the feature and by the values in its cells. */
export const matrixRowDocuments: DocumentSource = ({ matrices = [], locale = defaultLocale }) =>
  matrices.flatMap(({ id, data, altLabels = {} }) =>
    data.rows.map((row) => ({
      kind: 'feature' as const,
      title: row.label,
      url: `${localePath(locale, `compare/${id}/`)}#${rowAnchor(row.id)}`,
      names: otherNames(row.label, [altLabels[row.id]]),
      keywords: [...new Set(Object.values(row.cells).flatMap((cell) => cell.values ?? []))],
      context: [data.title],
      summary: row.description ?? '',
      meta: data.title,
    })),
  );

/** Each Kubernetes release line, found by `1.35`, `v1.35` or any of its patch versions. */
export const releaseDocuments: DocumentSource = ({ releases = [], render, locale = defaultLocale }) =>
  [...releases]
    .sort((a, b) => Number(b.line.split('.')[1]) - Number(a.line.split('.')[1]))
    .map((release) => {
      const released = release.patches.find((p) => p.patch === 0)?.date ?? release.released?.date ?? '';
      return {
        kind: 'release' as const,
        title: render({ key: 'search.release.title', params: { line: release.line } }),
        url: `${localePath(locale, 'versions/')}#line-${release.line.replace('.', '-')}`,
        names: [release.line, `v${release.line}`],
        keywords: [
          ...release.patches.filter((p) => p.patch > 0).map((p) => `v${release.line}.${p.patch}`),
          ...release.patches.flatMap((p) => (p.fixes ?? []).map((f) => f.cve)),
        ],
        context: [],
        summary: render({ key: 'search.release.summary', params: { released, endOfLife: release.endOfLife.date } }),
        meta: release.line,
      };
    });

/** The tool pages, found by their title (and its other-language form) and their one-line blurb. */
export const pageDocuments: DocumentSource = ({ pages = [] }) =>
  pages.map(({ url, title, summary, alt }) => ({ kind: 'page' as const, title, url, names: otherNames(title, [alt]), keywords: [], context: [], summary, ...(alt ? { meta: alt } : {}) }));

/**
 * Component pages are left out of the sources below on purpose: every one has the same four
 * section titles ("What it is", "Status today", ...), which made a third of the index and more
 * than half of the work per keystroke while leading nowhere a component result does not.
 * `componentSectionDocuments` stays available for a page whose headings are its own.
 *
 * The extension point: every source of search records, in the order records are stored. To make
 * guides, matrix rows or release lines searchable, add their data to `SearchInputs`, write one
 * `DocumentSource` that maps each item to `{ kind, title, url, names, keywords, context,
 * summary, meta }`, list it here, and add its kind to `searchKinds` in engine.ts with a
 * `search.kind.<kind>` label in src/i18n/en.ts.
 */
export const documentSources: DocumentSource[] = [
  componentDocuments,
  categoryDocuments,
  guideDocuments,
  pageDocuments,
  matrixRowDocuments,
  releaseDocuments,
];

export function buildSearchRecords(inputs: SearchInputs, sources: DocumentSource[] = documentSources): SearchRecord[] {
  return sources.flatMap((source) => source(inputs));
}

/**
 * The records plus Fuse's prebuilt index, ready to serve as JSON. `synonyms` maps words readers
 * type to the term the site uses (from the locale's glossary), such as 日志收集 → 日志采集.
 */
export function buildSearchIndexFile(records: SearchRecord[], synonyms?: Record<string, string>): SearchIndexFile {
  return { version: 1, records, index: Fuse.createIndex(searchKeys, records).toJSON(), ...(synonyms && Object.keys(synonyms).length ? { synonyms } : {}) };
}

/** The glossary's `search` words, each mapped to its term's translation. */
export function glossarySynonyms(glossary: readonly { zh: string; search?: string[] }[]): Record<string, string> {
  const synonyms: Record<string, string> = {};
  for (const term of glossary) for (const word of term.search ?? []) if (word !== term.zh) synonyms[word] = term.zh;
  return synonyms;
}
