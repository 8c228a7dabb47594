import { expect, test, type Page } from '@playwright/test';
import { readJson } from './build-files';
import { translator } from '../../src/i18n';
import { supportKeys } from '../../src/lib/matrix/matrix';
import { monthOf } from '../../src/lib/versions/lines';
import { todayUtc } from '../../src/lib/format/dates';

// The home page's "now" panel against the data as the build publishes it (dist/api/v1): every
// item is what the API says, has a day and a link that leads somewhere, and the panel comes
// before the cards and, on a phone, above the fold. Both locales.

type Api<T> = { generated_at: string; data: T[] };
const releases = readJson<Api<{ line: string; patches: { patch: number; date: string }[] }>>('api/v1/releases.json');
const recommendations = readJson<Api<{ month: string; recommended: { version: string; line: string; date: string } | null }>>('api/v1/recommendations.json');
const components = readJson<Api<{ id: string; name: string; status: { state: string; since?: string } }>>('api/v1/components.json');
const matrices = readJson<Api<{ id: string; cells: { row: string; column: string; anchor: string; support: string; history?: { until: string; support: string }[] }[] }>>('api/v1/matrices.json');
const asOf = releases.generated_at;
const releaseProvenance = readJson<{ data: { inputs: { repository: string; date?: string }[] } }>('api/v1/provenance/releases.json');
const releaseDataDay = releaseProvenance.data.inputs.find((i) => i.repository === 'endoflife-date/release-data')?.date;
const thisMonth = monthOf(todayUtc());

const locales = [
  { name: 'en', prefix: '', t: translator('en') },
  { name: 'zh-cn', prefix: 'zh-cn/', t: translator('zh-CN') },
] as const;

const panelOf = (page: Page) => page.locator('section[data-now]');
const lineAnchor = (line: string) => `line-${line.replace('.', '-')}`;

