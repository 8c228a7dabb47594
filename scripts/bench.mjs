#!/usr/bin/env node
// The site's benchmark. Not a test: it measures, prints a table, writes bench-results/bench.json
// and reports each budget as pass or over. The machine is shared and noisy, so every figure
// that depends on time is the median of several runs.
//
//   npm run bench                      everything (build, page weight, Lighthouse, build scaling)
//   npm run bench -- --skip-lighthouse --skip-scaling    page weight only
//   npm run bench -- --runs 5          more runs per timed figure
import { chromium } from '@playwright/test';
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumBinary, chromiumLaunchOptions } from './lib/chromium.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const RUNS = option('--runs', 3);
const PORT = option('--port', 4700);
const origin = `http://127.0.0.1:${PORT}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function timeBuild(cwd, env = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync('npx', ['astro', 'build', '--silent'], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build failed in ${cwd}:\n${run.stderr || run.stdout}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function countPages(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n += 1;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Page weight: everything transferred before any interaction, by kind, compressed.
async function pageKinds(browser) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const href = async (selector) => page.locator(selector).first().getAttribute('href').catch(() => null);
  const kinds = [
    { kind: 'home', path: '/' },
    { kind: 'category', path: await href('a[href^="/categories/"][href$="/"]:not([href="/categories/"])') },
    { kind: 'component', path: await href('a[href^="/components/"]') },
  ];
  // Flagship pages are found the way a reader finds them: from the home page's flagship cards.
  const flagshipLinks = await page.locator('#flagships').locator('xpath=ancestor::div[1]/following-sibling::ul[1]//a').evaluateAll((as) =>
    as.map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') })),
  );
  const names = { matrix: /matrix/i, versions: /version/i, charts: /kube-proxy/i, search: /search/i };
  for (const [kind, pattern] of Object.entries(names)) {
    const link = flagshipLinks.find((l) => pattern.test(l.text));
    if (link) kinds.push({ kind, path: link.href });
  }
  // Compare: the largest kind of pair page (two Ingress controllers, with the matrix rows), and
  // the compare page drawing three components of two categories from their data files.
  await page.goto(`${origin}/compare/`);
  const pair = await page.locator('#pairs-ingress .pair-list a').first().getAttribute('href').catch(() => null);
  const other = await page.locator('#pairs-networking .pair-list a').first().getAttribute('href').catch(() => null);
  if (pair) kinds.push({ kind: 'pair', path: pair });
  if (pair && other) {
    const ids = [...pair.split('/').at(-2).split('-vs-'), other.split('/').at(-2).split('-vs-')[0]];
    kinds.push({ kind: 'compare', path: `/compare/?ids=${ids.join(',')}` });
  }
  await page.close();
  return kinds.filter((k) => k.path);
}

async function weigh(browser, { kind, path }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const type = (response.headers()['content-type'] ?? '').split(';')[0];
    try {
      bodies.push({ url: response.url(), type, body: await response.body() });
    } catch {}
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  if (kind.startsWith('charts')) {
    // chart.js loads when a chart nears the viewport: scroll through the page, then weigh again.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
  }
  const coverage = await page.coverage.stopJSCoverage();
  // For the charts page this includes chart.js, which the scroll above brought in.
  const before = bodies;
  await context.close();
  const sum = (list, fn) => list.reduce((total, item) => total + fn(item.body), 0);
  const group = (t) => before.filter((b) => (t === 'html' ? b.type === 'text/html' : t === 'css' ? b.type === 'text/css' : t === 'js' ? /javascript/.test(b.type) : !/html|css|javascript/.test(b.type)));
  const result = { kind, path, requests: before.length };
  for (const t of ['html', 'css', 'js', 'other']) {
    const list = group(t);
    result[t] = { raw: sum(list, (b) => b.length), gzip: sum(list, gzip), brotli: sum(list, brotli) };
  }
  result.total = {
    gzip: result.html.gzip + result.css.gzip + result.js.gzip + result.other.gzip,
    brotli: result.html.brotli + result.css.brotli + result.js.brotli + result.other.brotli,
  };
  // JavaScript that ran before any interaction: the size of every script with at least one
  // function that V8 reports as called.
  result.jsExecutedBytes = coverage
    .filter((entry) => entry.functions.some((f) => f.ranges.some((r) => r.count > 0)))
    .reduce((total, entry) => total + (entry.source?.length ?? 0), 0);
  result.jsFiles = group('js').map((b) => new URL(b.url).pathname);
  result.loadsChartJs = group('js').some((b) => /Chart\.js v\d|chart\.js/i.test(b.body.toString('utf8', 0, Math.min(b.body.length, 4000))) || /chart/i.test(new URL(b.url).pathname));
  result.loadsFuse = group('js').some((b) => /Fuse\.js v\d/.test(b.body.toString('utf8')) || /fuse/i.test(new URL(b.url).pathname));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, mobile, median of RUNS runs per kind and category.
function lighthouse(url) {
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  const run = spawnSync(
    'npx',
    ['lighthouse', url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumBinary() }, timeout: 180_000 },
  );
  if (run.status !== 0 || !existsSync(out)) return { error: (run.stderr || run.stdout || 'no output').split('\n').slice(-3).join(' ') };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
}

// ---------------------------------------------------------------------------------------------
// Build time of the real catalog and of generated catalogs 10× and 100× larger.
function scaledCopy(factor) {
  const dir = mkdtempSync(join(tmpdir(), `atlas-x${factor}-`));
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const componentsDir = join(dir, 'content/components');
  for (const name of readdirSync(componentsDir)) {
    const text = readFileSync(join(componentsDir, name), 'utf8');
    const id = name.replace(/\.mdx$/, '');
    for (let i = 2; i <= factor; i += 1) {
      // Each copy keeps the original's facts but gets its own id, name and aliases, so the
      // content rules (unique aliases, existing ids) still hold.
      const copy = text
        .replace(/^name: (.*)$/m, (_, n) => `name: ${n.replace(/^"|"$/g, '')} copy ${i}`)
        .replace(/^aliases: \[(.*)\]$/m, (_, list) => `aliases: [${list.split(',').map((a) => a.trim()).filter(Boolean).map((a) => `"${a.replace(/^"|"$/g, '')} copy ${i}"`).join(', ')}]`)
        .replace(/^aliases:\n((?:\s+- .*\n)+)/m, (_, items) => `aliases:\n${items.replace(/^(\s+- )(.*)$/gm, (_m, p, a) => `${p}"${a.replace(/^"|"$/g, '')} copy ${i}"`)}`);
      writeFileSync(join(componentsDir, `${id}-copy-${i}.mdx`), copy);
    }
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
const results = { date: new Date().toISOString(), runs: RUNS, pages: [], lighthouse: {}, build: [], budgets: [] };

if (!flag('--no-build')) {
  console.log('Building the site…');
  timeBuild(root);
}
// Served with gzip, as GitHub Pages and deploy/nginx.conf serve it: Lighthouse's slow 4G counts
// every byte on the wire. The page weights below read decoded bodies and compress them here.
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), join(root, 'dist'), String(PORT), '/', '--gzip'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  // Every kind of page is weighed in English and as its Chinese twin (/zh-cn/…), which has the
  // same budget.
  const english = await pageKinds(browser);
  const kinds = [...english, ...english.map((k) => ({ kind: `${k.kind} (zh-CN)`, path: `/zh-cn${k.path}` }))];
  for (const k of kinds) results.pages.push(await weigh(browser, k));

  if (!flag('--skip-lighthouse')) {
    for (const k of kinds) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(lighthouse(`${origin}${k.path}`));
      const ok = runs.filter((r) => !r.error);
      results.lighthouse[k.kind] = ok.length
        ? Object.fromEntries(Object.keys(ok[0]).map((c) => [c, median(ok.map((r) => r[c]))]))
        : { error: runs[0].error };
    }
  }
} finally {
  await browser.close();
  server.kill();
}

if (!flag('--skip-scaling')) {
  for (const factor of [1, 10, 100]) {
    const dir = factor === 1 ? root : scaledCopy(factor);
    const runs = factor === 100 ? Math.max(1, Math.min(RUNS, 2)) : RUNS;
    const times = [];
    for (let i = 0; i < runs; i += 1) times.push(timeBuild(dir, { OUT_DIR: join(dir, 'dist-bench') }));
    const pages = countPages(join(dir, 'dist-bench'));
    results.build.push({ factor, pages, runs, medianSeconds: median(times), secondsPerPage: median(times) / pages });
    if (factor === 1) rmSync(join(root, 'dist-bench'), { recursive: true, force: true });
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Budgets.
const budget = (name, pass, measured) => results.budgets.push({ name, result: pass ? 'pass' : 'over', measured });
for (const p of results.pages) {
  const base = p.kind.replace(/ \(zh-CN\)$/, '');
  const limit = { home: 20, category: 20, component: 20, matrix: 60, versions: 60, charts: 120, pair: 60, compare: 60 }[base];
  const twin = base !== p.kind ? results.pages.find((q) => q.kind === base) : undefined;
  const versus = twin ? ` (English twin ${kb(twin.total.gzip)})` : '';
  if (limit) budget(`${p.kind}: ≤ ${limit} KB compressed before interaction`, p.total.gzip <= limit * 1024, `${kb(p.total.gzip)} gzip, ${kb(p.total.brotli)} brotli${versus}`);
  if (['home', 'category', 'component'].includes(base)) budget(`${p.kind}: no fuse.js before interaction`, !p.loadsFuse, p.jsFiles.join(', ') || 'no JS');
  if (base !== 'charts') budget(`${p.kind}: no chart.js`, !p.loadsChartJs, p.loadsChartJs ? 'chart.js loaded' : 'none');
}
for (const [kind, scores] of Object.entries(results.lighthouse)) {
  if (scores.error) budget(`${kind}: Lighthouse 100 in every category`, false, scores.error);
  else budget(`${kind}: Lighthouse 100 in every category (median of ${RUNS})`, Object.values(scores).every((s) => s === 100), JSON.stringify(scores));
}
if (results.build.length === 3) {
  const [x1, x10, x100] = results.build;
  // Linear or better: the time per page may not grow as the catalog grows (25% slack for noise).
  const growth = x100.secondsPerPage / x10.secondsPerPage;
  budget('build time grows no worse than linearly (per-page time at 100× vs 10×)', growth <= 1.25, `${growth.toFixed(2)}× per page; ${x1.medianSeconds.toFixed(1)} s / ${x10.medianSeconds.toFixed(1)} s / ${x100.medianSeconds.toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
console.log('\nPage weight before interaction (mobile viewport):');
console.table(results.pages.map((p) => ({
  kind: p.kind, path: p.path, requests: p.requests,
  'HTML gz': kb(p.html.gzip), 'CSS gz': kb(p.css.gzip), 'JS gz': kb(p.js.gzip),
  'total gz': kb(p.total.gzip), 'total br': kb(p.total.brotli), 'JS executed': kb(p.jsExecutedBytes),
})));
if (Object.keys(results.lighthouse).length) {
  console.log(`Lighthouse, mobile, median of ${RUNS}:`);
  console.table(results.lighthouse);
}
if (results.build.length) {
  console.log('Build time:');
  console.table(results.build.map((b) => ({ catalog: `${b.factor}×`, pages: b.pages, runs: b.runs, 'median s': b.medianSeconds.toFixed(2), 'ms per page': (b.secondsPerPage * 1000).toFixed(1) })));
}
console.log('Budgets:');
for (const b of results.budgets) console.log(`  ${b.result === 'pass' ? 'pass' : 'OVER'}  ${b.name}: ${b.measured}`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench-results/bench.json');
