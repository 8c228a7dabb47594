import { expect, test, type Page } from '@playwright/test';
import { categories, components } from './catalog-data';

const field = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

async function typeInHeader(page: Page, query: string) {
  await field(page).click();
  await field(page).fill(query);
  await expect(listbox(page)).toBeVisible();
}

test('a typo still finds the component', async ({ page }) => {
  const target = components.find((c) => c.data.name.length >= 8)!;
  const name = target.data.name;
  const typo = name.slice(0, 4) + name.slice(5);
  await page.goto('./');
  await typeInHeader(page, typo);
  await expect(listbox(page).getByRole('option').first()).toContainText(name);
});

test('an exact alias comes first, and an abbreviation inside aliases finds every component that has it', async ({ page }) => {
  const withShortAlias = components.find((c) => c.data.aliases.some((a) => /^[a-z0-9]{2,5}$/i.test(a)))!;
  const alias = withShortAlias.data.aliases.find((a) => /^[a-z0-9]{2,5}$/i.test(a))!;
  await page.goto('./');
  await typeInHeader(page, alias);
  await expect(listbox(page).getByRole('option').first()).toContainText(withShortAlias.data.name);

  const k8s = components.filter((c) => c.data.aliases.some((a) => a.toLowerCase().includes('k8s')));
  expect(k8s.length).toBeGreaterThan(0);
  await field(page).fill('k8s');
  // The popup shows the best few; every component with the abbreviation among its aliases comes
  // before anything else, and the search page lists them all.
  const names = new Set(k8s.map((c) => c.data.name));
  const shown = listbox(page).getByRole('group', { name: 'Components' }).getByRole('option');
  await expect(shown.first()).toBeVisible();
  for (const text of await shown.allTextContents()) {
    expect([...names].some((n) => text.includes(n)), text).toBe(true);
  }
  await expect(listbox(page).locator('mark').first()).toHaveText(/^k8s$/i);
  await page.goto('./search/?q=k8s');
  for (const c of k8s) await expect(page.getByRole('link', { name: c.data.name, exact: true }).first()).toBeVisible();
});

test('a Chinese category name finds the category first, then its components', async ({ page }) => {
  const category = categories.find((c) => components.filter((m) => m.data.category === c.id).length >= 2)!;
  const members = components.filter((m) => m.data.category === category.id);
  await page.goto('./');
  await typeInHeader(page, category.nameZh);
  const options = listbox(page).getByRole('option');
  await expect(options.first()).toContainText(category.name);
  await expect(listbox(page).getByRole('group', { name: 'Categories' })).toBeVisible();
  const group = listbox(page).getByRole('group', { name: 'Components' });
  for (const m of members.slice(0, 3)) await expect(group.getByRole('option', { name: m.data.name })).toBeVisible();
  await expect(listbox(page).locator('mark', { hasText: category.nameZh }).first()).toBeVisible();
});

test('keyboard: / focuses, arrows move, Enter opens, Esc closes', async ({ page }) => {
  const target = components[0]!;
  await page.goto(`./categories/${categories[0]!.id}/`);
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type(target.data.name);
  await expect(listbox(page)).toBeVisible();
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  const first = listbox(page).getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(listbox(page).getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');

  await page.keyboard.press('Escape');
  await expect(listbox(page)).toBeHidden();
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(field(page)).toHaveValue(target.data.name);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/components/${target.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.data.name);
});

test('Ctrl-K focuses the field from anywhere', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
});

test('Enter without a chosen result opens the shareable search page', async ({ page }) => {
  const target = components[1]!;
  await page.goto('./');
  await typeInHeader(page, target.data.name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('searchbox', { name: 'Search terms' })).toHaveValue(target.data.name);
  await expect(page.getByRole('main').getByRole('link', { name: target.data.name, exact: true })).toBeVisible();
});

test('the search page reads ?q=, lists results by kind and keeps the address in step', async ({ page }) => {
  const category = categories.find((c) => components.some((m) => m.data.category === c.id))!;
  await page.goto(`./search/?q=${encodeURIComponent(category.nameZh)}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Categories', level: 2 })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Components', level: 2 })).toBeVisible();
  await expect(main.getByRole('status')).toContainText('result');

  const other = components[2]!;
  await main.getByRole('searchbox', { name: 'Search terms' }).fill(other.data.name);
  await expect(main.getByRole('link', { name: other.data.name, exact: true })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('q')).toBe(other.data.name);
  await page.reload();
  await expect(main.getByRole('searchbox', { name: 'Search terms' })).toHaveValue(other.data.name);
  await main.getByRole('link', { name: other.data.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/components/${other.id}/$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header field submits to the search page, which points to the category lists', async ({ page }) => {
    await page.goto('./');
    const box = page.getByRole('searchbox', { name: 'Search the site' });
    await box.fill('anything');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=anything$/);
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    for (const c of categories) {
      await expect(page.getByRole('main').getByRole('link', { name: c.name, exact: true })).toBeVisible();
    }
  });
});

test('fuse.js and the index load only when the field is first focused', async ({ page }) => {
  const scripts: string[] = [];
  const indexRequests: string[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (url.includes('search-index.json')) indexRequests.push(url);
    if (url.endsWith('.js')) scripts.push(await response.text());
  });
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);
  expect(scripts.length).toBeGreaterThan(0);
  // A configuration name that appears in fuse.js and nowhere in the site's own scripts.
  expect(scripts.some((s) => s.includes('useExtendedSearch'))).toBe(false);

  await field(page).focus();
  await expect.poll(() => indexRequests.length).toBe(1);
  await expect.poll(() => scripts.some((s) => s.includes('useExtendedSearch'))).toBe(true);
});

test('a hostile query is shown as text and never run', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto('./');
  await typeInHeader(page, hostile);
  await expect(listbox(page).locator('img')).toHaveCount(0);
  await expect(page.getByRole('status').first()).toBeAttached();

  await page.goto(`./search/?q=${encodeURIComponent(hostile)}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox', { name: 'Search terms' })).toHaveValue(hostile);
  // The names find nothing; the full-text index may find some of its words (src, alert), as text.
  await expect(main.getByRole('status')).toHaveText(/^(No results|\d+ results?)$/);
  await expect(main.locator('img')).toHaveCount(0);
  await main.getByRole('searchbox', { name: 'Search terms' }).fill(`${components[0]!.data.name} ${hostile}`);
  await expect(main.locator('.search-results img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('the home page links to the search page', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('status')).toHaveText('Type something to search for.');
});

test('with JavaScript the search page drops its no-script notice', async ({ page }) => {
  await page.goto('./search/');
  await expect(page.getByText('Searching needs JavaScript')).toBeHidden();
});

test('one letter asks for more instead of listing half the site', async ({ page }) => {
  await page.goto('./');
  await field(page).click();
  await field(page).fill(components[0]!.data.name.slice(0, 1));
  await expect(page.getByRole('status').first()).toHaveText('Keep typing: one letter is too little to search for.');
  await expect(listbox(page).getByRole('option')).toHaveCount(0);
});
