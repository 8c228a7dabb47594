import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './site-pages';
import { en } from '../../src/i18n/en';
import { zhCn } from '../../src/i18n/zh-cn';

/**
 * The Chinese edition against the English one, read from the build: the same pages, no
 * English interface words, the same anchors, canonical and hreflang links, a language switch
 * that keeps the reader's place, and a header that fits a phone in one row.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const pages = builtPages();
const zhPrefix = '/zh-cn/';
const englishPages = pages.filter((p) => !p.startsWith(zhPrefix));
const chinesePages = pages.filter((p) => p.startsWith(zhPrefix));
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const html = (path: string) => readFileSync(fileOf(path), 'utf8');
const twin = (path: string) => (path.startsWith(zhPrefix) ? `/${path.slice(zhPrefix.length)}` : `${zhPrefix}${path.slice(1)}`);

test('every English page has a Chinese twin at the same slug, and the other way round', () => {
  expect(chinesePages.map(twin).sort()).toEqual(englishPages);
  expect(chinesePages.length).toBeGreaterThan(100);
  for (const path of chinesePages) expect(html(path), path).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
});

/**
 * Pages whose own translation is not in content/zh-cn/ yet may fall back to English; every
 * other Chinese page must be fully translated. The test reports which pages fall back.
 */
function pendingTranslation(path: string): string | undefined {
  const needs: Record<string, string[]> = {
    '/zh-cn/versions/': ['pages/versions.yaml'],
    '/zh-cn/kube-proxy/': ['pages/kube-proxy.yaml', 'datasets/kube-proxy.yaml'],
  };
  const matrix = /^\/zh-cn\/compare\/([^/]+)\/$/.exec(path)?.[1];
  const files = matrix ? [`matrices/${matrix}.yaml`] : (needs[path] ?? []);
  const missing = files.filter((f) => !existsSync(join(root, 'content/zh-cn', f)));
  return missing.length ? missing.map((f) => `content/zh-cn/${f}`).join(', ') : undefined;
}

test('no Chinese page falls back to English (except, until they are merged, pages whose translation is still being written)', () => {
  const fallbacks = chinesePages.flatMap((path) => {
    const kind = /<main[^>]*\sdata-i18n="(fallback-[a-z]+)"/.exec(html(path))?.[1];
    return kind ? [{ path, kind, pending: pendingTranslation(path) }] : [];
  });
  const report = fallbacks.map((f) => `${f.path} (${f.kind}${f.pending ? `; waiting for ${f.pending}` : ''})`);
  test.info().annotations.push({ type: 'fallback pages', description: report.join('\n') || 'none' });
  if (report.length) console.log(`Chinese pages that fall back to English:\n  ${report.join('\n  ')}`);
  expect(fallbacks.filter((f) => !f.pending).map((f) => f.path), 'pages that fall back although their translation exists').toEqual([]);
});

test('canonical and hreflang links are absolute, on every page, and name the twin', () => {
  const problems: string[] = [];
  for (const path of pages) {
    const page = html(path);
    const links = [...page.matchAll(/<link rel="(canonical|alternate)"(?: hreflang="([^"]+)")? href="([^"]+)"/g)].map((m) => ({ rel: m[1], lang: m[2], href: m[3]! }));
    const canonical = links.filter((l) => l.rel === 'canonical');
    const alternate = (lang: string) => links.find((l) => l.rel === 'alternate' && l.lang === lang)?.href;
    const fallback = /<main[^>]*\sdata-i18n="fallback-/.test(page) || /<main[^>]*\sdata-i18n="fallback-/.test(html(twin(path)));
    const en = path.startsWith(zhPrefix) ? twin(path) : path;
    const zh = path.startsWith(zhPrefix) ? path : twin(path);
    const url = (p: string) => new URL(p, 'https://k8s-atlas.example').href;
    // A 404 page is served at whatever address was asked for, so it names no canonical address.
    const notFound = path.endsWith('404.html');
    if (notFound) {
      if (canonical.length !== 0) problems.push(`${path}: a 404 page has ${canonical.length} canonical links`);
    } else if (canonical.length !== 1) problems.push(`${path}: ${canonical.length} canonical links`);
    else if (canonical[0]!.href !== url(fallback && path.startsWith(zhPrefix) ? en : path)) problems.push(`${path}: canonical ${canonical[0]!.href}`);
    if (alternate('en') !== url(en)) problems.push(`${path}: hreflang en ${alternate('en')}`);
    if (alternate('x-default') !== url(en)) problems.push(`${path}: hreflang x-default ${alternate('x-default')}`);
    if (fallback ? alternate('zh-CN') !== undefined : alternate('zh-CN') !== url(zh)) problems.push(`${path}: hreflang zh-CN ${alternate('zh-CN')}${fallback ? ' on a page that falls back' : ''}`);
  }
  expect(problems).toEqual([]);
});

test('Chinese pages keep the English anchors, so a fragment survives the language switch', () => {
  const ids = (page: string) => [...page.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]).sort();
  const differ = chinesePages.filter((path) => !path.endsWith('404.html')).filter((path) => ids(html(path)).join() !== ids(html(twin(path))).join());
  expect(differ).toEqual([]);
});

