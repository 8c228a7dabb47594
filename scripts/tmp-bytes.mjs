import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '4615', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [path, qs] of [["/", ["top-of-rack"]], ["/zh-cn/", ["架顶", "顶"]]]) {
    const page = await browser.newPage();
    const log = [];
    page.on('response', async (r) => { if (!r.url().includes('pagefind')) return; const b = await r.body(); log.push([r.url().split('/pagefind/')[1], /\.(js|json)/.test(r.url()) ? gzipSync(b).length : b.length]); });
    await page.goto('http://127.0.0.1:4615' + path);
    const f = page.locator('#site-search-input'); await f.focus();
    for (const q of qs) { await f.fill(q); await page.waitForTimeout(1500); log.push(['---', 0]); }
    console.log(path, log.map(([u, n]) => `${u} ${n}`).join('\n'));
    await page.close();
  }
} finally { await browser.close(); server.kill(); }
