import { expect, test, type Page } from '@playwright/test';
import { cellsAt, type RowFacts } from '../../src/lib/matrix/view-state';
import { matrix, nameOf, rows, url } from './matrix-data';

/**
 * Links that keep their meaning: the matrix as of a day (?at=YYYY-MM-DD), live and pinned
 * links, and the compact phone view. The December 2026 check changed cells on 2026-12-01, so a
 * link pinned to 2026-11-30 must show the values from before it, and the live view today's.
 */

// The matrix has 285 cells; on a shared two-core machine its checks need more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const table = (page: Page) => page.getByRole('table', { name: matrix.caption });
const columnHeader = (page: Page, id: string) => table(page).getByRole('columnheader', { name: nameOf(id) });
const lbNginx = (page: Page) => page.locator('#feature-load-balancing--ingress-nginx');
const shownValues = (page: Page, cell: string) =>
  page.locator(cell).evaluate((td) => [...td.querySelectorAll(td.classList.contains('pinned') ? ':scope > .pin .v li' : ':scope > .now .v li')].map((li) => li.textContent));

/** What the page data says a cell held on a day. */
function valuesAt(rowId: string, column: string, day: string): string[] {
  const row = rows.find((r) => r.id === rowId)!;
  const cell = row.cells[column]!;
  const facts: RowFacts = {
    id: row.id,
    label: row.label,
    current: row.cells,
    layers: { [column]: [...(row.baseline?.[column] ? [row.baseline[column]!] : []), ...cell.history, cell] },
  };
  const layer = cellsAt(facts, day)[column] as unknown as { values: string[] };
  return layer.values;
}

test('a link pinned to 2026-11-30 shows the values from before the December check; the live view shows today’s', async ({ page }) => {
  await page.goto(`${url}?at=2026-11-30`);
  await expect(page.getByRole('radio', { name: 'On a date' })).toBeChecked();
  await expect(page.locator('[data-pinned]')).toHaveText(/Showing the matrix as it stood on 2026-11-30\./);
  await expect(lbNginx(page)).toHaveClass(/pinned/);
  const before = valuesAt('load-balancing', 'ingress-nginx', '2026-11-30');
  expect(before).toEqual(['round-robin', 'sticky sessions', 'least-conn', 'ip-hash', 'ewma']);
  expect(await shownValues(page, '#feature-load-balancing--ingress-nginx')).toEqual(before);
  // The WAF cell still listed lua-resty-waf; HAProxy Ingress's Gateway API cell still listed TCPRoute.
  expect(await shownValues(page, '#feature-waf--ingress-nginx')).toContain('lua-resty-waf');
  expect(await shownValues(page, '#feature-gateway-api--haproxy-ingress')).toContain('TCPRoute');
  // Columns and rows added on 2026-12-01 did not exist then.
  await expect(columnHeader(page, 'nginx-gateway-fabric')).toBeHidden();
  await expect(page.locator('#feature-license')).toBeHidden();

  await page.getByRole('link', { name: 'Show today’s values' }).click();
  await expect(page).toHaveURL(/\/compare\/ingress\/$/);
  await expect(lbNginx(page)).not.toHaveClass(/pinned/);
  const now = rows.find((r) => r.id === 'load-balancing')!.cells['ingress-nginx']!.values;
  expect(now).toEqual(['round-robin', 'ewma', 'consistent hash', 'sticky sessions']);
  expect(await shownValues(page, '#feature-load-balancing--ingress-nginx')).toEqual(now);
  await expect(columnHeader(page, 'nginx-gateway-fabric')).toBeVisible();
});

test('a day in 2020 shows the survey, and a reader can pick a day', async ({ page }) => {
  await page.goto(`${url}?at=2020-06-01`);
  const row = rows.find((r) => r.id === 'load-balancing')!;
  await expect(lbNginx(page).locator('.pin .was-text')).toHaveText(row.baseline!['ingress-nginx']!.raw);
  for (const id of matrix.columns) {
    if (matrix.baseline!.columns.includes(id)) await expect(columnHeader(page, id)).toBeVisible();
    else await expect(columnHeader(page, id)).toBeHidden();
  }
  await page.locator('input[name="at"]').fill('2026-11-26');
  await expect(page).toHaveURL(/at=2026-11-26/);
  expect(await shownValues(page, '#feature-load-balancing--ingress-nginx')).toContain('ip-hash');
  await page.getByRole('radio', { name: 'Today' }).check();
  await expect(page).toHaveURL(/\/compare\/ingress\/$/);
});

