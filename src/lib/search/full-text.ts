/**
 * Full-text results from Pagefind's index, made into what the site shows: the page (and the
 * section) where the words are, and the sentence around them with the words marked.
 *
 * Pagefind's excerpts are HTML: the page's text with `<`, `>` and `&` escaped and the matched
 * words wrapped in `<mark>`. They are never put into the page as HTML here: `excerptSegments`
 * reads the two tags Pagefind writes and decodes the entities into plain text runs, which the
 * page appends as text nodes. Anything else that looks like markup stays letters.
 */
import type { Segment } from './highlight';

/** The part of a Pagefind result's data this module reads (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta?: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** One page that holds the words. */
export interface FullTextHit {
  /** The address: the section holding the words (with its #anchor) when Pagefind knows it. */
  url: string;
  /** The page's title. */
  title: string;
  /** The section's heading, when the words are under one other than the page's title. */
  section?: string;
  /** The sentence around the words, marked. */
  excerpt: Segment[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind (or the page) may leave in text. Unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Zero-width spaces Pagefind may put between Chinese words; they are not the page's text. */
const zeroWidth = /[\u200b\u200c\u200d\ufeff]/g;

/**
 * Splits a Pagefind excerpt into text runs, marked where Pagefind wrapped a match in <mark>.
 * Only `<mark>` and `</mark>` are read as tags; every other character is text.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else {
      const text = decodeEntities(part).replace(zeroWidth, '').replace(/\s+/g, ' ');
      if (!text) continue;
      const last = segments[segments.length - 1];
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/** Where a sentence ends: after . ! ? followed by a space or the end, or after a Chinese full stop, ! or ?. */
const sentenceEnd = /[.!?](?=\s|$)|[。！？]/g;

const ellipsis = '…';

/**
 * The sentence that holds the first marked run, cut out of an excerpt, with the marks inside
 * it kept. Pagefind's excerpt is a window of words around the match, so the sentence may run
 * past either end of it; that side gets an ellipsis. An excerpt without marks is kept whole.
 */
export function sentenceAround(segments: readonly Segment[]): Segment[] {
  const text = segments.map((s) => s.text).join('');
  const firstMark = segments.findIndex((s) => s.mark);
  if (firstMark < 0) return segments.map((s) => ({ ...s }));
  const markStart = segments.slice(0, firstMark).reduce((n, s) => n + s.text.length, 0);
  const markEnd = markStart + segments[firstMark]!.text.length;
  let start = -1;
  let end = -1;
  for (const match of text.matchAll(sentenceEnd)) {
    const after = match.index + match[0].length;
    if (after <= markStart) start = after;
    else if (match.index >= markEnd - 1 && end < 0) end = after;
  }
  const from = start < 0 ? 0 : start;
  const to = end < 0 ? text.length : end;
  const cut: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const a = Math.max(from, offset);
    const b = Math.min(to, offset + segment.text.length);
    if (a < b) cut.push({ text: segment.text.slice(a - offset, b - offset), mark: segment.mark });
    offset += segment.text.length;
  }
  const first = cut[0];
  const last = cut[cut.length - 1];
  if (first && !first.mark) first.text = first.text.trimStart();
  if (last && !last.mark) last.text = last.text.trimEnd();
  if (start < 0) cut.unshift({ text: ellipsis, mark: false });
  if (end < 0) cut.push({ text: ellipsis, mark: false });
  return mergeRuns(cut.filter((s) => s.text));
}

function mergeRuns(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.mark === segment.mark) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

const hasMark = (excerpt: string) => excerpt.includes('<mark>');

/**
 * A page's result: linked to the section where most of the matches are (Pagefind's sub-results
 * follow the page's headings with ids), else to the page; shown with the sentence around the
 * first match in that section.
 */
export function fullTextHit(data: PagefindResultData): FullTextHit {
  const title = decodeEntities(data.meta?.title ?? '').trim() || data.url;
  let best: NonNullable<PagefindResultData['sub_results']>[number] | undefined;
  for (const sub of data.sub_results ?? []) {
    if (!hasMark(sub.excerpt)) continue;
    if (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  }
  const excerpt = sentenceAround(excerptSegments(best?.excerpt ?? data.excerpt));
  const section = best ? decodeEntities(best.title).trim() : '';
  return {
    url: best?.url ?? data.url,
    title,
    ...(section && section !== title && best?.url.includes('#') ? { section } : {}),
    excerpt,
  };
}
