import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.setContent('<html lang="zh-CN"><body><div id=x></div></body></html>');
console.log(await page.evaluate(() => { let t = performance.now(); const s = new Intl.Segmenter('zh-CN', { granularity: 'word' }); const a = [...s.segment('日志采集方案')].length; const t1 = performance.now() - t; t = performance.now(); [...s.segment('容器平台部署工具')]; const t2 = performance.now() - t;
 t = performance.now(); const el = document.getElementById('x'); el.textContent = '部署工具 把一组机器搭建成可用集群，并持续为其升级的安装工具。'; void el.offsetHeight; const t3 = performance.now() - t; return { first: t1, second: t2, firstCjkLayout: t3 }; }));
await browser.close();
