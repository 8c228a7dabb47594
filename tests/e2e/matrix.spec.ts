import { expect, test, type Page } from '@playwright/test';
import { supportKeys } from '../../src/lib/matrix/matrix';
import { translator } from '../../src/i18n';
import { matrix, nameOf, rows, url } from './matrix-data';

// The matrix has 285 cells; on a shared two-core machine its checks need more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const t = translator('en');
const baseline = matrix.baseline!;

const table = (page: Page) => page.getByRole('table', { name: matrix.caption });
const columnHeader = (page: Page, id: string) => table(page).getByRole('columnheader', { name: nameOf(id) });
const rowHeader = (page: Page, label: string) => table(page).getByRole('rowheader', { name: label, exact: false }).filter({ has: page.locator(`a.row-link:text-is("${label}")`) });

test('the home page links to the matrix, and the page is well formed', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ingress matrix' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(matrix.title);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(table(page).locator('caption')).toHaveText(matrix.caption);
  await expect(table(page).locator('thead th[scope="col"]')).toHaveCount(matrix.columns.length + 1);
  await expect(table(page).locator('tbody th[scope="row"]')).toHaveCount(matrix.rows.length);
});

/** Every cell as the page shows it, read in one pass (hundreds of locator checks would be slow). */
const readCells = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('tbody td[id]')].map((td) => {
        const layer = td.classList.contains('pinned') ? td.querySelector(':scope > .pin')! : td.querySelector(':scope > .now')!;
        const details = td.querySelector('details')!;
        return [
          td.id,
          {
            support: layer.querySelector<HTMLElement>('.s')?.dataset.s ?? null,
            word: layer.querySelector('.s')?.textContent ?? null,
            values: [...layer.querySelectorAll('.v li')].map((li) => li.textContent),
            wasText: (td.classList.contains('pinned') ? layer : details).querySelector('.was-text')?.textContent ?? null,
            details: details.textContent ?? '',
            refs: [...details.querySelectorAll(':scope > .meta a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`),
            checked: details.querySelector(':scope > .meta time')?.textContent ?? null,
            history: details.querySelectorAll('.hist > li').length,
            changed: details.querySelector('summary .chg') !== null,
            nowHidden: getComputedStyle(td.querySelector('.now')!).display === 'none',
          },
        ];
      }),
    ),
  );

test('without JavaScript the whole table is there: each cell’s level and values, and its notes, sources and 2020 value one click away', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('group', { name: 'Controllers' })).toBeHidden();
  for (const id of matrix.columns) await expect(columnHeader(page, id)).toBeVisible();
  const cells = await readCells(page);
  expect(Object.keys(cells)).toHaveLength(matrix.columns.length * matrix.rows.length);
  for (const row of rows) {
    await expect(rowHeader(page, row.label).first()).toBeVisible();
    for (const column of matrix.columns) {
      const now = row.cells[column]!;
      const cell = cells[`feature-${row.id}--${column}`]!;
      const where = `${row.id} / ${column}`;
      // At a glance: the level as a word (with an icon beside it) and the values.
      expect(cell.support, where).toBe(now.support);
      expect(cell.word, where).toBe(t(supportKeys[now.support]));
      expect(cell.values, where).toEqual(now.values);
      // One click away, in the HTML already: notes, source numbers, the checked day, 2020 and earlier values.
      if (now.note) expect(cell.details, where).toContain(now.note);
      for (const m of now.derivedNotes) expect(cell.details, where).toContain(t.message(m));
      expect(cell.refs, where).toEqual(now.sources.map((s) => `#source-${s.key} Source [${s.number}]`));
      expect(cell.checked, where).toBe(now.checked);
      expect(cell.wasText, where).toBe(row.baseline?.[column]?.raw ?? null);
      expect(cell.history, where).toBe(now.history.length);
    }
  }
  // Opening a cell's details shows them.
  const first = page.locator('#feature-load-balancing--ingress-nginx details');
  await first.locator('summary').click();
  await expect(first.locator('.was')).toBeVisible();
  await expect(first.locator('.hist')).toContainText('least-conn');
  await context.close();
});

test('the 2020 view shows the survey cells exactly, five controllers per row', async ({ page }) => {
  await page.goto(url);
  await page.getByRole('radio', { name: baseline.label }).check();
  await expect(page).toHaveURL(new RegExp(`view=${baseline.year}`));
  for (const id of matrix.columns) {
    if (baseline.columns.includes(id)) await expect(columnHeader(page, id)).toBeVisible();
    else await expect(columnHeader(page, id)).toBeHidden();
  }
  const cells = await readCells(page);
  for (const row of rows) {
    if (!row.baseline) {
      await expect(page.locator(`#feature-${row.id}`)).toBeHidden();
      continue;
    }
    for (const column of baseline.columns) {
      const cell = cells[`feature-${row.id}--${column}`]!;
      expect(cell.wasText).toBe(row.baseline[column]!.raw);
      expect(cell.support).toBe(row.baseline[column]!.support);
      expect(cell.nowHidden).toBe(true);
    }
  }
});

test('today’s view marks the cells that changed since the survey', async ({ page }) => {
  await page.goto(url);
  const cells = await readCells(page);
  for (const row of rows) {
    for (const column of matrix.columns) expect(cells[`feature-${row.id}--${column}`]!.changed, `${row.id} / ${column}`).toBe(row.cells[column]!.changed);
  }
  expect(Object.values(cells).filter((c) => c.changed).length).toBeGreaterThan(20);
});

