#!/usr/bin/env node
// Page-weight benchmark for the built site (run `npm run build` first).
// Usage: node scripts/bench.mjs [dir=dist]   (BENCH_PORT picks the port, default 4329)
//
// Loads every page in a real browser, scrolls to the bottom so anything loaded on demand is
// fetched, and adds up what came over the wire, compressed with gzip (level 9) and brotli as a
// static host would serve it. Budgets are checked at the end; the script exits 1 if one is broken.
//   - kube-proxy costs page: at most 120 KB gzip with chart.js loaded;
//   - chart.js (the chart-draw chunk) is fetched by that page only.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.BENCH_PORT ?? 4329);
const origin = `http://127.0.0.1:${port}`;
const KUBE_PROXY_BUDGET = 120 * 1024;
const chartChunk = /\/_astro\/chart-draw\.[\w-]+\.js$/;

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No build in ${dir}; run npm run build first.`);
  process.exit(2);
}

function pages(root) {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        found.push(`/${relative(root, folder).split('\\').join('/')}/`.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(root);
  return found.sort();
}

function sizes(path) {
  const body = readFileSync(join(dir, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path)));
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port), '/'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  let executablePath;
  if (!existsSync(chromium.executablePath())) executablePath = '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  const rows = [];
  for (const path of pages(dir)) {
    const fetched = new Set();
    const foreign = new Set();
    const listener = (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) foreign.add(request.url());
      else fetched.add(url.pathname);
    };
    page.on('request', listener);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const height = await page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(30);
    }
    await page.waitForLoadState('networkidle');
    page.off('request', listener);
    const files = [...fetched].filter((p) => !p.endsWith('.csv'));
    const total = files.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    const chart = files.some((f) => chartChunk.test(f));
    rows.push({ path, files: files.length, ...total, chart });
    if (foreign.size) problems.push(`${path} requested other origins: ${[...foreign].join(', ')}`);
    if (path === '/kube-proxy/') {
      if (!chart) problems.push('/kube-proxy/ never loaded chart.js');
      if (total.gzip > KUBE_PROXY_BUDGET) problems.push(`/kube-proxy/ weighs ${total.gzip} B gzip, over the ${KUBE_PROXY_BUDGET} B budget`);
      console.log('\n/kube-proxy/ files:');
      for (const f of files) {
        const s = sizes(f);
        console.log(`  ${f.padEnd(70)} ${String(s.raw).padStart(8)} raw ${String(s.gzip).padStart(7)} gzip ${String(s.brotli).padStart(7)} br`);
      }
    } else if (chart) {
      problems.push(`${path} loaded chart.js`);
    }
  }
  await browser.close();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\npage'.padEnd(42), 'files', 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), ' chart.js');
  for (const r of rows) {
    console.log(r.path.padEnd(41), String(r.files).padStart(5), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10), r.chart ? ' yes' : ' no');
  }
  if (problems.length) {
    console.error(`\nBudget check failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nBudgets met: /kube-proxy/ at most 120 KB gzip with chart.js; chart.js on no other page; no other origins.');
  }
} finally {
  server.kill();
}
