// Lays out pages found by their text, for the header popup and the search page, in the same
// parts as the other results: title, section beside it, and the sentence below with the
// words marked. All of it is text: the excerpt arrives as segments (lib/search/full-text.ts).
import type { FullTextHit } from '../../lib/search/full-text';
import { segmentSpan, textSpan } from './search-dom';

/** A page's address without its #fragment, for telling whether a page is listed already. */
export const pageOf = (url: string): string => url.split('#')[0] ?? url;

/** A hit's title, section (when it has one) and sentence, with classes `<block>__title` and so on. */
export function fullTextParts(hit: FullTextHit, block: string): { title: HTMLElement; rest: HTMLElement[] } {
  return {
    title: textSpan(`${block}__title`, hit.title),
    rest: [
      ...(hit.section ? [textSpan(`${block}__meta`, hit.section)] : []),
      segmentSpan(`${block}__detail ${block}__excerpt`, hit.excerpt),
    ],
  };
}

/** Appends one option per hit to `group`, made by `make(index, url)`. */
export function fullTextOptions(
  hits: readonly FullTextHit[],
  make: (index: number, url: string) => HTMLElement,
  group: HTMLElement,
  block: string,
): void {
  hits.forEach((hit, i) => {
    const option = make(i, hit.url);
    const { title, rest } = fullTextParts(hit, block);
    option.append(title, ...rest);
    group.append(option);
  });
}
