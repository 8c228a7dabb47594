import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, components } from './catalog-data';
import { builtPages, redirectPages } from './site-pages';
import { distDir, headLinks, readBuilt } from './build-files';

// The compare view: pair pages (static, with the other order redirecting), the compare page
// for any two to four components (with JavaScript), the controls on component and category
// pages, the exports, and what happens to ids that are unknown, repeated or hostile.

test.describe.configure({ timeout: 90_000 });

const nameOf = (id: string) => components.find((c) => c.id === id)!.data.name;
const byCategory = new Map<string, string[]>();
for (const c of components) byCategory.set(c.data.category, [...(byCategory.get(c.data.category) ?? []), c.id]);
const expectedPairs = [...byCategory.values()].reduce((n, ids) => n + (ids.length * (ids.length - 1)) / 2, 0);

const pairPages = (prefix: string) => builtPages().filter((p) => new RegExp(`^${prefix}compare/[^/]+-vs-[^/]+/$`).test(p));
const rowsOf = (scope: Page | Locator) => scope.locator('tbody tr[data-row]');
const visibleRows = (scope: Page | Locator) => scope.locator('tbody tr[data-row]:visible');

test('every pair of components within a category has a page in each language, in one order, and the other order redirects', () => {
  expect(expectedPairs).toBe(262);
  for (const prefix of ['/', '/zh-cn/']) {
    const pages = pairPages(prefix);
    expect(pages, prefix).toHaveLength(expectedPairs);
    for (const page of pages) {
      const [a, b] = page.split('/').at(-2)!.split('-vs-') as [string, string];
      expect(a < b, `${page} is in alphabetical order`).toBe(true);
      expect(components.find((c) => c.id === a)!.data.category).toBe(components.find((c) => c.id === b)!.data.category);
    }
    const redirects = redirectPages().filter((p) => p.startsWith(`${prefix}compare/`) && (prefix === '/zh-cn/' || !p.startsWith('/zh-cn/')));
    expect(redirects).toHaveLength(expectedPairs);
    for (const page of redirects) {
      const [a, b] = page.split('/').at(-2)!.split('-vs-') as [string, string];
      const target = `${prefix}compare/${b}-vs-${a}/`;
      const html = readBuilt(`${page.slice(1)}index.html`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(html).toContain(`<link rel="canonical" href="https://k8s-atlas.example${target}">`);
      expect(html).toContain(`<a href="${target}">`);
      expect(existsSync(join(distDir, target.slice(1), 'index.html')), target).toBe(true);
    }
  }
  // No page is listed twice: redirects stay out of the sitemap.
  const sitemap = readBuilt('sitemap.xml');
  expect(sitemap).toContain('/compare/calico-vs-cilium/</loc>');
  expect(sitemap).not.toContain('/compare/cilium-vs-calico/</loc>');
});

test('the matrix pages keep their addresses beside the pair pages', async ({ page }) => {
  await page.goto('./compare/ingress/');
  await expect(page.locator('comparison-matrix')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Ingress controllers compared');
  expect(builtPages().filter((p) => /^\/compare\/[^/]+\/$/.test(p) && !p.includes('-vs-'))).toEqual(['/compare/ingress/']);
});

test.describe('a pair page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows both components, marks the rows that differ in words, and filters them with the check box', async ({ page }) => {
    await page.goto('./compare/calico-vs-cilium/');
    await expect(page.locator('h1')).toHaveText('Calico vs Cilium');
    const heads = page.locator('thead th[data-col] .compare-name');
    await expect(heads).toHaveText(['Calico', 'Cilium']);
    for (const id of ['calico', 'cilium']) {
      const c = components.find((x) => x.id === id)!;
      await expect(page.locator(`#cmp-license td[data-col="${id}"]`)).toHaveText(c.data.license);
      await expect(page.locator(`#cmp-maintainer td[data-col="${id}"]`)).toHaveText(c.data.maintainer);
    }
    // The category's traits are rows; a differing row says so in text, not by colour alone.
    const networking = categories.find((c) => c.id === 'networking')!;
    await expect(page.locator('tbody[data-section="traits-networking"] tr[data-row]')).toHaveCount(networking.comparison!.length);
    const differing = page.locator('tr[data-state="differs"]');
    expect(await differing.count()).toBeGreaterThan(0);
    await expect(differing.first().locator('th')).toContainText('Differs');
    const all = await rowsOf(page).count();
    await page.getByRole('checkbox', { name: 'Only differences' }).check();
    await expect(visibleRows(page)).toHaveCount(await differing.count());
    expect(await differing.count()).toBeLessThan(all);
    // Export needs JavaScript, so it is not offered.
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  });

  test('shows the Kubernetes versions each project lists, where it lists them', async ({ page }) => {
    await page.goto('./compare/contour-vs-ingress-nginx/');
    const row = page.locator('#cmp-kubernetes');
    for (const id of ['contour', 'ingress-nginx']) {
      const k = components.find((c) => c.id === id)!.data.kubernetes!;
      await expect(row.locator(`td[data-col="${id}"]`)).toContainText(`${k.versions[0]}–${k.versions.at(-1)} for ${k.release}`);
      await expect(row.locator(`td[data-col="${id}"] a`)).toHaveAttribute('href', k.source.url);
    }
    await expect(row.locator('th')).toContainText('Differs');
    await page.goto('./components/contour/');
    await expect(page.locator('.facts')).toContainText('Kubernetes versions');
    // A pair where neither project's list is recorded has no such row.
    await page.goto('./compare/calico-vs-cilium/');
    await expect(page.locator('#cmp-kubernetes')).toHaveCount(0);
  });

  test('has its own canonical address and link preview naming both', async () => {
    const { links, metas } = headLinks(readBuilt('compare/calico-vs-cilium/index.html'));
    expect(links.find((l) => l.rel === 'canonical')?.href).toBe('https://k8s-atlas.example/compare/calico-vs-cilium/');
    expect(metas.get('og:title')).toBe('Calico vs Cilium');
    expect(metas.get('og:description')).toMatch(/^Calico and Cilium side by side/);
    expect(metas.get('og:image')).toBe('https://k8s-atlas.example/og/compare/calico-vs-cilium.png');
    expect(existsSync(join(distDir, 'og/compare/calico-vs-cilium.png'))).toBe(true);
    expect(existsSync(join(distDir, 'og/compare/cilium-vs-calico.png'))).toBe(false);
    const zh = headLinks(readBuilt('zh-cn/compare/calico-vs-cilium/index.html'));
    expect(zh.metas.get('og:title')).toBe('Calico 与 Cilium 对比');
    expect(zh.links.find((l) => l.rel === 'canonical')?.href).toBe('https://k8s-atlas.example/zh-cn/compare/calico-vs-cilium/');
  });

  test('the other order leads to the canonical page, in both languages', async ({ page }) => {
    await page.goto('./compare/cilium-vs-calico/');
    await page.waitForURL('**/compare/calico-vs-cilium/');
    await expect(page.locator('h1')).toHaveText('Calico vs Cilium');
    await page.goto('./zh-cn/compare/traefik-vs-contour/');
    await page.waitForURL('**/zh-cn/compare/contour-vs-traefik/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveText('Contour 与 Traefik 对比');
  });

  test('the compare page explains how to pick and links every pair page', async ({ page }) => {
    await page.goto('./compare/');
    await expect(page.getByText('Picking components here needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeHidden();
    await expect(page.locator('.pair-list a')).toHaveCount(expectedPairs);
    await page.locator('#pairs-networking summary').click();
    await page.getByRole('link', { name: 'Calico vs Cilium' }).click();
    await expect(page).toHaveURL(/\/compare\/calico-vs-cilium\/$/);
  });

  test('component and category pages link their pairs and hide what needs JavaScript', async ({ page }) => {
    await page.goto('./components/calico/');
    const section = page.locator('.compare-pairs');
    for (const other of byCategory.get('networking')!.filter((id) => id !== 'calico')) {
      const slug = ['calico', other].sort().join('-vs-');
      await expect(section.getByRole('link', { name: `Calico vs ${nameOf(other)}` })).toHaveAttribute('href', `/compare/${slug}/`);
    }
    await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeHidden();
    await page.goto('./categories/ingress/');
    await expect(page.getByRole('checkbox', { name: 'Compare Traefik' })).toBeHidden();
    await page.getByText('Compare two of them').click();
    await expect(page.locator('.compare-pairs-all a')).toHaveCount(105);
  });
});

test.describe('the compare page with JavaScript', () => {
  test('draws any set from the URL, in order, from this site’s data, and keeps the URL through add, remove, back, forward and reload', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('./compare/');
    await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeVisible();
    expect(requests.filter((u) => u.includes('compare-data'))).toEqual([]);

    await page.goto('./compare/?ids=traefik,calico,cilium');
    const heads = page.locator('thead th[data-col] .compare-name');
    await expect(heads).toHaveText(['Traefik', 'Calico', 'Cilium']);
    // Only the chosen components' data files, each once.
    const data = requests.filter((u) => u.includes('compare-data'));
    expect(data.sort()).toEqual(['calico', 'cilium', 'traefik'].map((id) => new URL(`compare-data/${id}.json`, baseURL).href));
    // Traefik and Cilium are both columns of the Ingress matrix; Calico's cells there do not apply.
    await expect(page.locator('tbody[data-section="matrix-ingress"]')).toHaveCount(1);
    await expect(page.locator('tbody[data-section="traits-networking"] td[data-col="traefik"].compare-na').first()).toContainText('Does not apply');

    const picker = page.getByRole('combobox', { name: 'Add a component' });
    await picker.selectOption('flannel');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(heads).toHaveText(['Traefik', 'Calico', 'Cilium', 'flannel']);
    await expect(page).toHaveURL(/\?ids=traefik,calico,cilium,flannel$/);
    await page.getByRole('button', { name: 'Remove Calico' }).click();
    await expect(heads).toHaveText(['Traefik', 'Cilium', 'flannel']);
    await expect(page).toHaveURL(/\?ids=traefik,cilium,flannel$/);

    await page.goBack();
    await expect(heads).toHaveText(['Traefik', 'Calico', 'Cilium', 'flannel']);
    await page.goBack();
    await expect(heads).toHaveText(['Traefik', 'Calico', 'Cilium']);
    await page.goForward();
    await expect(heads).toHaveText(['Traefik', 'Calico', 'Cilium', 'flannel']);
    await page.reload();
    await expect(heads).toHaveText(['Traefik', 'Calico', 'Cilium', 'flannel']);
    // Nothing comes from elsewhere.
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  });

  test('shows a pair as its pair page does, and points to that page', async ({ page, browser }) => {
    await page.goto('./compare/?ids=calico,cilium');
    await expect(page.locator('thead th[data-col]')).toHaveCount(2);
    const drawn = await page.locator('.compare-table tbody').allInnerTexts();
    await expect(page.getByRole('link', { name: 'These two have a page of their own, which works without JavaScript.' })).toHaveAttribute('href', '/compare/calico-vs-cilium/');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(new URL('/compare/calico-vs-cilium/', page.url()).href);
    expect(await still.locator('.compare-table tbody').allInnerTexts()).toEqual(drawn);
    await context.close();
  });

  test('works in Chinese from the Chinese data file', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('./zh-cn/compare/?ids=calico,traefik');
    await expect(page.locator('thead th[data-col] .compare-name')).toHaveText(['Calico', 'Traefik']);
    await expect(page.locator('tbody[data-section="overview"] .compare-section')).toHaveText('概况');
    await expect(page.locator('#cmp-category th')).toContainText('不同');
    expect(requests.filter((p) => p.includes('compare-data')).sort()).toEqual(['/zh-cn/compare-data/calico.json', '/zh-cn/compare-data/traefik.json']);
    await page.getByRole('combobox', { name: '添加组件' }).selectOption('cilium');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect(page).toHaveURL(/\/zh-cn\/compare\/\?ids=calico,traefik,cilium$/);
  });

  test('unknown, repeated and hostile ids are ignored with a note, as text; more than four keep the first four', async ({ page }) => {
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const hostile = '<img src=x onerror=alert(1)>';
    await page.goto(`./compare/?ids=${encodeURIComponent(hostile)},nginx,nginx`);
    const notes = page.locator('[data-notes]');
    await expect(notes.locator('[data-ignored="unknown"]')).toContainText('Ignored, not a component of this site:');
    await expect(notes.locator('code')).toHaveText([hostile, 'nginx']);
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.locator('table')).toHaveCount(0);
    await expect(page).toHaveURL(/\/compare\/$/);

    await page.goto('./compare/?ids=calico,calico,cilium,flannel,traefik,contour,kgateway');
    await expect(page.locator('thead th[data-col] .compare-name')).toHaveText(['Calico', 'Cilium', 'flannel', 'Traefik']);
    await expect(notes.locator('[data-ignored="repeated"] code')).toHaveText(['calico']);
    await expect(notes.locator('[data-ignored="extra"]')).toContainText('at most 4');
    await expect(notes.locator('[data-ignored="extra"] code')).toHaveText(['contour', 'kgateway']);
    await expect(page).toHaveURL(/\?ids=calico,cilium,flannel,traefik$/);
    // Adding a fifth is refused with a note.
    await page.getByRole('combobox', { name: 'Add a component' }).selectOption('contour');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(notes).toContainText('remove one first');
    await expect(page.locator('thead th[data-col]')).toHaveCount(4);
    expect(problems).toEqual([]);
  });

  test('the drawn view passes axe in light and dark mode, in both languages', async ({ page }) => {
    test.slow();
    for (const path of ['./compare/?ids=calico,cilium,traefik,contour&diff=1', './zh-cn/compare/?ids=flannel,traefik']) {
      await page.goto(path);
      await expect(page.locator('.compare-table')).toHaveCount(1);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.violations.map((v) => `${path} ${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
      }
    }
  });

  test('the picker works from the keyboard', async ({ page }) => {
    await page.goto('./compare/?ids=calico');
    await expect(page.locator('[data-notes]')).toContainText('Add at least one more component');
    const picker = page.getByRole('combobox', { name: 'Add a component' });
    await picker.focus();
    await picker.selectOption('cilium');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?ids=calico,cilium$/);
    await expect(picker).toBeFocused();
    await page.getByRole('button', { name: 'Remove Cilium' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?ids=calico$/);
  });
});

/** The visible rows of the table as the export should have them. */
async function tableText(page: Page): Promise<string[][]> {
  return visibleRows(page).evaluateAll((rows) =>
    rows.map((tr) => {
      const clean = (el: Element) => {
        const c = el.cloneNode(true) as HTMLElement;
        c.querySelectorAll('[data-noexport], .sr-only').forEach((n) => n.remove());
        c.querySelectorAll('ul').forEach((ul) => ul.replaceWith(` ${[...ul.children].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).join(ul.classList.contains('v') ? ', ' : '; ')} `));
        return c.textContent!.replace(/\s+/g, ' ').trim();
      };
      const section = tr.closest('tbody')!.querySelector('.compare-section__title')!.cloneNode(true) as HTMLElement;
      section.querySelectorAll('a').forEach((a) => a.remove());
      return [section.textContent!.trim(), clean(tr.querySelector('.compare-label')!), ...[...tr.querySelectorAll('td')].map(clean)];
    }),
  );
}

/** RFC 4180 CSV, as toCsv writes it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

test.describe('export', () => {
  test('a pair page exports the rows shown as Markdown and CSV', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./compare/contour-vs-traefik/');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const shown = await tableText(page);
    const markdown = await page.getByRole('textbox', { name: 'Exported table' }).inputValue();
    const lines = markdown.trimEnd().split('\n');
    expect(lines[0]).toBe('| Section | Property | Contour | Traefik |');
    expect(lines).toHaveLength(shown.length + 2);
    expect(lines[2]).toBe(`| ${shown[0]!.join(' | ')} |`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    await page.getByRole('checkbox', { name: 'Only differences' }).check();
    await expect(page).toHaveURL(/\?diff=1$/);
    const differing = await tableText(page);
    expect(differing.length).toBeLessThan(shown.length);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('contour-vs-traefik-differences.csv');
    const csv = parseCsv(readFileSync((await file.path())!, 'utf8'));
    expect(csv[0]).toEqual(['Section', 'Property', 'Contour', 'Traefik']);
    expect(csv.slice(1)).toEqual(differing);
  });

  test('the compare page exports its view too', async ({ page }) => {
    await page.goto('./compare/?ids=calico,traefik,flannel');
    await expect(page.locator('thead th[data-col]')).toHaveCount(3);
    const shown = await tableText(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('compare-calico-traefik-flannel.csv');
    const csv = parseCsv(readFileSync((await file.path())!, 'utf8'));
    expect(csv[0]).toEqual(['Section', 'Property', 'Calico', 'Traefik', 'flannel']);
    expect(csv.slice(1)).toEqual(shown);
    expect(csv.find((r) => r[1] === 'Licence')?.slice(2)).toEqual(['calico', 'traefik', 'flannel'].map((id) => components.find((c) => c.id === id)!.data.license));
  });
});

test.describe('compare controls with JavaScript', () => {
  test('a component page opens the compare page with any other component', async ({ page }) => {
    await page.goto('./components/traefik/');
    await page.getByRole('combobox', { name: 'Or with any component, of any category:' }).selectOption('calico');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\/\?ids=traefik,calico$/);
    await expect(page.locator('thead th[data-col] .compare-name')).toHaveText(['Traefik', 'Calico']);
  });

  test('a category table compares two to four ticked rows', async ({ page }) => {
    await page.goto('./categories/ingress/');
    const submit = page.getByRole('button', { name: 'Compare selected' });
    await expect(submit).toBeDisabled();
    for (const name of ['Traefik', 'Contour', 'Kong Ingress Controller', 'Istio']) await page.getByRole('checkbox', { name: `Compare ${name}` }).check();
    await expect(page.getByRole('checkbox', { name: 'Compare Envoy Gateway' })).toBeDisabled();
    await expect(page.getByText('4 of at most 4 selected.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Compare Istio' }).uncheck();
    await submit.click();
    await expect(page.locator('thead th[data-col] .compare-name')).toHaveCount(3);
    expect(new URL(page.url()).search).toMatch(/^\?ids=[a-z-]+,[a-z-]+,[a-z-]+$/);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a 390 px phone${javaScriptEnabled ? '' : ', without JavaScript'}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled });

    test('a pair fits the screen side by side, and the page never scrolls sideways', async ({ page }) => {
      await page.goto('./compare/calico-vs-cilium/');
      const scroller = page.locator('.compare-scroll');
      const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('four components scroll inside the table with the first column in place', async ({ page }) => {
    await page.goto('./compare/?ids=calico,cilium,flannel,traefik');
    await expect(page.locator('thead th[data-col]')).toHaveCount(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const label = page.locator('#cmp-license th');
    const before = await label.boundingBox();
    await page.locator('.compare-scroll').evaluate((el) => el.scrollBy(300, 0));
    const after = await label.boundingBox();
    expect(Math.round(after!.x)).toBe(Math.round(before!.x));
  });
});
