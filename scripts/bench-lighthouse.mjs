#!/usr/bin/env node
// Lighthouse's performance figures for one page of every type, in English and in Chinese.
// Not a test: it measures and prints. The machine is shared and noisy, so every figure is the
// median of several runs, and the runs of different pages alternate (round 1 of every page,
// then round 2, …) so that a busy minute spreads over all pages instead of spoiling one.
//
//   npm run bench:lighthouse                       after `npm run build`: every type, 3 runs
//   npm run bench:lighthouse -- --runs 5           more runs per page
//   npm run bench:lighthouse -- --only matrix,versions      some page types
//   npm run bench:lighthouse -- --starlight        also a plain Starlight site with the same
//                                                  content (scripts/bench-starlight.mjs), in the
//                                                  same rounds, with FCP ratios
//   npm run bench:lighthouse -- --dist DIR         another build (e.g. one saved before a change)
//   npm run bench:lighthouse -- --reports DIR      keep each page's last full Lighthouse report (JSON)
//   npm run bench:lighthouse -- --no-gzip          serve uncompressed (every real host compresses)
//   npm run bench:lighthouse -- --baseline DIR     also an earlier build (e.g. main's dist/ copied
//                                                  away), each of its pages right before ours, with
//                                                  the change in FCP and score
//
// Lighthouse runs with its defaults: the mobile profile (Moto G Power-sized screen, simulated
// slow 4G, 4× CPU slowdown), on the Chromium from scripts/lib/chromium.mjs. The site is served by
// scripts/serve.mjs, the server the browser tests use, with gzip as GitHub Pages and deploy/nginx.conf
// serve it (Lighthouse's slow 4G counts every byte). Results go to bench-results/lighthouse.json.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumBinary } from './lib/chromium.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(value('--runs') ?? 3);
const PORT = Number(value('--port') ?? 4710);
const DIST = resolve(value('--dist') ?? join(root, 'dist'));
const ONLY = value('--only')?.split(',');
const STARLIGHT = args.includes('--starlight');
const REPORTS = value('--reports');
const GZIP = !args.includes('--no-gzip');
const BASELINE = value('--baseline') && resolve(value('--baseline'));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}: run \`npm run build\` first.`);
  process.exit(1);
}

/** The first link on the built home page whose address matches, e.g. the first category. */
function firstLink(pattern) {
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  const hrefs = [...home.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  const found = hrefs.find((h) => pattern.test(h));
  if (!found) throw new Error(`the home page links no page matching ${pattern}`);
  return found;
}

// One page of every type. Category, component and guide are the first the home page links, so the
// choice follows the content rather than a name typed here.
const types = [
  { type: 'home', path: '/' },
  { type: 'category', path: firstLink(/^\/categories\/[^/]+\/$/) },
  { type: 'component', path: firstLink(/^\/components\/[^/]+\/$/) },
  { type: 'guide', path: firstLink(/^\/guides\/[^/]+\/$/) },
  { type: 'matrix', path: '/compare/ingress/' },
  { type: 'versions', path: '/versions/' },
  { type: 'kube-proxy', path: '/kube-proxy/' },
  { type: 'conformance', path: '/conformance/gateway-api/' },
  { type: 'search', path: '/search/' },
  { type: 'api', path: '/api/' },
].filter((t) => !ONLY || ONLY.includes(t.type));

const origin = `http://127.0.0.1:${PORT}`;
const targets = types.flatMap((t) => [
  { name: t.type, locale: 'en', url: `${origin}${t.path}` },
  { name: t.type, locale: 'zh-cn', url: `${origin}/zh-cn${t.path}` },
]);

const servers = [];
function serve(dir, port) {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), dir, String(port), '/', ...(GZIP ? ['--gzip'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    servers.push(child);
    child.stdout.once('data', () => ready(child));
    child.once('exit', (code) => fail(new Error(`the server for ${dir} exited (${code})`)));
  });
}

