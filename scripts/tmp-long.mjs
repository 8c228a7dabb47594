import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '4616', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (let run = 0; run < 3; run++) {
  const page = await browser.newPage();
  await page.addInitScript(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration), JSON.stringify(e.attribution?.map(a => [a.containerType, a.containerSrc, a.name]))]); }).observe({ type: 'longtask', buffered: true }); });
  if (process.argv[2] === 'nopf') await page.route('**/pagefind/**', (r) => r.abort());
  await page.goto('http://127.0.0.1:4616/');
  await page.waitForTimeout(300);
  const marks = [];
  const mark = async (n) => marks.push([n, Math.round(await page.evaluate(() => performance.now()))]);
  await mark('focus'); const f = page.locator('#site-search-input'); await f.focus();
  await f.fill('zz'); await page.locator('[role="listbox"] [role="option"]').first().waitFor(); await mark('loaded');
  await f.fill(''); await page.keyboard.type('calico', { delay: 40 }); await mark('typed');
  await page.waitForTimeout(800); await mark('end');
  console.log(marks, await page.evaluate(() => window.__long));
  await page.close();
  }
} finally { await browser.close(); server.kill(); }
