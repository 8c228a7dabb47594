import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { readBuilt } from './build-files';
import { gatedPages } from './gate-pages';
import { builtPages } from './site-pages';

/**
 * Quality gates that every page must pass, now and when pages are added: the list of pages is
 * read from the build, and a crawl from the home page proves they are all reachable. The static
 * gates read every page's HTML; the browser gates open every page but most pair pages (see
 * gate-pages.ts for which, and why).
 */
const pages = builtPages();
const gated = gatedPages(pages);

function extract(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

test('a crawl from the home page reaches every page, and every link and #fragment resolves', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const ids = new Map<string, Set<string>>();
  const links: { from: string; to: string }[] = [];
  const queue = ['/'];
  const problems: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (ids.has(path)) continue;
    const response = await request.get(path);
    if (response.status() !== 200) {
      problems.push(`${path}: status ${response.status()}`);
      ids.set(path, new Set());
      continue;
    }
    const html = await response.text();
    ids.set(path, new Set(extract(html, /\sid="([^"]+)"/g)));
    for (const href of extract(html, /<a\s[^>]*?href="([^"]+)"/g)) {
      const url = new URL(href, `${origin}${path}`);
      if (url.origin !== origin) continue;
      links.push({ from: path, to: url.pathname + url.hash });
      if (!ids.has(url.pathname) && !queue.includes(url.pathname)) queue.push(url.pathname);
    }
  }
  for (const { from, to } of links) {
    const [path, fragment] = to.split('#') as [string, string | undefined];
    const targetIds = ids.get(path);
    if (!targetIds) problems.push(`${from} links to ${path}, which was not fetched`);
    else if (fragment && !targetIds.has(decodeURIComponent(fragment))) problems.push(`${from} links to ${to}, but ${path} has no element with id "${fragment}"`);
  }
  // No page links to a 404 page (/404.html, /zh-cn/404.html); every other page must be reached.
  const unreachable = pages.filter((p) => !p.endsWith('/404.html') && !ids.has(p));
  expect(unreachable, 'pages in the build that no link reaches').toEqual([]);
  expect(problems).toEqual([]);
});

/**
 * Counts the page's requests from before it is opened. `settled()`, called once the page has
 * loaded, resolves when no request is in flight and none has started or ended for `quietMs`:
 * the page's own late requests (a script module, a chunk, a font) have been made and
 * answered, so a failing one is caught. Playwright's 'networkidle' is the same idea with a
 * fixed 500 ms of quiet, which over 228 pages is most of two minutes spent waiting.
 */
function trackNetwork(page: Page, quietMs = 150, timeoutMs = 10_000) {
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => { inFlight += 1; lastActivity = Date.now(); });
  const ended = () => { inFlight -= 1; lastActivity = Date.now(); };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async settled(): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeoutMs} ms`);
        await page.waitForTimeout(25);
      }
    },
  };
}

/** What a page's HTML must hold, read from the file: the basics the browser gates check too. */
function staticProblems(path: string, html: string): string[] {
  const problems: string[] = [];
  const at = (what: string) => problems.push(`${path}: ${what}`);
  const count = (pattern: RegExp) => [...html.matchAll(pattern)].length;
  if (count(/<h1[\s>]/g) !== 1) at(`${count(/<h1[\s>]/g)} h1 elements, expected 1`);
  if (!/^<!DOCTYPE html><html[^>]*\slang="[a-z]{2}/i.test(html)) at('no lang on <html>');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  if (title.trim().length <= 3) at(`title "${title}" is too short`);
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  if (description.length <= 20) at(`description "${description}" is too short`);
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (!csp) at('no Content-Security-Policy meta');
  else if (/script-src[^;]*'unsafe-(inline|eval)'/.test(csp)) at("script-src allows 'unsafe-inline' or 'unsafe-eval'");
  if (/<i?frame[\s>]/.test(html)) at('has a frame');
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
  for (const [, id] of main.matchAll(/<h[23]\s[^>]*\bid="([^"]+)"/g)) {
    if (!main.includes(`href="#${id}"`)) at(`heading #${id} has no anchor link`);
  }
  return problems;
}

test(`static gates on all ${pages.length} pages: one h1, a language, a title, a description, a strict CSP, anchored headings, no frames`, () => {
  const problems = pages.flatMap((path) => staticProblems(path, readBuilt(path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1))));
  expect(problems).toEqual([]);
});

for (const path of gated) {
  test(`quality gates on ${path}`, async ({ page, baseURL }) => {
    // Two axe runs over a large table can pass 30 s on a loaded two-core machine.
    test.slow();
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
    });
    page.on('response', (response) => {
      const isThe404Page = path === '/404.html' && response.url() === `${origin}${path}`;
      if (response.status() >= 400 && !isThe404Page) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        w.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });

    const network = trackNetwork(page);
    await page.goto(path, { waitUntil: 'load' });
    await network.settled();
    // The basics of a page: one h1, a language, a title, a description, and an anchor link on
    // every section heading.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    expect((await page.title()).length).toBeGreaterThan(3);
    expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length ?? 0).toBeGreaterThan(20);
    const unanchored = await page.locator('main :is(h2, h3)[id]').evaluateAll((headings) =>
      headings.filter((h) => !document.querySelector(`main a[href="#${CSS.escape(h.id)}"]`)).map((h) => `${h.tagName} #${h.id}`),
    );
    expect(unanchored, 'headings without an anchor link').toEqual([]);

    // axeViolations() runs axe in the top document only; a frame would escape it.
    await expect(page.locator('iframe, frame')).toHaveCount(0);

    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, 'page has a CSP').toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);

    await page.emulateMedia({ colorScheme: 'light' });
    const light = await axeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axeViolations(page);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    expect(problems, 'console, exceptions and requests').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
    expect(light, 'axe in light mode').toEqual([]);
    expect(dark, 'axe in dark mode').toEqual([]);
  });
}
