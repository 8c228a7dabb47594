// The interface strings the search scripts need in the browser. Importing the whole dictionary
// (src/i18n/ui.ts) into a client script would ship every string of the site on every page, so
// the header writes just these into the page as JSON (SiteSearch.astro) and the scripts read
// them from there. The key list is shared, so a key the scripts use but the page lacks is a
// type error rather than a blank.
import type { UiKey } from '../../i18n/ui';
import type { SearchKind } from '../../lib/search/engine';

export const searchKindKeys = {
  component: 'search.kind.component',
  category: 'search.kind.category',
  guide: 'search.kind.guide',
  feature: 'search.kind.feature',
  release: 'search.kind.release',
  section: 'search.kind.section',
} as const satisfies Record<SearchKind, UiKey>;

export const searchStringKeys = [
  'search.short',
  'search.failed',
  'search.loading',
  'search.all',
  'search.none',
  'search.page.empty',
  'search.result.one',
  'search.result.other',
  ...Object.values(searchKindKeys),
] as const satisfies readonly UiKey[];

export type SearchStringKey = (typeof searchStringKeys)[number];

let strings: Record<string, string> | undefined;

/** Reads one of the strings the header wrote into the page. */
export function searchText(key: SearchStringKey): string {
  strings ??= JSON.parse(document.querySelector('script[data-search-strings]')?.textContent ?? '{}') as Record<string, string>;
  return strings[key] ?? '';
}