/**
 * Interface words that are the same in both languages: names and abbreviations. Every other
 * value of the English dictionary must not appear on a Chinese page outside text marked
 * lang="en" (content that has no translation yet, facts such as a maintainer's name).
 */
const allowedEnglish = new Set(['K8s Atlas', 'CNCF']);

// The Chinese pages in four groups, so the check spreads over the workers.
const groups = 4;
for (let group = 0; group < groups; group += 1) {
  test(`no English interface string on a Chinese page (group ${group + 1} of ${groups})`, async ({ browser }) => {
    test.slow();
    const keys = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] !== zhCn[k] && !allowedEnglish.has(en[k]));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A template that is nearly all placeholders ("{values} ({qualifier})") says nothing about
    // the language it is in; it is left out.
    const wordy = (value: string) => value.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '').length >= 4;
    const matchers = keys.filter((key) => wordy(en[key])).map((key) => {
      const value = en[key];
      const parts = value.split(/\{\w+\}/);
      // A word of the template must start and end at a word boundary: "{core} core" is not in "kube-score".
      const bounded = (p: string) => `${/^[A-Za-z]/.test(p) ? '\\b' : ''}${escape(p)}${/[A-Za-z]$/.test(p) ? '\\b' : ''}`;
      const pattern = new RegExp(`^${parts.map((p) => bounded(p.trim())).join('.+?')}$`, 's');
      // Long phrases are looked for anywhere; short words only as a whole text or attribute.
      const phrases = parts.map((p) => p.trim()).filter((p) => p.length >= 12 && p.includes(' '));
      // Any text the pattern matches contains its longest literal part: a page without it is skipped.
      const needle = parts.map((p) => p.trim()).reduce((a, b) => (b.length > a.length ? b : a), '');
      return { key, value, pattern, phrases, needle };
    });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of chinesePages.filter((_, i) => i % groups === group)) {
      await page.setContent(html(path), { waitUntil: 'domcontentloaded' });
      const texts = await page.evaluate(() => {
        const english = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ?? false;
        const out: string[] = [];
        const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType === Node.TEXT_NODE) {
            const parent = node.parentElement;
            if (!parent || /^(SCRIPT|STYLE)$/.test(parent.tagName) || english(parent)) continue;
            const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
            if (text) out.push(text);
          } else {
            const el = node as Element;
            if (english(el)) continue;
            for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'content', 'label']) {
              const value = el.getAttribute(name);
              if (value && !(el.tagName === 'META' && el.getAttribute('http-equiv'))) out.push(value.trim());
            }
            // Words written by scripts come from the strings the page hands them.
            if (el.matches('script[data-strings]')) out.push(...Object.values(JSON.parse(el.textContent ?? '{}') as Record<string, string>));
          }
        }
        // Element text as a whole, for labels split over several text nodes.
        for (const el of document.querySelectorAll('main :is(h1, h2, h3, th, button, label, legend, summary, caption, dt), header a, header summary')) {
          if (!english(el)) out.push((el.textContent ?? '').replace(/\s+/g, ' ').trim());
        }
        return out;
      });
      const all = texts.join('\n');
      for (const { key, value, pattern, phrases, needle } of matchers) {
        if (!all.includes(needle)) continue;
        const hit = texts.find((text) => pattern.test(text)) ?? phrases.find((phrase) => all.includes(phrase));
        if (hit !== undefined) problems.push(`${path}: ${key} ("${value}") in "${hit.slice(0, 80)}"`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
}

async function switchLanguage(page: Page, name: string) {
  await page.getByRole('navigation', { name: /^(Language|语言)$/ }).getByRole('link', { name }).click();
}

test('the language switch keeps the path, the query and the fragment, and a shaped matrix stays shaped', async ({ page }) => {
  const query = '?cols=ingress-nginx,traefik&diff=1';
  await page.goto(`./compare/ingress/${query}#feature-protocols`);
  await expect(page.getByRole('checkbox', { name: 'Only rows that differ' })).toBeChecked();
  await switchLanguage(page, '简体中文');
  await expect(page).toHaveURL((url) => url.pathname === '/zh-cn/compare/ingress/' && url.search === query && url.hash === '#feature-protocols');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('checkbox', { name: '只看有差异的行' })).toBeChecked();
  await expect(page.locator('thead th[data-col]:not(.is-hidden)')).toHaveCount(2);
  await expect(page.locator('#feature-protocols')).toBeAttached();

  // A change made on the page after it loaded is carried too.
  await page.getByRole('checkbox', { name: '只看有差异的行' }).uncheck();
  await switchLanguage(page, 'English');
  await expect(page).toHaveURL(
    (url) => url.pathname === '/compare/ingress/' && url.searchParams.get('cols') === 'ingress-nginx,traefik' && !url.searchParams.has('diff') && url.hash === '#feature-protocols',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('./zh-cn/guides/cluster-tuning/#network-mtu');
  await switchLanguage(page, 'English');
  await expect(page).toHaveURL(/\/guides\/cluster-tuning\/#network-mtu$/);
  await expect(page.locator('#network-mtu')).toHaveText('Network MTU');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language switch leads to the same page in the other language', async ({ page }) => {
    await page.goto('./versions/?month=2020-03#months');
    const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' });
    await expect(link).toHaveAttribute('href', '/zh-cn/versions/');
    await expect(link).toHaveAttribute('hreflang', 'zh-CN');
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a 390 px phone${javaScriptEnabled ? '' : ', without JavaScript'}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled });
    for (const [path, menu, home] of [['./', 'Menu', 'Home'], ['./zh-cn/', '菜单', '首页']] as const) {
      test(`${path}: the header is one row, and its menu opens from the keyboard`, async ({ page }) => {
        await page.goto(path);
        const header = page.locator('.site-header__inner');
        const parts = [page.locator('.site-title'), page.locator('#site-search-input'), page.locator('summary.site-menu__toggle')];
        const boxes = await Promise.all(parts.map((p) => p.boundingBox()));
        const middle = (b: { y: number; height: number } | null) => b!.y + b!.height / 2;
        for (const box of boxes) expect(Math.abs(middle(box) - middle(boxes[0]!))).toBeLessThan(8);
        expect((await header.boundingBox())!.height).toBeLessThan(72);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

        const nav = page.getByRole('navigation', { name: /^(Main|主导航)$/ });
        await expect(nav.getByRole('link', { name: home })).toBeHidden();
        // Tab from the title to the menu button, past the search field, and open it with Enter.
        await page.locator('.site-title').focus();
        const summary = page.locator('summary.site-menu__toggle');
        for (let i = 0; i < 6 && !(await summary.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
        await expect(summary).toBeFocused();
        await expect(summary).toHaveText(menu);
        await page.keyboard.press('Enter');
        await expect(nav.getByRole('link', { name: home })).toBeVisible();
        await page.keyboard.press('Tab');
        await expect(nav.getByRole('link', { name: home })).toBeFocused();
        await expect(page.getByRole('navigation', { name: /^(Language|语言)$/ }).getByRole('link')).toBeVisible();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Enter');
        await expect(nav.getByRole('link', { name: home })).toBeHidden();
      });
    }
  });
}

test('on a desktop the navigation and the language switch sit in the header, without a menu button', async ({ page }) => {
  await page.goto('./zh-cn/');
  await expect(page.locator('summary.site-menu__toggle')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '指南' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' })).toBeVisible();
});

test('Chinese pages search the Chinese index, and the results stay in Chinese', async ({ page }) => {
  await page.goto('./zh-cn/');
  const field = page.getByRole('combobox', { name: '搜索本站' });
  await field.click();
  await field.fill('入口控制器');
  const first = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first();
  await expect(first).toContainText('Ingress 控制器');
  await first.click();
  await expect(page).toHaveURL(/\/zh-cn\/categories\/ingress\/$/);

  await page.goto('./zh-cn/search/?q=Calico');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', '/zh-cn/components/calico/');
  await expect(page.getByRole('status')).toHaveText(/\d+ 条结果/);
});

test('the matrix exports its Chinese view with Chinese headers', async ({ page }) => {
  await page.goto('./zh-cn/compare/ingress/');
  await page.getByRole('button', { name: '复制为 Markdown' }).click();
  const output = page.getByRole('textbox', { name: '导出的表格' });
  await expect(output).toHaveValue(/^\| 特性 \| /);
});
