/**
 * Chinese queries for the search engine: readers' words mapped to the site's terms, and a
 * phrase written without spaces split into words with Intl.Segmenter (built into browsers and
 * Node, so nothing is downloaded for it).
 */

const han = /\p{Script=Han}/u;

/** Particles that carry no meaning on their own in a query: 的, 和, 与 … */
const particles = new Set(['的', '和', '与', '及', '或', '在', '是', '了', '用', '把', '对', '中']);

let segmenter: Intl.Segmenter | undefined;

/**
 * A query with each Chinese run split into words, space-separated, so every word must appear
 * somewhere in a record: "日志采集方案" → "日志 采集 方案". Latin words are kept as typed, and
 * single-character particles are dropped unless they are all there is.
 */
export function segmentQuery(query: string): string {
  if (!han.test(query) || typeof Intl === 'undefined' || !('Segmenter' in Intl)) return query;
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words: string[] = [];
  for (const part of query.split(' ')) {
    if (!han.test(part)) {
      if (part) words.push(part);
      continue;
    }
    for (const { segment, isWordLike } of segmenter.segment(part)) if (isWordLike) words.push(segment);
  }
  const meaningful = words.filter((w) => !(w.length === 1 && particles.has(w)));
  return (meaningful.length ? meaningful : words).join(' ');
}

/**
 * Replaces words readers type with the term the site writes: Chinese words wherever they occur
 * in the query (入口控制器 → Ingress 控制器), other words only when they are the whole query
 * (apiserver → API 服务器), longest first so a longer word wins over a word inside it.
 */
export function applySynonyms(query: string, synonyms: Readonly<Record<string, string>>): string {
  let result = query;
  const words = Object.keys(synonyms).sort((a, b) => b.length - a.length);
  for (const word of words) {
    const term = synonyms[word]!;
    if (han.test(word)) {
      if (result.includes(word) && !result.includes(term)) result = result.split(word).join(` ${term} `);
    } else if (result.toLowerCase() === word.toLowerCase()) {
      result = term;
    }
  }
  return result.replace(/\s+/g, ' ').trim();
}
