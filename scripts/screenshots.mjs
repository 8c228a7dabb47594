#!/usr/bin/env node
// Takes full-page screenshots of pages of a running site, at desktop and phone width, in light
// and dark mode, so a person can look at what changed.
// Usage: node scripts/screenshots.mjs <baseURL> <outDir> <path> [<path> ...]
// Example: node scripts/screenshots.mjs http://127.0.0.1:4321/ /tmp/shots / components/calico/
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const [baseURL, outDir, ...paths] = process.argv.slice(2);
if (!baseURL || !outDir || paths.length === 0) {
  console.error('Usage: node scripts/screenshots.mjs <baseURL> <outDir> <path> [<path> ...]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
];
for (const view of views) {
  for (const colorScheme of ['light', 'dark']) {
    // bypassCSP lets the style below in: the site's CSP admits only its own hashed styles.
    const context = await browser.newContext({ ...view, colorScheme, baseURL, bypassCSP: true });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path.replace(/^\//, ''), { waitUntil: 'networkidle' });
      // Scroll through the page so anything loaded on approach (charts) is drawn before the shot.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 500) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 60));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForLoadState('networkidle');
      // Parts far from the viewport (content-visibility: auto) are drawn only when a reader
      // scrolls near them; a full-page shot is far from all of them at once, so draw them all.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      const file = `${outDir}/${slug}.${view.name}.${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
