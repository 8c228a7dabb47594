#!/usr/bin/env node
// Benchmarks site search on the built site (run `npm run build` first).
// Usage: npm run bench:search [-- --port 4599 --rounds 1 --locales en,zh-cn --factors 1,10,100
//                                --dist dist --skip-full-text --names-only --no-worker]
//
// For each locale and for the real corpus and generated ones 10x and 100x larger, in headless
// Chromium, with the header field of that locale's home page:
//   names index   the size of search-index.json (raw, gzip, brotli)
//   keystrokes    keydown (or beforeinput, for Chinese) -> names results in the DOM with layout
//                 done: median and 95th percentile over every keystroke of every query
//   longest task  the longest main-thread task (PerformanceObserver 'longtask', over 50 ms)
//                 while the index loads (first focus to first results) and while typing
//   full text     the Pagefind bundle's size, and the bytes fetched by a first and by a second
//                 full-text query, as served with gzip (Pagefind's pieces are gzip already)
// Not a test: it prints numbers and the targets beside them, and never fails on them.
// --dist measures another build (an older commit's, say) with the same script.
// --names-only keeps the full-text index out of the keystroke timing (its requests fail);
// --no-worker hides Worker from the page, so the names engine runs on the page's own thread
// (the fallback path): together they compare the two places the engine can run.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { fullTextCorpus, namesCorpus } from './lib/search-corpus.mjs';
import { fullTextPages } from '../src/lib/search/full-text-build.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('port', process.env.E2E_PORT ?? 4599));
const rounds = Number(option('rounds', 1));
const dist = option('dist', 'dist');
const locales = option('locales', 'en,zh-cn').split(',');
const factors = option('factors', '1,10,100').split(',').map(Number);
const noWorker = args.includes('--no-worker');
const namesOnly = args.includes('--names-only') || noWorker;
const skipFullText = args.includes('--skip-full-text') || noWorker;

const prefixOf = (locale) => (locale === 'en' ? '' : `${locale}/`);
if (!existsSync(`${dist}/search-index.json`)) {
  console.error(`${dist}/search-index.json is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const hasFullText = existsSync(`${dist}/pagefind/pagefind.js`);

const kb = (bytes) => (bytes === undefined ? '-' : `${(bytes / 1024).toFixed(1)} KB`);
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// Queries a reader might type, taken from the index itself: names, typos of names, category
// names in the locale's language, aliases and tags. Every prefix of each is measured, as typed.
function queries(real) {
  const components = real.records.filter((r) => r.kind === 'component');
  const categories = real.records.filter((r) => r.kind === 'category');
  const list = [];
  for (const c of components.slice(0, 6)) {
    const name = c.title.toLowerCase();
    list.push(name, name.length > 5 ? name.slice(0, 3) + name[4] + name[3] + name.slice(5) : name);
  }
  for (const c of categories.slice(0, 4)) list.push(c.title, c.names[0]);
  for (const c of components.slice(0, 4)) if (c.names[0]) list.push(c.names[0]);
  for (const c of components.slice(0, 4)) if (c.keywords[0]) list.push(c.keywords[0]);
  return [...new Set(list.filter(Boolean))];
}

/** Words from the pages' prose for the full-text queries: the first and the second query. */
const fullTextQueries = { en: ['encapsulation', 'kernel'], 'zh-cn': ['封装', '内核'] };

/** Serves a request under /pagefind/ from a generated bundle instead of the build's. */
async function routeBundle(page, bundleDir) {
  if (!bundleDir) return;
  await page.route('**/pagefind/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/pagefind\//, '');
    const file = join(bundleDir, path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: extname(file) === '.js' ? 'text/javascript' : extname(file) === '.json' ? 'application/json' : 'application/octet-stream' });
  });
}

/** Bytes a response costs with gzip, as nginx or GitHub Pages send it: text compressed, Pagefind's pieces as they are. */
function servedBytes(url, body) {
  return /\.(js|json|css|html)$/.test(new URL(url).pathname) ? gzip(body) : body.length;
}

async function measure(browser, { locale, body, bundleDir, list }) {
  const page = await browser.newPage();
  let where = 'page';
  page.on('request', (request) => {
    if (request.url().includes('search-worker')) where = 'worker';
  });
  await page.addInitScript(() => {
    const w = window;
    w.__long = [];
    new PerformanceObserver((entries) => {
      for (const e of entries.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  if (noWorker) await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  if (namesOnly) await page.route('**/pagefind/**', (route) => route.abort());
  else await routeBundle(page, bundleDir);
  await page.goto(`http://127.0.0.1:${port}/${prefixOf(locale)}`);
  const field = page.locator('#site-search-input');
  const typingStarts = await page.evaluate(() => performance.now());
  await field.focus();
  // Wait until the engine has loaded: a first query renders results.
  await field.fill('zz');
  await page.locator('[role="listbox"] [role="option"]').first().waitFor();
  const loaded = await page.evaluate(() => performance.now());
  await field.fill('');
  await page.evaluate(() => {
    const w = window;
    w.__dom = [];
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
  const { dom, loading, typing } = await page.evaluate(({ from, loaded }) => {
    const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));
    return {
      dom: window.__dom,
      loading: longest(window.__long.filter((t) => t.start >= from && t.start < loaded)),
      typing: longest(window.__long.filter((t) => t.start >= loaded)),
    };
  }, { from: typingStarts, loaded });
  if (process.env.DEBUG_LONG) console.log(await page.evaluate((loaded) => window.__long.map((t) => [Math.round(t.start - loaded), Math.round(t.duration)]), loaded));
  await page.close();
  return { dom, loading, typing, where };
}

/** Bytes fetched under /pagefind/ by a first and a second full-text query, on a fresh page. */
async function fullTextBytes(browser, { locale, bundleDir }) {
  const page = await browser.newPage();
  await routeBundle(page, bundleDir);
  let bytes = 0;
  const counting = [];
  page.on('response', (response) => {
    if (!response.url().includes('/pagefind/')) return;
    counting.push(response.body().then((body) => (bytes += servedBytes(response.url(), body)), () => undefined));
  });
  await page.goto(`http://127.0.0.1:${port}/${prefixOf(locale)}`);
  const field = page.locator('#site-search-input');
  await field.focus();
  const spent = [];
  const times = [];
  for (const query of fullTextQueries[locale]) {
    const before = bytes;
    const started = Date.now();
    const done = page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('site-search:full-text', resolve, { once: true });
      setTimeout(resolve, 30_000);
    }));
    await field.fill(query);
    await done;
    times.push(Date.now() - started);
    await page.waitForLoadState('networkidle');
    await Promise.all(counting);
    spent.push(bytes - before);
  }
  await page.close();
  return { first: spent[0], second: spent[1], firstMs: times[0], secondMs: times[1] };
}

function folderBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    total += statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

function htmlFiles(root, dir = root) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(root, path);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

const server = spawn(process.execPath, ['scripts/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
await new Promise((resolve) => setTimeout(resolve, 600));

const scratch = mkdtempSync(join(tmpdir(), 'bench-search-'));
const rows = [];
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const pages = fullTextPages(htmlFiles(dist), '/');
  for (const locale of locales) {
    const realText = readFileSync(`${dist}/${prefixOf(locale)}search-index.json`);
    const real = JSON.parse(realText.toString('utf8'));
    for (const factor of factors) {
      const body = factor === 1 ? realText.toString('utf8') : JSON.stringify(namesCorpus(real, factor));
      let bundleDir;
      let bundleBytes;
      if (hasFullText && !skipFullText) {
        if (factor === 1) bundleBytes = folderBytes(`${dist}/${prefixOf(locale)}pagefind`);
        else {
          bundleDir = join(scratch, `${locale}-${factor}`);
          const own = pages.filter((p) => (locale === 'en' ? !/^[a-z]{2}-[a-z]+\//.test(p.file) : p.file.startsWith(prefixOf(locale))));
          await fullTextCorpus(dist, own, factor, bundleDir);
          bundleBytes = folderBytes(bundleDir);
        }
      }
      // The largest corpus types half the queries (names and their typos alike), to keep the run short.
      const list = factor === 100 ? queries(real).filter((_, i) => i % 4 < 2) : queries(real);
      const timing = await measure(browser, { locale, body, bundleDir, list });
      const text = hasFullText && !skipFullText ? await fullTextBytes(browser, { locale, bundleDir }) : {};
      const buffer = Buffer.from(body);
      const row = {
        locale,
        corpus: `${factor}x`,
        records: JSON.parse(body).records.length,
        keystrokes: timing.dom.length,
        engine: timing.where,
        p50: percentile(timing.dom, 50),
        p95: percentile(timing.dom, 95),
        longestLoading: timing.loading,
        longestTyping: timing.typing,
        index: { raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) },
        fullText: { bundle: bundleBytes, ...text },
      };
      rows.push(row);
      const f = (v) => (Number.isNaN(v) ? '-' : v.toFixed(1)).padStart(7);
      console.log(
        `${locale.padEnd(6)}${row.corpus.padStart(5)} ${String(row.records).padStart(7)} rec ${row.engine.padStart(6)} ${String(row.keystrokes).padStart(4)} keys  p50 ${f(row.p50)}  p95 ${f(row.p95)} ms  longest task loading ${f(row.longestLoading)}, typing ${f(row.longestTyping)} ms  names index gzip ${kb(row.index.gzip).padStart(9)}  full text ${kb(bundleBytes).padStart(9)}, 1st query ${kb(text.first).padStart(8)} (${text.firstMs ?? '-'} ms), 2nd ${kb(text.second).padStart(8)} (${text.secondMs ?? '-'} ms)`,
      );
    }
  }
} finally {
  await browser.close();
  stop();
  rmSync(scratch, { recursive: true, force: true });
}
const engine = readdirSync(`${dist}/_astro`).find((f) => /^(search-worker|engine)/.test(f) && f.endsWith('.js'));
if (engine) console.log(`\nEngine script (${engine}): gzip ${kb(gzip(readFileSync(`${dist}/_astro/${engine}`)))}`);
console.log('Targets: keystroke p95 <= 16 ms (1x), <= 50 ms (100x), both locales; no main-thread task over 50 ms while typing;');
console.log('         first full-text query <= 150 KB, later ones far less. (Benchmark, not a test: nothing fails here.)');
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
