import { expect, test } from '@playwright/test';
import { components } from './catalog-data';

// This project runs against a build made with BASE_PATH=/atlas/ (see package.json's build:subpath).
test('every internal link on the sub-path build carries the prefix and resolves', async ({ request, baseURL }) => {
  // Fetched over HTTP rather than rendered: this checks addresses, and a browser would only
  // make the crawl slower as the catalog grows.
  const origin = new URL(baseURL!).origin;
  const seen = new Set<string>();
  const queue = ['/atlas/'];
  const problems: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    if (response.status() !== 200) {
      problems.push(`${path}: status ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    for (const [, attribute] of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const raw = attribute!.replaceAll('&amp;', '&');
      const url = new URL(raw, `${origin}${path}`);
      if (url.origin !== origin || raw.startsWith('#')) continue;
      if (!url.pathname.startsWith('/atlas/')) problems.push(`${path} links outside the sub-path: ${raw}`);
      else if (!seen.has(url.pathname) && !queue.includes(url.pathname)) queue.push(url.pathname);
    }
  }
  expect(problems).toEqual([]);
  // The crawl reached every component page through links alone.
  for (const c of components) expect(seen.has(`/atlas/components/${c.id}/`), c.id).toBe(true);
});

test('styles load under the sub-path', async ({ page }) => {
  await page.goto('/atlas/');
  const fontFamily = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily);
  expect(fontFamily).toContain('system-ui');
});

test('the kube-proxy charts load their script under the sub-path', async ({ page }) => {
  await page.goto('/atlas/kube-proxy/');
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 500) await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect(page.locator('kp-chart[data-drawn]').first()).toBeAttached();
  await expect(page.getByRole('img').first()).toBeAttached();
});

test('search loads its index and links results under the sub-path', async ({ page }) => {
  const target = components[0]!;
  await page.goto('/atlas/');
  const field = page.getByRole('combobox', { name: 'Search the site' });
  await field.fill(target.data.name);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await expect(page).toHaveURL(new RegExp(`/atlas/components/${target.id}/$`));
});

test('full-text search under the sub-path finds pages at their /atlas/ addresses, in each locale', async ({ page }) => {
  await page.goto('/atlas/search/?q=top-of-rack');
  const english = page.getByRole('main').locator('section', { has: page.getByRole('heading', { name: 'In the text of pages' }) });
  await expect(english.getByRole('link', { name: 'Calico', exact: true })).toHaveAttribute('href', '/atlas/components/calico/#what-it-is');
  await page.goto(`/atlas/zh-cn/search/?q=${encodeURIComponent('穿越')}`);
  const chinese = page.getByRole('main').locator('section', { has: page.getByRole('heading', { name: '页面正文' }) });
  await expect(chinese.getByRole('link', { name: 'Calico', exact: true })).toHaveAttribute('href', '/atlas/zh-cn/components/calico/#what-it-is');
});
