#!/usr/bin/env node
// Measures what a page costs before any interaction: its HTML plus the CSS and JS it links,
// each gzip-compressed, from a built site. Prints a table; exits 1 when a budget is exceeded.
// Usage: node scripts/page-weight.mjs [distDir] [page=budgetKB ...]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', ...specs] = process.argv.slice(2);
const budgets = specs.length ? specs : ['versions/=60'];
let failed = false;
for (const spec of budgets) {
  const [page, kb] = spec.split('=');
  const htmlPath = join(dist, page, 'index.html');
  if (!existsSync(htmlPath)) { console.error(`no built page at ${htmlPath}`); process.exit(2); }
  const html = readFileSync(htmlPath);
  const assets = [...html.toString().matchAll(/(?:href|src)="\/?(?:[\w.-]+\/)*?(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  const files = [{ name: `${page}index.html`, bytes: html }, ...[...new Set(assets)].map((a) => ({ name: a, bytes: readFileSync(join(dist, a)) }))];
  // Modules the entry script imports are fetched before it runs, so count them too.
  for (const f of files.filter((f) => f.name.endsWith('.js'))) {
    for (const m of f.bytes.toString().matchAll(/from\s*"\.\/([^"]+\.js)"/g)) {
      const name = `_astro/${m[1]}`;
      if (!files.some((x) => x.name === name)) files.push({ name, bytes: readFileSync(join(dist, name)) });
    }
  }
  let total = 0;
  for (const f of files) {
    const gz = gzipSync(f.bytes, { level: 9 }).length;
    total += gz;
    console.log(`${f.name.padEnd(48)} ${String(f.bytes.length).padStart(8)} B raw ${String(gz).padStart(7)} B gzip`);
  }
  const limit = Number(kb) * 1024;
  console.log(`${page} total ${(total / 1024).toFixed(1)} KB gzip (budget ${kb} KB) ${total <= limit ? 'OK' : 'OVER'}`);
  if (total > limit) failed = true;
}
process.exit(failed ? 1 : 0);
