// Browser helpers shared by the header search field and the search page. Everything a reader
// typed or the index holds reaches the page through textContent or text nodes, never as HTML.
import { searchKindKeys, searchT, searchText } from './search-strings';
import type { SearchKind, Segment } from '../../lib/search/engine';
import { foreignLang } from '../../lib/format/text';

export const kindLabel = (kind: SearchKind) => searchText(searchKindKeys[kind]);
export const resultCount = (n: number) => searchT().count(n, 'result');

/** Appends text runs to `parent`, wrapping matched runs in <mark>. */
export function appendSegments(parent: Element, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

/** A span with a class, filled with marked text. */
export function segmentSpan(className: string, segments: readonly Segment[]): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  appendSegments(span, segments);
  const lang = foreignLang(span.textContent ?? '', document.documentElement.lang);
  if (lang) span.lang = lang;
  return span;
}

export function textSpan(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  const lang = foreignLang(text, document.documentElement.lang);
  if (lang) span.lang = lang;
  return span;
}
