import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { readBuilt } from './build-files';

// Words that occur only in the prose of one page: Calico's body says its routes can reach
// top-of-rack routers, so that pod traffic crosses (穿越) the data centre unencapsulated. No
// component name, alias, tag or summary has them, so only the full-text index can find them.
const english = { word: 'top-of-rack', page: 'components/calico/', section: 'what-it-is' };
const chinese = { word: '穿越', page: 'zh-cn/components/calico/', section: 'what-it-is' };

const field = (page: Page) => page.locator('#site-search-input');
const textSection = (page: Page, name: string) => page.getByRole('main').locator('section', { has: page.getByRole('heading', { name, level: 2 }) });

test('the test words are in no record of the names index, only in the prose', () => {
  for (const [index, word] of [['search-index.json', english.word], ['zh-cn/search-index.json', chinese.word]] as const) {
    const { records } = JSON.parse(readBuilt(index)) as { records: unknown[] };
    expect(JSON.stringify(records)).not.toContain(word);
  }
  expect(readBuilt(`${english.page}index.html`)).toContain(english.word);
  expect(readBuilt(`${chinese.page}index.html`)).toContain(chinese.word);
});

test('an English word found only in a page\'s prose leads to its section, with the sentence around it', async ({ page }) => {
  await page.goto(`./search/?q=${english.word}`);
  const section = textSection(page, 'In the text of pages');
  await expect(section.getByText('1 page', { exact: true })).toBeVisible();
  const link = section.getByRole('link', { name: 'Calico', exact: true });
  await expect(link).toHaveAttribute('href', `/${english.page}#${english.section}`);
  const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Calico', exact: true }) });
  await expect(item.locator('mark')).toHaveText(english.word);
  await expect(item).toContainText('Each node can announce the routes to its pods over BGP, including to physical top-of-rack routers');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/${english.page}#${english.section}$`));
});

test('a Chinese word found only in a page\'s prose leads to its section, with the sentence around it', async ({ page }) => {
  await page.goto(`./zh-cn/search/?q=${encodeURIComponent(chinese.word)}`);
  const section = textSection(page, '页面正文');
  await expect(section.getByText('1 个页面', { exact: true })).toBeVisible();
  const link = section.getByRole('link', { name: 'Calico', exact: true });
  await expect(link).toHaveAttribute('href', `/${chinese.page}#${chinese.section}`);
  const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Calico', exact: true }) });
  await expect(item.locator('mark')).toHaveText(chinese.word);
  await expect(item).toContainText('宣告对象也可以是物理的架顶（ToR）路由器，这样 Pod 流量无需任何封装就能穿越数据中心。');
});

test('full-text results stay in the locale being read', async ({ page }) => {
  // Calico's English page has the English word, but a Chinese reader's search finds Chinese pages only.
  await page.goto(`./zh-cn/search/?q=${english.word}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('没有结果');
  await page.goto(`./search/?q=${encodeURIComponent(chinese.word)}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No results');

  await page.goto('./zh-cn/search/?q=Calico');
  const section = textSection(page, '页面正文');
  await expect(section.getByRole('link').first()).toBeVisible();
  for (const href of await section.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/zh-cn\//);
  }
});

test('the header field lists pages found by their text below the names, and opens them', async ({ page }) => {
  await page.goto('./');
  await field(page).click();
  await field(page).fill(english.word);
  const group = page.getByRole('listbox').getByRole('group', { name: 'In the text of pages' });
  const option = group.getByRole('option', { name: /Calico/ });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText(english.word);
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${english.page}#${english.section}$`));
});

test('nothing of search is fetched before the reader focuses a search field', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const searchBytes = () => fetched.filter((path) => /search-index\.json|\/pagefind\/|search-worker|full-text-worker|\/engine\./.test(path));

  for (const path of ['./', './zh-cn/', './search/', './components/calico/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(searchBytes(), path).toEqual([]);
  }

  await field(page).focus();
  await expect.poll(() => searchBytes().some((p) => p.endsWith('/search-index.json'))).toBe(true);
  // The full-text index is asked only once there is a query.
  expect(searchBytes().filter((p) => p.includes('/pagefind/'))).toEqual([]);
  await field(page).fill(english.word);
  await expect.poll(() => searchBytes().some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(searchBytes().every((p) => !p.startsWith('/zh-cn/'))).toBe(true);
});

test('a hostile query in the full-text search is shown as text and never run', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto(`./search/?q=${encodeURIComponent(hostile)}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox', { name: 'Search terms' })).toHaveValue(hostile);
  // Pagefind looks for the words in it (img, src, alert …); whatever it finds is listed as text.
  await page.waitForLoadState('networkidle');
  await expect(main.locator('.search-results img, .search-results script, .search-results [onerror]')).toHaveCount(0);
  await page.goto('./');
  await field(page).click();
  await field(page).fill(hostile);
  await expect(page.getByRole('listbox').getByRole('option').last()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('listbox').locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('results found by their text pass axe in light and dark mode, with no console error or CSP violation', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const [path, word, heading] of [
    ['./search/', english.word, 'In the text of pages'],
    ['./zh-cn/search/', chinese.word, '页面正文'],
  ] as const) {
    await page.goto(`${path}?q=${encodeURIComponent(word)}`);
    await expect(textSection(page, heading).getByRole('link').first()).toBeVisible();
    // And the header's popup, open over the page with the same words.
    await field(page).click();
    await field(page).fill(word);
    await expect(page.getByRole('listbox').getByRole('group').last().getByRole('option').first()).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  }
  expect(problems).toEqual([]);
});
