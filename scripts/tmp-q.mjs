import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '4618', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  for (const q of process.argv.slice(2)) {
    await page.goto('http://127.0.0.1:4618/' + (/\p{Script=Han}/u.test(q) ? 'zh-cn/' : '') + 'search/?q=' + encodeURIComponent(q));
    await page.waitForTimeout(1500);
    console.log('==', q, '\n', (await page.locator('.search-results').innerText()).slice(0, 800));
  }
} finally { await browser.close(); server.kill(); }
