/**
 * The shape of the served search index: the kinds of result, one searchable record, the
 * search-index.json file, and the keys and options Fuse's index is built and read with. It
 * imports only fuse.js types, so the browser engine (engine.ts) and the build that writes the
 * index (records.ts) share it without pulling in either side.
 */
import type { FuseIndex, IFuseOptions } from 'fuse.js';

/**
 * What a result is. Add a kind here, its label in src/i18n/en.ts (`search.kind.<kind>`) and a
 * document source in records.ts. The order is the order of groups when ranks tie.
 */
export const searchKinds = ['component', 'category', 'guide', 'page', 'feature', 'release', 'section'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** One searchable thing on the site: a page, or a place on a page. */
export interface SearchRecord {
  /** What it is; results are grouped by kind. */
  kind: SearchKind;
  /** The main name: a component's name, a category's name, a heading's text. */
  title: string;
  /** Site-internal link, base path included. */
  url: string;
  /** Other names a reader may type: aliases, Chinese names, abbreviations. Ranked like the title. */
  names: string[];
  /** Free keywords: tags, status. */
  keywords: string[];
  /** Words describing where it belongs, such as a component's category in English and Chinese. */
  context: string[];
  /** One line of description. */
  summary: string;
  /** Shown beside the title, never searched: the category of a component, the page of a heading. */
  meta?: string;
}

/** The file served as search-index.json. */
export interface SearchIndexFile {
  /** Format version, bumped when the shape changes. */
  version: 1;
  records: SearchRecord[];
  /** Fuse's index, from `Fuse.createIndex(searchKeys, records).toJSON()`. */
  index: ReturnType<FuseIndex<SearchRecord>['toJSON']>;
  /** Words readers type → the term the records use (the locale glossary's `search` words). */
  synonyms?: Record<string, string>;
}

/** Fields Fuse searches, and how much each counts. Names weigh most. */
/**
 * Fuse only ever looks for typos in names and keywords; context and summaries are searched by
 * the exact-word pass over the records themselves. Keeping them out of Fuse's index halves the
 * served file, since the index repeats the text of every key it covers.
 */
export const searchKeys = [
  { name: 'title', weight: 3 },
  { name: 'names', weight: 2.5 },
  { name: 'keywords', weight: 1.5 },
] satisfies { name: keyof SearchRecord; weight: number }[];

export const fuseOptions: IFuseOptions<SearchRecord> = {
  keys: searchKeys,
  includeScore: true,
  includeMatches: true,
  // Matches count wherever they fall in a field: an alias's last word is as good as its first.
  ignoreLocation: true,
  // Forgives one wrong letter in five or so: `prometeus`, `calcio` (a swap counts as two).
  threshold: 0.34,
  minMatchCharLength: 2,
  ignoreDiacritics: true,
};
