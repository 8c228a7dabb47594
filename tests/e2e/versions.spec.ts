import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadReleaseData } from '../support/release-data';
import { loadImportedData } from '../support/imported-data';
import { addMonths, monthOf, recommendPatch } from '../../src/lib/versions/lines';
import { releaseDataAsOf } from '../../src/lib/versions/sources';
import { todayUtc } from '../../src/lib/format/dates';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { lines, survey, entries } = loadReleaseData(root);
const { advisories, providers, provenance } = loadImportedData(root);
const example = survey!.example;
const asOf = releaseDataAsOf(provenance)!.date;
const thisMonth = monthOf(todayUtc());

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
    await expect(page.getByRole('table', { name: /survey’s stable-release table/ })).toBeVisible();
  });
});

test('the page says how current its release data is', async ({ page }) => {
  await page.goto('./versions/');
  await expect(page.locator('[data-freshness]')).toContainText(`Release data as of ${asOf}`);
  const stale = page.locator('[data-stale]');
  if (thisMonth > monthOf(asOf)) await expect(stale).toHaveText(`Our release data ends on ${asOf}: patches tagged since then are not listed here, so a newer patch than this may exist.`);
  else await expect(stale).toBeHidden();
});

test('a month after the data ends says so, rather than that nothing was released', async ({ page }) => {
  const after = addMonths(monthOf(asOf), 1);
  test.skip(after > thisMonth, 'the data reaches this month');
  await page.goto('./versions/');
  const row = page.locator(`#m-${after}`);
  await expect(row).toContainText(`No data yet: our release data ends on ${asOf}.`);
  await expect(row).not.toContainText('No sourced release');
});

test('the CVE column shows each fix with its severity, summary and advisory', async ({ page }) => {
  const advisory = advisories.find((a) => a.component === 'kubernetes')!.advisories.find((a) => a.id === 'CVE-2020-8551')!;
  await page.goto('./versions/');
  const cell = page.locator('#m-2020-02').getByRole('cell').nth(1);
  const link = cell.getByRole('link', { name: 'CVE-2020-8551' });
  await expect(link).toHaveAttribute('href', advisory.advisory);
  const item = cell.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'CVE-2020-8551' }) });
  await expect(item).toContainText(`${advisory.severity!.rating} ${advisory.severity!.score!.toFixed(1)}`);
  await expect(item).toContainText(advisory.summary);
  await expect(item).toContainText('fixed in v1.17.3, v1.16.7, v1.15.10');
  await expect(page.locator('#line-1-16').getByRole('link', { name: 'CVE-2020-8551' })).toHaveAttribute('href', advisory.advisory);
});

test('the support table puts upstream beside each provider with its dates', async ({ page }) => {
  const eks = providers.find((p) => p.id === 'amazon-eks')!;
  await page.goto('./versions/');
  const table = page.getByRole('table', { name: /Support of each minor version/ });
  await expect(table.getByRole('columnheader', { name: /Amazon EKS/ })).toBeVisible();
  const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')));
  const window = eks.windows.find((w) => shown.includes(w.line))!;
  const column = 2 + providers.findIndex((p) => p.id === 'amazon-eks');
  const cell = table.locator(`tbody tr[data-line="${window.line}"] > *`).nth(column);
  await expect(cell).toContainText(`${window.available} to ${window.endOfSupport}`);
  await expect(cell).toHaveAttribute('data-status', /^(upcoming|supported|ends-this-month|extended|ended)$/);
});

test('the stricter check explains each maintained line’s choice', async ({ page }) => {
  await page.goto('./versions/');
  const table = page.getByRole('table', { name: /the newest patch clear of every known CVE/ });
  await expect(table.locator('tbody tr').first().getByRole('listitem').first()).toContainText(/is the newest patch of 1\.\d+/);
});

test('a component page lists its own CVEs from the feed', async ({ page }) => {
  const nginx = advisories.find((a) => a.component === 'ingress-nginx')!.advisories;
  await page.goto('./components/ingress-nginx/');
  await expect(page.getByRole('heading', { name: 'Security advisories' })).toBeVisible();
  const newest = [...nginx].sort((a, b) => b.published.localeCompare(a.published))[0]!;
  await expect(page.getByRole('table', { name: /CVEs the official Kubernetes CVE feed lists/ }).getByRole('link', { name: newest.id })).toHaveAttribute('href', newest.advisory);
});
