import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content/check';
import { rowAnchor, sortGuides, tableAnchor } from '../../src/lib/catalog/guides';

// The guides as the build sees them, so the tests compare pages with content, not retyped text.
const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = checkContent(root);
const guides = sortGuides(content.guides.flatMap((g) => (g.data ? [{ id: g.id, data: g.data }] : [])));
const categories = content.categories.flatMap((c) => (c.data ? [c.data] : []));

test('the guides list links to every guide in reading order', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
  const links = page.locator('main ol.guide-list > li > a');
  await expect(links).toHaveText(guides.map((g) => g.data.title));
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(guides[0]!.data.title);
});

test('the home page introduces the guides', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Guides', level: 2 })).toBeVisible();
  for (const guide of guides) await expect(page.getByRole('link', { name: guide.data.title, exact: true })).toBeVisible();
});

for (const guide of guides) {
  test(`guide ${guide.id} renders its comparison tables from data`, async ({ page }) => {
    const response = await page.goto(`./guides/${guide.id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(guide.data.title);
    await expect(page).toHaveTitle(new RegExp(`K8s Atlas`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', guide.data.summary);
    for (const heading of await page.locator('main :is(h2, h3)[id]').all()) {
      const id = await heading.getAttribute('id');
      await expect(page.locator(`main .heading-wrapper a.anchor-link[href="#${id}"]`)).toHaveCount(1);
    }
    await expect(page.locator('main table')).toHaveCount(guide.data.tables.length);
    for (const table of guide.data.tables) {
      const figure = page.locator(`figure#${tableAnchor(table.id)}`);
      const grid = figure.getByRole('table', { name: table.caption });
      await expect(grid).toBeVisible();
      await expect(grid.locator('thead th[scope="col"]')).toHaveText(table.columns);
      for (const row of table.rows) {
        const tr = grid.locator(`tr#${rowAnchor(table.id, row.id)}`);
        await expect(tr.locator('th[scope="row"]')).toContainText(row.cells[0]!);
        await expect(tr.locator('td')).toHaveText(row.cells.slice(1));
      }
      for (const source of table.sources) await expect(figure.locator(`a[href="${source.url}"]`)).toHaveCount(1);
      await expect(figure.locator(`time[datetime="${guide.data.reviewed}"]`)).toBeVisible();
    }
    await expect(page.locator('ol.sources a')).toHaveCount(guide.data.sources.length);
    for (const id of guide.data.related) await expect(page.locator(`main a[href$="/components/${id}/"]`).first()).toBeVisible();
  });
}

test('a row of a comparison can be linked to directly', async ({ page }) => {
  const guide = guides.find((g) => g.data.tables.length > 0)!;
  const table = guide.data.tables[0]!;
  const row = table.rows[table.rows.length - 1]!;
  await page.goto(`./guides/${guide.id}/`);
  await page.locator(`tr#${rowAnchor(table.id, row.id)} a.anchor-link`).click();
  await expect(page).toHaveURL(new RegExp(`#${rowAnchor(table.id, row.id)}$`));
  await expect(page.locator(`tr#${rowAnchor(table.id, row.id)}`)).toBeInViewport();
});

test('category pages link to the guides about them', async ({ page }) => {
  for (const category of categories) {
    const about = guides.filter((g) => g.data.categories.includes(category.id));
    if (about.length === 0) continue;
    await page.goto(`./categories/${category.id}/`);
    const section = page.locator('#guides').locator('xpath=../following-sibling::ul[1]');
    for (const guide of about) await expect(section.getByRole('link', { name: guide.data.title, exact: true })).toBeVisible();
  }
});

test.describe('guides without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('tables are in the server-rendered page', async ({ page }) => {
    const guide = guides[0]!;
    await page.goto(`./guides/${guide.id}/`);
    await expect(page.getByRole('table', { name: guide.data.tables[0]!.caption })).toBeVisible();
  });
});

test.describe('guides on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('wide tables scroll inside their frame, not the page', async ({ page }) => {
    for (const path of ['./guides/', ...guides.map((g) => `./guides/${g.id}/`)]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