test('a reader chooses controllers, filters features and values, and sees differing rows', async ({ page }) => {
  await page.goto(url);
  const controllers = page.getByRole('group', { name: 'Controllers' });
  const [first, second, ...rest] = matrix.columns;
  for (const id of rest) await controllers.getByRole('checkbox', { name: nameOf(id), exact: true }).uncheck();
  await expect(columnHeader(page, first!)).toBeVisible();
  await expect(columnHeader(page, rest[0]!)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`cols=${first}%2C${second}`));

  const target = rows.find((r) => r.id === 'load-balancing')!;
  await page.getByRole('searchbox', { name: 'Filter features' }).fill(target.label.slice(0, 6));
  await expect(rowHeader(page, target.label)).toBeVisible();
  await expect(rowHeader(page, rows[0]!.label)).toBeHidden();
  await page.getByRole('searchbox', { name: 'Filter features' }).fill('');

  await page.getByRole('checkbox', { name: 'Only rows that differ' }).check();
  for (const row of rows) {
    const differs = new Set([first!, second!].map((c) => row.cells[c]!.key)).size > 1;
    if (differs) await expect(rowHeader(page, row.label)).toBeVisible();
    else await expect(rowHeader(page, row.label)).toBeHidden();
  }
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(page).toHaveURL(/\/compare\/ingress\/$/);

  // "Controllers with canary releases"
  const canary = rows.find((r) => r.id === 'traffic-distribution')!;
  await page.getByRole('combobox', { name: 'Only controllers with' }).selectOption(`${canary.id}:canary`);
  for (const id of matrix.columns) {
    const has = canary.cells[id]!.slugs.includes('canary');
    if (has) await expect(columnHeader(page, id)).toBeVisible();
    else await expect(columnHeader(page, id)).toBeHidden();
  }
});

test('a shaped view survives a round trip through its link', async ({ page, browser }) => {
  await page.goto(url);
  await page.getByRole('radio', { name: baseline.label }).check();
  await page.getByRole('group', { name: 'Controllers' }).getByRole('checkbox', { name: nameOf(baseline.columns[0]!), exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Only rows that differ' }).check();
  await page.getByRole('searchbox', { name: 'Filter features' }).fill('a');
  const link = page.url();
  const snapshot = async (p: Page) =>
    p.evaluate(() => ({
      cols: [...document.querySelectorAll('thead th[data-col]:not(.is-hidden)')].map((e) => e.textContent?.trim()),
      rows: [...document.querySelectorAll('tbody tr:not(.is-hidden)')].map((e) => e.id),
      pinned: [...document.querySelectorAll('td.pinned:not(.is-hidden)')].length,
    }));
  const before = await snapshot(page);
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('radio', { name: baseline.label })).toBeChecked();
  await expect(fresh.getByRole('searchbox', { name: 'Filter features' })).toHaveValue('a');
  expect(await snapshot(fresh)).toEqual(before);
});

test('each row has a stable anchor and a button that copies its link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const row = rows[2]!;
  await page.goto(`${url}?diff=1#feature-${row.id}`);
  await expect(page.locator(`#feature-${row.id}`)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Only rows that differ' }).uncheck();
  await page.getByRole('button', { name: `Copy link to ${row.label}` }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/compare/ingress/#feature-${row.id}$`));
  await expect(page.getByRole('status')).toContainText(copied);
  await expect(page.locator(`#feature-${row.id}--${matrix.columns[0]}`)).toHaveCount(1);
});

test('the view exports as Markdown and as CSV', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${url}?cols=${matrix.columns[0]},${matrix.columns[1]}&q=${encodeURIComponent(rows[1]!.label)}`);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const row = rows[1]!;
  const expected = [
    `| Feature | ${nameOf(matrix.columns[0]!)} | ${nameOf(matrix.columns[1]!)} |`,
    '| --- | --- | --- |',
    `| ${row.label} | ${t.message(row.cells[matrix.columns[0]!]!.text)} | ${t.message(row.cells[matrix.columns[1]!]!.text)} |`,
    '',
  ].join('\n');
  await expect(page.getByRole('textbox', { name: 'Exported table' })).toHaveValue(expected);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ingress-current.csv');
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(`Feature,${nameOf(matrix.columns[0]!)},${nameOf(matrix.columns[1]!)}`);
  expect(csv).toContain(row.label);
});

test('hostile parameters are ignored and never rendered as markup', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(
    `${url}?cols=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,nope&has=%3Cscript%3Ealert(2)%3C/script%3E&view=%22%3E%3Csvg%20onload%3Dalert(3)%3E&diff=maybe&q=%3Cimg%20src%3Dx%20onerror%3Dalert(4)%3E&at=%3Cimg%20src%3Dx%20onerror%3Dalert(5)%3E`,
  );
  for (const id of matrix.columns) await expect(columnHeader(page, id)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Today' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Filter features' })).toHaveValue('<img src=x onerror=alert(4)>');
  await expect(page.locator('main img, main svg[onload]')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('No feature or controller matches this view.');
  expect(errors).toEqual([]);
});

test('on a phone the page does not scroll sideways and the table keeps its first column', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const region = page.getByRole('region', { name: matrix.caption });
  await region.evaluate((el) => el.scrollBy(400, 0));
  const header = rowHeader(page, rows[0]!.label);
  const box = await header.boundingBox();
  expect(box!.x).toBeLessThan(40);
  await context.close();
});
