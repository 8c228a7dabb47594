import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '4613', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  const urls = [];
  page.on('request', (r) => urls.push(r.url().replace('http://127.0.0.1:4613', '')));
  await page.goto('http://127.0.0.1:4613/');
  await page.waitForTimeout(500);
  console.log('before focus', urls.filter(u => /search|pagefind|worker/.test(u)));
  const field = page.getByRole('combobox', { name: 'Search the site' });
  await field.click();
  await field.pressSequentially('top-of-rack', { delay: 50 });
  await page.waitForTimeout(1500);
  console.log(await page.locator('[role="listbox"]').innerText());
  console.log('after', urls.filter(u => /search|pagefind|worker/.test(u)));
  await page.goto('http://127.0.0.1:4613/zh-cn/search/?q=' + encodeURIComponent(process.argv[2] ?? '脚手架'));
  await page.waitForTimeout(1500);
  console.log(await page.locator('main').innerText());
} finally { await browser.close(); server.kill(); }