await serve(DIST, PORT);
if (BASELINE) {
  // The earlier build's page runs right before ours, so both meet the same moment of a noisy machine.
  await serve(BASELINE, PORT + 2);
  for (const t of [...targets]) {
    const url = t.url.replace(`:${PORT}/`, `:${PORT + 2}/`);
    targets.splice(targets.indexOf(t), 0, { name: `before ${t.name}`, locale: t.locale, url, baseline: t.name });
  }
}
if (STARLIGHT) {
  // The Starlight twin of the matrix and versions pages, built from this build's content.
  const { buildStarlight } = await import('./bench-starlight.mjs');
  const site = await buildStarlight(DIST);
  const port = PORT + 1;
  await serve(site.dist, port);
  // Each twin runs right after its page of ours, so both meet the same moment of a noisy machine.
  for (const page of site.pages) {
    const twin = { name: `starlight ${page.type}`, locale: page.locale, url: `http://127.0.0.1:${port}${page.path}`, starlight: page.type };
    const ours = targets.findIndex((t) => t.name === page.type && t.locale === page.locale);
    targets.splice(ours >= 0 ? ours + 1 : targets.length, 0, twin);
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: chromiumBinary(),
  chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
});
// Stopped early (Ctrl-C), the browser and the servers stop too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    chrome.kill();
    for (const s of servers) s.kill();
    process.exit(130);
  });
}
const runs = new Map(targets.map((t) => [t.url, []]));
const version = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
try {
  // One run that is not counted: the first load after Chromium starts is slower for reasons that
  // have nothing to do with the page (cold caches of the browser and of the server's files).
  await lighthouse(targets[0].url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  for (let round = 1; round <= RUNS; round += 1) {
    for (const target of targets) {
      const result = await lighthouse(target.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        console.error(`${target.url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        continue;
      }
      if (REPORTS) {
        mkdirSync(REPORTS, { recursive: true });
        writeFileSync(join(REPORTS, `${target.name.replace(/\W+/g, '-')}.${target.locale}.json`), result.report);
      }
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      runs.get(target.url).push({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        si: audit('speed-index'),
      });
      process.stderr.write(`round ${round}/${RUNS} ${target.name} ${target.locale}: ${runs.get(target.url).at(-1).score}\n`);
    }
  }
} finally {
  chrome.kill();
  for (const s of servers) s.kill();
}

const rows = targets.map((t) => {
  const list = runs.get(t.url);
  const m = (k) => median(list.map((r) => r[k]));
  return {
    page: t.name,
    locale: t.locale,
    path: new URL(t.url).pathname,
    runs: list.length,
    score: m('score'),
    fcp: Math.round(m('fcp')),
    lcp: Math.round(m('lcp')),
    tbt: Math.round(m('tbt')),
    cls: Number(m('cls').toFixed(3)),
    si: Math.round(m('si')),
    scores: list.map((r) => r.score).join(' '),
    fcps: list.map((r) => Math.round(r.fcp)).join(' '),
    starlight: t.starlight,
    baseline: t.baseline,
  };
});

console.log(`\nLighthouse ${version} mobile (defaults), ${GZIP ? 'gzip' : 'uncompressed'}, median of ${RUNS} runs; times in ms:`);
console.table(rows.map(({ starlight, baseline, ...r }) => r));
const ratios = [];
for (const s of rows.filter((r) => r.starlight)) {
  const ours = rows.find((r) => !r.starlight && r.page === s.starlight && r.locale === s.locale);
  if (ours) ratios.push({ page: s.starlight, locale: s.locale, 'ours FCP': ours.fcp, 'Starlight FCP': s.fcp, 'ours / Starlight': Number((ours.fcp / s.fcp).toFixed(3)), 'no later': ours.fcp <= s.fcp ? 'yes' : 'NO' });
}
const changes = [];
for (const b of rows.filter((r) => r.baseline)) {
  const ours = rows.find((r) => !r.baseline && !r.starlight && r.page === b.baseline && r.locale === b.locale);
  if (ours) changes.push({ page: b.baseline, locale: b.locale, 'score before': b.score, 'score now': ours.score, 'FCP before': b.fcp, 'FCP now': ours.fcp, 'TBT before': b.tbt, 'TBT now': ours.tbt, 'CLS before': b.cls, 'CLS now': ours.cls });
}
if (changes.length) {
  console.log(`Before (${BASELINE}) and now, the same rounds:`);
  console.table(changes);
}
if (ratios.length) {
  console.log('First contentful paint beside the Starlight page with the same content:');
  console.table(ratios);
}
const below = rows.filter((r) => !r.starlight && !r.baseline && r.score < 100);
console.log(below.length ? `Below 100: ${below.map((r) => `${r.page} (${r.locale}) ${r.score}`).join(', ')}` : 'Every page scores 100 (median).');
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/lighthouse.json'), `${JSON.stringify({ date: new Date().toISOString(), lighthouse: version, gzip: GZIP, runs: RUNS, dist: DIST, baseline: BASELINE, rows, changes, ratios }, null, 2)}\n`);
console.log('Wrote bench-results/lighthouse.json');
