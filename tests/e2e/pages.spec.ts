import { expect, test, type Page } from '@playwright/test';
import { categories, components, isInactive } from './catalog-data';

async function expectWellFormedPage(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/K8s Atlas/);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(20);
  // Every section heading in the main content has an anchor link to itself.
  for (const heading of await page.locator('main :is(h2, h3)[id]').all()) {
    const id = await heading.getAttribute('id');
    await expect(page.locator(`main a[href="#${id}"]`)).toHaveCount(1);
  }
}

test('home page introduces the site and lists every category', async ({ page }) => {
  await page.goto('./');
  await expectWellFormedPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K8s Atlas');
  const grid = page.locator('#categories').locator('xpath=../following-sibling::ul[1]');
  for (const category of categories) {
    await expect(grid.getByRole('link', { name: category.name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Recently reviewed' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Comparisons and tools' })).toBeVisible();
});

test('a reader can go from home to a category to a component and back', async ({ page }) => {
  const component = components.find((c) => !isInactive(c)) ?? components[0]!;
  const category = categories.find((c) => c.id === component.data.category)!;
  await page.goto('./');
  await page.getByRole('link', { name: category.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(category.name);
  await page.locator(`tr#${component.id}`).getByRole('link', { name: component.data.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(component.data.name);
  await page.getByRole('complementary', { name: 'Facts' }).getByRole('link', { name: category.name }).click();
  await expect(page).toHaveURL(new RegExp(`/categories/${category.id}/$`));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('K8s Atlas');
});

for (const category of categories) {
  test(`category page ${category.id} lists its components with their status`, async ({ page }) => {
    await page.goto(`./categories/${category.id}/`);
    await expectWellFormedPage(page);
    const members = components.filter((c) => c.data.category === category.id);
    for (const member of members) {
      const row = page.locator(`tr#${member.id}`);
      await expect(row.getByRole('link', { name: member.data.name, exact: true })).toBeVisible();
      await expect(row.locator('.badge')).toHaveClass(new RegExp(`badge--${member.data.status.state}`));
    }
    if (members.length === 0) await expect(page.getByText('No components in this category yet.')).toBeVisible();
  });
}

for (const component of components) {
  test(`component page ${component.id} shows facts, sources and review date`, async ({ page }) => {
    const response = await page.goto(`./components/${component.id}/`);
    expect(response?.status()).toBe(200);
    await expectWellFormedPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(component.data.name);
    const facts = page.getByRole('complementary', { name: 'Facts' });
    await expect(facts).toContainText(component.data.license);
    await expect(facts).toContainText(component.data.reviewed);
    const sources = page.locator('ol.sources a');
    await expect(sources).toHaveCount(component.data.sources.length);
    for (const source of component.data.sources) {
      await expect(page.locator(`ol.sources a[href="${source.url}"]`)).toHaveCount(1);
    }
    const banner = page.getByTestId('status-banner');
    if (isInactive(component)) {
      await expect(banner).toBeVisible();
      await expect(banner).toContainText(component.data.status.note);
      for (const successor of component.data.status.successors) {
        const link = 'id' in successor ? banner.locator(`a[href$="/components/${successor.id}/"]`) : banner.locator(`a[href="${successor.url}"]`);
        await expect(link).toBeVisible();
      }
    } else {
      await expect(banner).toHaveCount(0);
    }
  });
}

test('a successor link leads to a page that exists', async ({ page }) => {
  const withPage = components.filter((c) => c.data.status.successors.some((s) => 'id' in s));
  test.skip(withPage.length === 0, 'no successor with a page yet');
  const source = withPage[0]!;
  await page.goto(`./components/${source.id}/`);
  await page.getByTestId('status-banner').locator('a[href*="/components/"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveTitle(/Page not found/);
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('./components/no-such-thing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse the categories' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All categories');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every kind of page still shows its content', async ({ page }) => {
    const component = components.find(isInactive) ?? components[0]!;
    await page.goto(`./components/${component.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(component.data.name);
    await expect(page.getByRole('complementary', { name: 'Facts' })).toBeVisible();
    await page.goto(`./categories/${component.data.category}/`);
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Categories' })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('pages do not scroll sideways', async ({ page }) => {
    for (const path of ['./', `./components/${components[0]!.id}/`, `./categories/${categories[0]!.id}/`]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the page follows the system colour scheme', async ({ page }) => {
    await page.goto('./');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 20, 25)');
  });
});

for (const category of categories.filter((c) => c.comparison?.length)) {
  test(`category ${category.id} compares its members from their frontmatter`, async ({ page }) => {
    await page.goto(`./categories/${category.id}/`);
    const table = page.getByRole('table', { name: new RegExp(`Comparison of ${category.name}`) });
    await expect(table).toBeVisible();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(1)).toEqual(category.comparison!.map((c) => c.label));
    for (const member of components.filter((c) => c.data.category === category.id)) {
      const rows = member.data.variants.length
        ? member.data.variants.map((v) => ({ anchor: `compare-${member.id}-${v.key}`, traits: v.traits }))
        : [{ anchor: `compare-${member.id}`, traits: member.data.traits }];
      for (const row of rows) {
        const cells = table.locator(`tr#${row.anchor} td`);
        await expect(cells).toHaveCount(category.comparison!.length);
        for (const [index, column] of category.comparison!.entries()) {
          const value = row.traits[column.key];
          const expected = value === true ? 'Yes' : value === false ? 'No' : value === 'unknown' ? 'Unknown' : Array.isArray(value) ? value.join('') : String(value);
          await expect(cells.nth(index)).toHaveText(expected);
        }
      }
    }
  });
}
