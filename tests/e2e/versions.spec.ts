import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadReleaseData } from '../support/release-data';
import { loadImportedData } from '../support/imported-data';
import { addMonths, monthOf, recommendPatch } from '../../src/lib/versions/lines';
import { releaseDataAsOf } from '../../src/lib/versions/sources';
import { todayUtc } from '../../src/lib/format/dates';
import { versionsPage } from '../../src/lib/versions/page';
import { supportTable } from '../../src/lib/versions/support';
import { translator } from '../../src/i18n';
import { formatDate } from '../../src/i18n/format';
import { expectAnswerFirst, PHONE } from './answer-first';

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

// The page as the build derived it today, for the answer and the timeline.
const today = todayUtc();
const derived = versionsPage(entries, lines, survey, today, {
  advisories: advisories.find((a) => a.component === 'kubernetes')?.advisories ?? [],
  providers,
  provenance,
});
const support = supportTable(entries, providers, today);
// Every window the support table has, in its order: one bar each.
const windows = support.rows.flatMap((row) =>
  [row.upstream, ...row.providers].flatMap((cell, track) => (cell ? [{ line: row.line, track, cell }] : [])),
);
const trackIds = ['upstream', ...support.columns.map((c) => c.id)];

test("the page opens with this month's answer: the survey rule's pick and the stricter check's", async ({ page }) => {
  await page.goto('./versions/');
  const answer = page.locator('[data-answer]');
  const { survey: byRule, strict } = derived.answer;
  await expect(answer.getByRole('heading', { level: 2 })).toHaveText(`Answer for ${translator('en').month(thisMonth)}`);
  await expect(answer.locator('[data-pick="survey"] dd')).toContainText(byRule ? byRule.version : 'none');
  await expect(answer.locator('[data-pick="strict"] dd')).toContainText(strict ? strict.version : 'none');
  // The survey's pick is the month's recommendation; the stricter pick is that line's clear patch.
  expect(byRule?.version).toBe(recommendPatch(thisMonth, lines).recommended?.version);
  if (byRule && strict) expect(strict.version).toBe(derived.clear.find((c) => c.line === byRule.line)?.choice?.version);
  if (derived.answer.agree) await expect(answer).toContainText(`Both agree on ${byRule!.version}`);
  if (thisMonth > monthOf(asOf)) await expect(answer.locator('[data-answer-stale]')).toHaveText(`Release data ends on ${asOf}; a newer patch may exist.`);
  await answer.getByRole('link', { name: 'Pick another month' }).click();
  await expect(page).toHaveURL(/#pick$/);
});

for (const [prefix, locale] of [['', 'en'], ['zh-cn/', 'zh-CN']] as const) {
  test(`the support timeline draws one bar per window of the table, with the same dates (${locale})`, async ({ page }) => {
    const t = translator(locale);
    await page.goto(`./${prefix}versions/`);
    const chart = page.locator('[data-timeline] svg[role="img"]');
    await expect(chart).toHaveAccessibleName(t('versions.timeline.caption', { day: t.date(today) }));
    await expect(chart).toHaveAccessibleDescription(t('versions.timeline.desc'));
    const bars = await chart.locator('[data-bar]').evaluateAll((gs) =>
      gs.map((g) => ({ line: g.getAttribute('data-line'), track: g.getAttribute('data-track'), from: g.getAttribute('data-from'), until: g.getAttribute('data-until'), extended: g.getAttribute('data-extended') })),
    );
    expect(bars).toEqual(windows.map((w) => ({ line: w.line, track: trackIds[w.track], from: w.cell.from, until: w.cell.until, extended: w.cell.extendedUntil ?? null })));
    // One label per minor version, newest first, and today's marker on today.
    expect(await chart.locator('[data-group]').allTextContents()).toEqual(support.rows.map((r) => r.line));
    await expect(chart.locator('[data-today]')).toHaveAttribute('data-today', today);
    await expect(chart.locator('[data-today] text')).toHaveText(t('versions.timeline.today'));
    // The support table holds the same dates, in the page's language.
    const table = page.locator('#support-table');
    for (const w of windows) {
      const cell = table.locator(`tbody tr[data-line="${w.line}"] > *`).nth(1 + w.track);
      await expect(cell).toContainText(t('versions.support.window', { from: formatDate(w.cell.from, locale), until: formatDate(w.cell.until, locale) }));
      if (w.cell.extendedUntil) await expect(cell).toContainText(t('versions.support.extended', { date: formatDate(w.cell.extendedUntil, locale) }));
    }
  });
}

test.describe('on a 390 × 844 phone', () => {
  test.use(PHONE);
  for (const prefix of ['', 'zh-cn/']) {
    test(`the answer and the support timeline come first, on the first screen (${prefix || 'en'})`, async ({ page }) => {
      await page.goto(`./${prefix}versions/`);
      await expectAnswerFirst(page, page.locator('[data-answer]'), page.locator('[data-timeline] svg[role="img"]'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
