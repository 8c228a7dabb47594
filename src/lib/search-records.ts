import Fuse from 'fuse.js';
import type { Category } from '../schemas/category';
import type { ComponentData } from '../schemas/component';
import { sortByName, sortCategories } from './catalog-derive';
import { categoryPath, componentPath } from './paths';
import { searchKeys, type SearchIndexFile, type SearchRecord } from './search-engine';

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
  categories: { id: string; data: Category }[];
  components: { id: string; data: ComponentData }[];
  /** The h2/h3 headings of each component page, by component id. */
  componentHeadings: Record<string, PageHeading[]>;
}

/** Turns one collection into search records. */
export type DocumentSource = (inputs: SearchInputs) => SearchRecord[];

/** Each component: its names, Chinese aliases, summary, category (both languages), tags and status. */
export const componentDocuments: DocumentSource = ({ categories, components }) => {
  const categoryById = new Map(categories.map((c) => [c.id, c.data]));
  return sortByName(components).map(({ id, data }) => {
    const category = categoryById.get(data.category);
    return {
      kind: 'component',
      title: data.name,
      url: componentPath(id),
      names: data.aliases,
      keywords: [...data.tags, data.status.state],
      context: category ? [category.name, category.nameZh] : [],
      summary: data.summary,
      ...(category ? { meta: category.name } : {}),
    };
  });
};

/** Each category, found by its English or Chinese name. */
export const categoryDocuments: DocumentSource = ({ categories }) =>
  sortCategories(categories).map(({ id, data }) => ({
    kind: 'category',
    title: data.name,
    url: categoryPath(id),
    names: [data.nameZh],
    keywords: [],
    context: [],
    summary: data.summary,
    meta: data.nameZh,
  }));

/**
 * The sections of each component page, linked by their anchors. Only the heading is searched;
 * the page's name is shown beside it so "Status today" says whose status.
 */
export const componentSectionDocuments: DocumentSource = ({ components, componentHeadings }) =>
  sortByName(components).flatMap(({ id, data }) =>
    (componentHeadings[id] ?? [])
      .filter((h) => h.depth === 2 || h.depth === 3)
      .map((h) => ({
        kind: 'section' as const,
        title: h.text,
        url: `${componentPath(id)}#${h.slug}`,
        names: [],
        keywords: [],
        context: [],
        summary: '',
        meta: data.name,
      })),
  );

/**
 * The extension point: every source of search records, in the order records are stored. To make
 * guides, matrix rows or release lines searchable, add their data to `SearchInputs`, write one
 * `DocumentSource` that maps each item to `{ kind, title, url, names, keywords, context,
 * summary, meta }`, list it here, and add its kind to `searchKinds` in search-engine.ts with a
 * `search.kind.<kind>` label in src/i18n/ui.ts.
 */
export const documentSources: DocumentSource[] = [componentDocuments, categoryDocuments, componentSectionDocuments];

export function buildSearchRecords(inputs: SearchInputs, sources: DocumentSource[] = documentSources): SearchRecord[] {
  return sources.flatMap((source) => source(inputs));
}

/** The records plus Fuse's prebuilt index, ready to serve as JSON. */
export function buildSearchIndexFile(records: SearchRecord[]): SearchIndexFile {
  return { version: 1, records, index: Fuse.createIndex(searchKeys, records).toJSON() };
}
