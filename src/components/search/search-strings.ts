// The interface strings the search scripts need in the browser. The header writes just these into
// the page (SiteSearch.astro, through ClientStrings) and the scripts read them with
// clientTranslator, like every other client script. The key list is shared, so a key the
// scripts use but the page lacks is a type error rather than a blank.
import type { UiKey } from '../../i18n';
import { clientTranslator, type ClientTranslator } from '../../i18n/client';
import type { SearchKind } from '../../lib/search/engine';

export const searchKindKeys = {
  component: 'search.kind.component',
  category: 'search.kind.category',
  guide: 'search.kind.guide',
  page: 'search.kind.page',
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
  'count.result.one',
  'count.result.other',
  'count.page.one',
  'count.page.other',
  'search.kind.text',
  'search.text.more',
  ...Object.values(searchKindKeys),
] as const satisfies readonly UiKey[];

export type SearchStringKey = (typeof searchStringKeys)[number];

let translate: ClientTranslator<SearchStringKey> | undefined;

/** The search scripts' translator, reading the strings the header wrote into the page. */
export function searchT(): ClientTranslator<SearchStringKey> {
  translate ??= clientTranslator(document.querySelector('site-search') ?? document);
  return translate;
}

/** Reads one of the strings the header wrote into the page. */
export const searchText = (key: SearchStringKey): string => searchT()(key);
