// Larger search corpora for scripts/bench-search.mjs, made from the built site: the names index
// with (factor - 1) altered copies of every record, and a full-text index with (factor - 1)
// altered copies of every page. Deterministic, so every run measures the same corpora; written
// to a temporary folder, never committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import * as pagefind from 'pagefind';

/** A seeded generator of made-up words. */
export function wordMaker(seed = 42) {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const syllables = ['ka', 'ro', 'mi', 'tes', 'lun', 'vor', 'pi', 'dex', 'sa', 'nor', 'qua', 'zel', 'fi', 'bo', 'trin', 'gal'];
  const han = ['澜', '锂', '骁', '琨', '翊', '淼', '昶', '珩', '璟', '煜', '湛', '钧'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const hanWord = () => Array.from({ length: 2 }, () => han[Math.floor(random() * han.length)]).join('');
  const shuffle = (list) => [...list].sort(() => random() - 0.5);
  return { random, word, hanWord, shuffle };
}

/** The names index with (factor - 1) altered copies of each record: new words in names and summaries. */
export function namesCorpus(real, factor) {
  if (factor === 1) return real;
  const { word, shuffle } = wordMaker();
  const keys = real.index.keys.map((k) => ({ name: k.src, weight: k.weight }));
  const records = [...real.records];
  for (let copy = 1; copy < factor; copy += 1) {
    for (const r of real.records) {
      const tag = word();
      records.push({
        ...r,
        title: `${word()} ${r.title.split(' ').slice(-1)[0]} ${tag}`,
        url: `${r.url}?copy=${copy}`,
        names: r.names.map((n) => `${n}-${tag}`),
        keywords: shuffle([...r.keywords, word()]),
        summary: shuffle(r.summary.split(' ')).join(' '),
      });
    }
  }
  return { ...real, records, index: Fuse.createIndex(keys, records).toJSON() };
}

/** The text of a page's <main>, roughly: tags dropped, entities of the escaped kind decoded. */
function mainText(html) {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Writes a Pagefind bundle to `outDir` holding the built pages of `dist` (as the site's own
 * index does) plus (factor - 1) copies of each: its sentences in another order, each with two
 * made-up words, so the vocabulary grows as a larger catalog's would.
 */
export async function fullTextCorpus(dist, pages, factor, outDir) {
  const { word, hanWord, shuffle } = wordMaker(7);
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['.anchor-link'] });
  if (!index) throw new Error(errors.join('; '));
  try {
    for (const page of pages) {
      const html = readFileSync(join(dist, page.file), 'utf8');
      await index.addHTMLFile({ url: page.url, content: html });
      if (factor === 1) continue;
      const language = /<html[^>]*lang="zh/i.test(html) ? 'zh-cn' : 'en';
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? page.url;
      const sentences = mainText(html).split(/(?<=[.。])\s*/);
      for (let copy = 1; copy < factor; copy += 1) {
        const made = language === 'en' ? `${word()} ${word()}` : `${hanWord()}${hanWord()}`;
        const content = shuffle(sentences).map((s, i) => (i % 7 === 0 ? `${s} ${made}` : s)).join(' ');
        await index.addCustomRecord({ url: `${page.url}?copy=${copy}`, content, language, meta: { title: `${title} ${copy}` } });
      }
    }
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}