/** Every item of the panel has a day, written as a <time> with a machine-readable date. */
async function expectDated(page: Page) {
  for (const item of await panelOf(page).locator('[data-now-item]').all()) {
    await expect(item.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
}

for (const { name, prefix, t } of locales) {
  test.describe(`home page now panel (${name})`, () => {
    test('this month’s recommended patch is the API’s recommendation for the month', async ({ page }) => {
      await page.goto(`./${prefix}`);
      const item = panelOf(page).locator('[data-now-item="patch"]');
      await expect(item).toHaveAttribute('data-month', thisMonth);
      const expected = recommendations.data.find((r) => r.month === thisMonth)!.recommended;
      expect(expected, `the API recommends a patch for ${thisMonth}`).not.toBeNull();
      await expect(item.locator('a')).toHaveText(expected!.version);
      await expect(item.locator('a')).toHaveAttribute('href', `/${prefix}versions/#${lineAnchor(expected!.line)}`);
      await expect(item.locator('time')).toHaveAttribute('datetime', expected!.date);
      await expect(item.locator('dt')).toContainText(t.month(thisMonth));
    });

    test('the newest release day and every release of it', async ({ page }) => {
      await page.goto(`./${prefix}`);
      const all = releases.data.flatMap((l) => l.patches.filter((p) => p.date <= asOf).map((p) => ({ version: `v${l.line}.${p.patch}`, line: l.line, date: p.date })));
      const newest = all.map((r) => r.date).sort().at(-1)!;
      const expected = all.filter((r) => r.date === newest);
      const item = panelOf(page).locator('[data-now-item="release"]');
      await expect(item.locator('time')).toHaveAttribute('datetime', newest);
      const links = item.locator('a');
      expect((await links.allTextContents()).sort()).toEqual(expected.map((r) => r.version).sort());
      for (const r of expected) await expect(item.getByRole('link', { name: r.version, exact: true })).toHaveAttribute('href', `/${prefix}versions/#${lineAnchor(r.line)}`);
      // The imported release data is older than the rest: the item says how old, so a reader
      // does not take the release day for today's news.
      const note = item.locator('[data-now-releases-as-of]');
      if (releaseDataDay && releaseDataDay < asOf) {
        await expect(note).toHaveAttribute('data-now-releases-as-of', releaseDataDay);
        await expect(note).toContainText(t.date(releaseDataDay));
      } else {
        await expect(note).toHaveCount(0);
      }
    });

    test('the latest status changes are the components whose status changed last', async ({ page }) => {
      await page.goto(`./${prefix}`);
      // Newest first; on the same day, in id order, as the change feeds list them.
      const expected = components.data
        .filter((c) => c.status.since && c.status.since <= asOf)
        .sort((a, b) => (a.status.since === b.status.since ? (a.id < b.id ? -1 : 1) : a.status.since! < b.status.since! ? 1 : -1))
        .slice(0, 3);
      const items = panelOf(page).locator('[data-now-item="status"]');
      await expect(items).toHaveCount(expected.length);
      for (const [i, c] of expected.entries()) {
        const item = items.nth(i);
        await expect(item.locator('a')).toHaveText(c.name);
        await expect(item.locator('a')).toHaveAttribute('href', `/${prefix}components/${c.id}/`);
        await expect(item.locator('time')).toHaveAttribute('datetime', c.status.since!);
        await expect(item.locator('.badge')).toHaveText(t(`status.${c.status.state}` as never));
      }
    });

    test('the latest changed matrix cells are cells whose value changed that day, newest day first', async ({ page }) => {
      await page.goto(`./${prefix}`);
      const cells = new Map<string, (typeof matrices.data)[number]['cells'][number]>(matrices.data.flatMap((m) => m.cells.map((c) => [`compare/${m.id}/#${c.anchor}`, c] as const)));
      const newest = [...cells.values()].flatMap((c) => (c.history ?? []).map((h) => h.until)).filter((d) => d <= asOf).sort().at(-1);
      const items = panelOf(page).locator('[data-now-item="cell"]');
      expect(await items.count()).toBeGreaterThan(0);
      await expect(items.first().locator('time')).toHaveAttribute('datetime', newest!);
      for (const item of await items.all()) {
        const href = (await item.locator('a').getAttribute('href'))!;
        const day = (await item.locator('time').getAttribute('datetime'))!;
        const cell = cells.get(href.replace(`/${prefix}`, ''));
        expect(cell, `${href} is a cell of a matrix in the API`).toBeDefined();
        const at = cell!.history!.findIndex((h) => h.until === day);
        expect(at, `${href} has an earlier value that stopped holding on ${day}`).toBeGreaterThanOrEqual(0);
        const before = cell!.history![at]!.support;
        const after = (cell!.history![at + 1] ?? cell!).support;
        if (before !== after) {
          const word = (s: string) => t(supportKeys[s as keyof typeof supportKeys]);
          await expect(item.locator('.now__change')).toHaveText(t('home.now.cell.support', { before: word(before), after: word(after) }));
        }
      }
    });

    test('every item has a day and every link leads to a page and anchor that exist', async ({ page }) => {
      await page.goto(`./${prefix}`);
      await expectDated(page);
      const hrefs = await panelOf(page).locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.some((h) => /\/feeds\/all\.atom$/.test(h)) && hrefs.some((h) => /\/feeds\/all\.json$/.test(h))).toBe(true);
      for (const href of new Set(hrefs)) {
        const url = new URL(href);
        const response = await page.request.get(url.href);
        expect(response.status(), href).toBe(200);
        if (url.hash) expect(await response.text(), `${href}: the anchor exists`).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
      }
    });

    test('the panel comes before the cards', async ({ page }) => {
      await page.goto(`./${prefix}`);
      const order = await page.evaluate(() => {
        const panel = document.querySelector('section[data-now]');
        const cards = document.querySelector('.card-grid');
        return panel && cards ? panel.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
    });
  });

  test.describe(`home page now panel on a phone (${name})`, () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('the answer is above the fold', async ({ page }) => {
      await page.goto(`./${prefix}`);
      for (const item of ['patch', 'release']) {
        const box = (await panelOf(page).locator(`[data-now-item="${item}"]`).boundingBox())!;
        expect(box.y + box.height, `${item} ends above the fold`).toBeLessThanOrEqual(844);
      }
      // Nothing sticks out sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });

  test.describe(`home page now panel without JavaScript (${name})`, () => {
    test.use({ javaScriptEnabled: false });

    test('the panel is all there', async ({ page }) => {
      await page.goto(`./${prefix}`);
      await expect(panelOf(page).getByRole('heading', { level: 2, name: t('home.now.heading') })).toBeVisible();
      await expect(panelOf(page).locator('[data-now-item="patch"] a')).toBeVisible();
      await expectDated(page);
    });
  });
}
