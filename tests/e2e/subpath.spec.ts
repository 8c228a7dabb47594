import { expect, test } from '@playwright/test';
import { components } from './catalog-data';

// This project runs against a build made with BASE_PATH=/atlas/ (see package.json's build:subpath).
test('every internal link on the sub-path build carries the prefix and resolves', async ({ page, request }) => {
  // The crawl visits every page of the catalog, so its run time grows with the content.
  test.slow();
  const seen = new Set<string>();
  const queue = ['/atlas/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const hrefs = await page.locator('a[href], link[href], script[src]').evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? ''),
    );
    for (const href of hrefs) {
      if (/^(https?:)?\/\//.test(href) || href.startsWith('#') || href.startsWith('mailto:')) continue;
      // Prose in content/ links relatively (../../components/etcd/); such a link must still land
      // inside the sub-path once the browser resolves it against the page.
      const resolved = href.startsWith('/') ? href : new URL(href, `http://site${path}`).pathname;
      expect(resolved, `link ${href} on ${path}`).toMatch(/^\/atlas\//);
      const target = resolved.split('#')[0]!;
      if (target.endsWith('/') && !seen.has(target)) queue.push(target);
      else if (!target.endsWith('/') && !seen.has(target)) {
        // Shared assets (stylesheet, favicon) appear on every page; fetch each one once.
        seen.add(target);
        expect((await request.get(target)).status(), target).toBe(200);
      }
    }
  }
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
