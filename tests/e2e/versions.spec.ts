import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadReleaseData } from '../support/release-data';
import { recommendPatch } from '../../src/lib/versions/lines';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { lines, survey, entries } = loadReleaseData(root);
const example = survey!.example;

test('the page shows the rule, a recommendation, the month table and every line', async ({ page }) => {
  await page.goto('./versions/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes version picker');
  await expect(page.locator('[data-headline]')).toContainText(/For \d{4}-\d{2}: /);
  await expect(page.getByRole('table', { name: /by month/ })).toBeVisible();
  for (const e of entries) await expect(page.locator(`#line-${e.line.replace('.', '-')}`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Versions' })).toHaveAttribute('aria-current', 'page');
});

test("a deep link shows that month's pick and the survey's example", async ({ page }) => {
  await page.goto(`./versions/?month=${example.month}`);
  await expect(page.locator('[data-headline]')).toHaveText(`For ${example.month}: run v${example.version}`);
  await expect(page.getByLabel('Month')).toHaveValue(example.month);
  await expect(page.locator(`#m-${example.month}`)).toHaveClass(/is-picked/);
});

test('the month picker updates the view and the address', async ({ page }) => {
  await page.goto('./versions/');
  const month = '2019-10';
  const expected = recommendPatch(month, lines).recommended!.version;
  await page.getByLabel('Month').fill(month);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.locator('[data-headline]')).toHaveText(`For ${month}: run ${expected}`);
  await expect(page).toHaveURL(new RegExp(`\\?month=${month}$`));
});

test('a hostile month is ignored and never rendered', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto('./versions/?month=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  const headline = page.locator('[data-headline]');
  await expect(headline).toContainText(/For \d{4}-\d{2}: /);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.content()).not.toContain('onerror=alert');
  expect(dialogs).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the recommendation and the full table are in the HTML', async ({ page }) => {
    await page.goto('./versions/');
    await expect(page.locator('[data-headline]')).toContainText(/For \d{4}-\d{2}: /);
    const row = page.locator(`#m-${example.month}`);
    await expect(row.getByRole('cell').last()).toHaveText(`v${example.version}`);
    await expect(page.getByRole('table', { name: /survey/ })).toBeVisible();
  });
});
