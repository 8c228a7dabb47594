import { expect, test } from '@playwright/test';
import { conformancePage, resultKeys } from '../../src/lib/conformance/page';
import { translator } from '../../src/i18n';
import { conformance, mapping } from './matrix-data';

// The matrix has 285 cells; on a shared two-core machine its checks need more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const t = translator('en');
const page$ = conformancePage(conformance, mapping);

test('every implementation with a report for the newest two versions is on the page, with its report at the imported commit', async ({ page }) => {
  await page.goto('./conformance/gateway-api/');
  await expect(page.locator('main')).toContainText(`commit ${conformance.source.commit.slice(0, 12)} of ${conformance.source.date.slice(0, 10)}`);
  expect(page$.versions.map((v) => v.version)).toEqual(['v1.6', 'v1.5']);
  for (const version of conformance.versions) {
    const section = page$.versions.find((v) => v.version === version.version)!;
    const grid = page.getByRole('table', { name: t('conformance.version.caption', { version: version.version }) });
    await expect(grid.locator('tbody tr')).toHaveCount(version.implementations.length);
    await expect(grid.locator('thead th')).toHaveCount(section.profiles.length + 1);
    // Read every row once, then compare with the data.
    const shown = await grid.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.id,
        header: tr.querySelector('th')!.textContent ?? '',
        report: tr.querySelector('th a')!.getAttribute('href'),
        cells: [...tr.querySelectorAll('td')].map((td) => ({ word: td.querySelector('.r')!.textContent, result: (td.querySelector('.r') as HTMLElement).dataset.r, text: td.textContent ?? '' })),
      })),
    );
    version.implementations.forEach((impl, i) => {
      const row = shown[i]!;
      const expected = section.rows[i]!;
      expect(row.id).toBe(expected.anchor);
      expect(row.header).toContain(`${impl.organization} / ${impl.project}`);
      expect(row.report).toBe(impl.report.url);
      expect(impl.report.url).toContain(`/blob/${conformance.source.commit}/conformance/reports/`);
      expect(row.header).toContain(`${impl.report.implementationVersion}, Gateway API ${impl.report.gatewayAPIVersion}, ${impl.report.channel} channel`);
      // Each profile cell: the result as an icon and a word, and the counts.
      expected.cells.forEach((cell, j) => {
        expect(row.cells[j]!.result).toBe(cell.result);
        expect(row.cells[j]!.word).toBe(t(resultKeys[cell.result]));
        if (cell.core) expect(row.cells[j]!.text).toContain(`${cell.core.passed}/${cell.core.passed + cell.core.failed + cell.core.skipped} core`);
      });
    });
    // The extended features table names every feature any report of the version claims.
    const features = page.getByRole('table', { name: t('conformance.features.caption', { version: version.version }) });
    await expect(features.locator('tbody tr')).toHaveCount(section.features.length);
  }
});

test('controllers compared on the Ingress matrix without a recent report show their newest older one', async ({ page }) => {
  await page.goto('./conformance/gateway-api/');
  for (const version of conformance.earlier) {
    for (const impl of version.implementations) {
      await expect(page.locator('section[aria-labelledby="earlier"]')).toContainText(`${impl.organization} / ${impl.project}`);
    }
  }
  await page.getByRole('link', { name: t('conformance.matrixLink') }).click();
  await expect(page).toHaveURL(/\/compare\/ingress\/#feature-gateway-api$/);
});