test('"Copy link" offers the live view and a view pinned to today, and the pinned link opens the same cells', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${url}?cols=ingress-nginx,traefik`);
  await page.getByRole('button', { name: 'Copy link to the live view' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/compare\/ingress\/\?cols=ingress-nginx%2Ctraefik$/);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByRole('button', { name: `Copy link pinned to ${today}` }).click();
  const pinned = await page.evaluate(() => navigator.clipboard.readText());
  expect(pinned).toMatch(new RegExp(`\\?at=${today}&cols=ingress-nginx%2Ctraefik$`));
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(pinned);
  expect(await shownValues(fresh, '#feature-load-balancing--ingress-nginx')).toEqual(await shownValues(page, '#feature-load-balancing--ingress-nginx'));
  // Viewing an earlier day, the pinned link keeps that day.
  await page.goto(`${url}?at=2026-11-30`);
  await page.getByRole('button', { name: 'Copy link pinned to 2026-11-30' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?at=2026-11-30$/);
});

test('hostile ?at= values are ignored, never rendered, and leave the live view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  for (const at of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '2026-02-30', '2026-11-30%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E', '9999-01-01', '2026-11-30T00:00']) {
    await page.goto(`${url}?at=${at}`);
    await expect(page.getByRole('radio', { name: 'Today' })).toBeChecked();
    await expect(page.locator('[data-pinned]')).toBeHidden();
    await expect(page.locator('input[name="at"]')).toHaveValue('');
    await expect(lbNginx(page)).not.toHaveClass(/pinned/);
    await expect(page.locator('main img, main script:not([type]):not([data-strings])')).toHaveCount(0);
    expect(await page.locator('main').innerHTML()).not.toContain('alert(');
  }
  expect(errors).toEqual([]);
});

test('a 390 px phone shows two controllers side by side, no sideways scrolling, and can compare a third', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url);
  const region = page.getByRole('region', { name: matrix.caption });
  const widths = () =>
    page.evaluate(() => {
      const scroller = document.querySelector('.matrix-scroll')!;
      return { page: document.documentElement.scrollWidth, table: scroller.scrollWidth, box: scroller.clientWidth };
    });
  await expect(page.locator('thead th[data-col]:not(.is-hidden)')).toHaveCount(2);
  let w = await widths();
  expect(w.page).toBeLessThanOrEqual(390);
  expect(w.table).toBeLessThanOrEqual(w.box);
  await expect(region).toBeVisible();
  // The compact view: each cell shows its level and values, with the rest folded.
  await expect(lbNginx(page).locator('.now .s')).toBeVisible();
  await expect(lbNginx(page).locator('details .note').first()).toBeHidden();

  await page.getByRole('combobox', { name: 'Third controller' }).selectOption('envoy-gateway');
  await expect(page).toHaveURL(/cols=ingress-nginx%2Cnginx-ingress%2Cenvoy-gateway/);
  await expect(page.locator('thead th[data-col]:not(.is-hidden)')).toHaveCount(3);
  w = await widths();
  expect(w.page).toBeLessThanOrEqual(390);
  expect(w.table).toBeLessThanOrEqual(w.box);
  await page.getByRole('combobox', { name: 'First controller' }).selectOption('traefik');
  await expect(page).toHaveURL(/cols=nginx-ingress%2Ctraefik%2Cenvoy-gateway/);
  await context.close();
});

test('the conformance matrix is its own page, linked from the Ingress matrix and the home page', async ({ page }) => {
  await page.goto(url);
  await page.getByRole('link', { name: 'Gateway API conformance by profile and feature' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway API conformance');
  await page.goto('./');
  await page.locator('#flagships').locator('xpath=ancestor::div[1]/following-sibling::ul[1]').getByRole('link', { name: 'Gateway API conformance' }).click();
  await expect(page).toHaveURL(/\/conformance\/gateway-api\/$/);
});
