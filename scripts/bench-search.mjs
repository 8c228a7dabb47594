#!/usr/bin/env node
// Benchmarks site search on the built site (run `npm run build` first).
// Usage: npm run bench:search [-- --port 4599 --rounds 3]
//
// Reports the index's size (raw, gzip, brotli) and the time from a keystroke in the header
// field to the results being in the page, in headless Chromium, for the real index and for
// generated corpora 10x and 100x larger. Two timings per keystroke:
//   dom:   keydown -> results in the DOM with layout done (forced at the end of rendering)
//   frame: keydown -> the next animation frame, i.e. the frame that paints the results
// Numbers are medians (p50) and 95th percentiles over every keystroke of every query.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('port', process.env.E2E_PORT ?? 4599));
const rounds = Number(option('rounds', 1));
const dist = 'dist';

if (!existsSync(`${dist}/search-index.json`)) {
  console.error('dist/search-index.json is missing: run `npm run build` first.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const realText = readFileSync(`${dist}/search-index.json`);
const real = JSON.parse(realText.toString('utf8'));
const keys = real.index.keys.map((k) => ({ name: k.src, weight: k.weight }));

// A deterministic generator, so every run measures the same corpora.
let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};
const syllables = ['ka', 'ro', 'mi', 'tes', 'lun', 'vor', 'pi', 'dex', 'sa', 'nor', 'qua', 'zel', 'fi', 'bo', 'trin', 'gal'];
const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
const shuffle = (list) => [...list].sort(() => random() - 0.5);

/** The real records plus (factor - 1) altered copies of each: new words in names and summaries. */
function generate(factor) {
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
  return { version: 1, records, index: Fuse.createIndex(keys, records).toJSON() };
}

// Queries a reader might type, taken from the index itself: names, typos of names, Chinese
// names, aliases and tags. Every prefix of each is measured, as it is typed.
function queries() {
  const components = real.records.filter((r) => r.kind === 'component');
  const categories = real.records.filter((r) => r.kind === 'category');
  const list = [];
  for (const c of components.slice(0, 6)) {
    const name = c.title.toLowerCase();
    list.push(name, name.length > 5 ? name.slice(0, 3) + name[4] + name[3] + name.slice(5) : name);
  }
  for (const c of categories.slice(0, 4)) list.push(c.names[0]);
  for (const c of components.slice(0, 4)) if (c.names[0]) list.push(c.names[0]);
  for (const c of components.slice(0, 4)) if (c.keywords[0]) list.push(c.keywords[0]);
  return list;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(browser, label, body, list) {
  const page = await browser.newPage();
  await page.route('**/search-index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(`http://127.0.0.1:${port}/`);
  const field = page.getByRole('combobox', { name: 'Search the site' });
  await field.focus();
  // Wait until the engine has loaded: a first query renders results.
  await field.fill('zz');
  await page.locator('[role="listbox"] [role="option"]').first().waitFor();
  await field.fill('');
  await page.evaluate(() => {
    const w = window;
    w.__dom = [];
    w.__frame = [];
    // A keystroke starts the clock; text inserted without a key (Chinese, via insertText) starts
    // it at beforeinput. A keystroke that renders nothing (a single letter) is not counted.
    let t0 = null;
    document.addEventListener('keydown', (event) => (t0 = event.timeStamp), true);
    document.addEventListener('beforeinput', (event) => (t0 ??= event.timeStamp), true);
    document.addEventListener('site-search:rendered', (event) => {
      if (t0 === null) return;
      const begin = t0;
      t0 = null;
      void event.target.querySelector('[role="listbox"]').offsetHeight;
      w.__dom.push(performance.now() - begin);
      requestAnimationFrame(() => w.__frame.push(performance.now() - begin));
    });
  });
  for (let round = 0; round < rounds; round += 1) {
    for (const query of list) {
      await field.fill('');
      await page.keyboard.type(query, { delay: 40 });
      await page.waitForTimeout(60);
    }
  }
  await page.waitForTimeout(100);
  const { dom, frame } = await page.evaluate(() => ({ dom: window.__dom, frame: window.__frame }));
  await page.close();
  return { label, records: JSON.parse(body).records.length, samples: dom.length, dom, frame };
}

const server = spawn(process.execPath, ['scripts/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
await new Promise((resolve) => setTimeout(resolve, 600));

const corpora = [
  { label: 'real', body: realText.toString('utf8') },
  { label: '10x', body: JSON.stringify(generate(10)) },
  { label: '100x', body: JSON.stringify(generate(100)) },
];

console.log('Index size (search-index.json):');
for (const { label, body } of corpora) {
  const s = sizes(Buffer.from(body));
  console.log(`  ${label.padEnd(5)} raw ${kb(s.raw).padStart(9)}  gzip ${kb(s.gzip).padStart(9)}  brotli ${kb(s.brotli).padStart(9)}`);
}
const engineChunk = readdirSync(`${dist}/_astro`).find((f) => f.startsWith('engine') && f.endsWith('.js'));
if (engineChunk) {
  const s = sizes(readFileSync(`${dist}/_astro/${engineChunk}`));
  console.log(`Lazy script (fuse.js + engine): raw ${kb(s.raw)}, gzip ${kb(s.gzip)}, brotli ${kb(s.brotli)}`);
}

const browser = await chromium.launch(chromiumLaunchOptions());
console.log('\nKeystroke to results, headless Chromium (ms):');
console.log('  corpus  records  keystrokes   dom p50   dom p95   frame p50   frame p95');
try {
  for (const { label, body } of corpora) {
    // The largest corpus types half the queries (names and their typos alike), to keep the run short.
    const list = label === '100x' ? queries().filter((_, i) => i % 4 < 2) : queries();
    const r = await measure(browser, label, body, list);
    const f = (v) => v.toFixed(1).padStart(8);
    console.log(
      `  ${label.padEnd(6)} ${String(r.records).padStart(8)} ${String(r.samples).padStart(11)}  ${f(percentile(r.dom, 50))}  ${f(percentile(r.dom, 95))}    ${f(percentile(r.frame, 50))}    ${f(percentile(r.frame, 95))}`,
    );
  }
} finally {
  await browser.close();
  stop();
}
console.log('\nTargets: index <= 30 KB compressed (real); p95 <= 16 ms (real), <= 50 ms (10x).');
