import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '4619', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch(chromiumLaunchOptions());
const locale = process.argv[2] ?? 'zh-cn/';
try {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4619/' + locale);
  const f = page.locator('#site-search-input');
  await f.focus(); await f.fill('zz'); await page.locator('[role="listbox"] [role="option"]').first().waitFor(); await f.fill('');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
  const qs = ['alertmanager', 'aletrmanager', '容器平台', 'Container platforms', '部署工具', 'calico', 'calcio', '节点操作系统', 'argo cd', 'ingress'];
  for (const q of qs) { await f.fill(''); await page.keyboard.type(q, { delay: 40 }); await page.waitForTimeout(60); }
  await page.waitForTimeout(500);
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString());
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const evs = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = evs.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 30000);
  for (const t of tasks) {
    const kids = evs.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.dur > 3000);
    const byName = {}; for (const k of kids) byName[k.name] = Math.max(byName[k.name] ?? 0, Math.round(k.dur / 1000));
    console.log(Math.round(t.dur / 1000), 'ms', JSON.stringify(byName));
  }
  console.log('tasks >30ms:', tasks.length, 'of', evs.filter((e) => e.name === 'RunTask').length);
} finally { await browser.close(); server.kill(); }
