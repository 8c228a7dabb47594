#!/usr/bin/env node
// Page weight before any interaction: the HTML of each page plus every stylesheet and script
// it loads (following static `import` statements between scripts), each gzipped, in bytes.
// Usage: node scripts/bench.mjs [distDir] [path ...]   (defaults: dist, compare/ingress/)
// Fails when a page listed in BUDGETS goes over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = { 'compare/ingress/': 60 * 1024 };
const [dist = 'dist', ...argPaths] = process.argv.slice(2);
const paths = argPaths.length ? argPaths : Object.keys(BUDGETS);

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const fileFor = (urlPath) => join(dist, decodeURI(urlPath.split(/[?#]/)[0]).replace(/^\/+/, ''));

function assetsOf(html, pagePath) {
  const found = new Set();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) found.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)) found.add(m[1]);
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) found.add(m[1]);
  const queue = [...found].filter((u) => u.endsWith('.js'));
  while (queue.length) {
    const url = queue.shift();
    const file = fileFor(url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const next = m[1].startsWith('/') ? m[1] : posix.join(posix.dirname(url), m[1]);
      if (!found.has(next)) {
        found.add(next);
        queue.push(next);
      }
    }
  }
  return [...found].filter((u) => !/^https?:/.test(u)).map((u) => (u.startsWith('/') ? u : posix.join('/', pagePath, u)));
}

let failed = false;
for (const path of paths) {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile);
  const rows = [[`${path}index.html`, html.length, gz(html)]];
  for (const asset of assetsOf(html.toString('utf8'), path)) {
    const file = fileFor(asset);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    rows.push([asset, body.length, gz(body)]);
  }
  const total = rows.reduce((sum, r) => sum + r[2], 0);
  console.log(`\n${path}`);
  for (const [name, raw, zipped] of rows) console.log(`  ${String(zipped).padStart(7)} B gz  ${String(raw).padStart(8)} B raw  ${name}`);
  const budget = BUDGETS[path];
  console.log(`  ${String(total).padStart(7)} B gz  total${budget ? ` (budget ${budget} B)` : ''}`);
  if (budget && total > budget) {
    console.error(`  over budget by ${total - budget} B`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
