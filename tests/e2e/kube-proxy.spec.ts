import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content/check';
import { buildCharts, renderChart } from '../../src/lib/kube-proxy/charts';
import { translator } from '../../src/i18n';
import { formatNumber as formatFor } from '../../src/i18n/format';

const en = translator('en');
const formatNumber = (value: number) => formatFor(value, 'en');
import { calibrate, estimateCost, type ModelInputs } from '../../src/lib/kube-proxy/model';
import { modeAdvice } from '../../src/lib/kube-proxy/advice';
import { maintainedOn } from '../../src/lib/versions/security';
import { todayUtc } from '../../src/lib/format/dates';
import { loadReleaseData } from '../support/release-data';
import { expectAnswerFirst, PHONE } from './answer-first';

// Figures come from content, and expected model values from the model itself: the unit tests
// pin the model to hand-worked numbers, these check that the page shows what the model says.
const root = fileURLToPath(new URL('../..', import.meta.url));
const dataset = checkContent(root).content.datasets.find((d) => d.id === 'kube-proxy')!.data!;
const calibration = calibrate(dataset);
// The charts as an English reader sees them: their words rendered.
const charts = buildCharts(dataset).map((spec) => ({ ...spec, ...renderChart(spec, en.message), name: en.message(spec.name) }));
// The CPU chart is the page's headline, drawn as SVG; the others are drawn by chart.js lower down.
const headline = charts.find((c) => c.id === 'cpu')!;
const lower = charts.filter((c) => c.id !== 'cpu');
const chartRequest = (url: string) => /\/_astro\/chart-draw\.[\w-]+\.js$/.test(url);
const PAGE = './kube-proxy/';

/**
 * Scrolls down the page as a reader would, stopping at each chart until it has drawn. Jumping
 * straight past a chart between two frames never makes it intersect, so a bare loop of
 * scrollTo calls could skip one on a slow machine.
 */
async function scrollThrough(page: Page) {
  for (const chart of await page.locator('kp-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', /.*/);
  }
  const height = await page.evaluate(() => document.body.scrollHeight);
  await page.evaluate((top) => window.scrollTo(0, top), height);
}

test('the page is well formed and linked from its component page and the home page', async ({ page }) => {
  await page.goto('./components/kube-proxy/');
  await page.getByRole('link', { name: 'kube-proxy costs' }).first().click();
  await expect(page).toHaveURL(/\/kube-proxy\/$/);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page).toHaveTitle(/kube-proxy costs.*K8s Atlas/);
  for (const heading of await page.locator('main :is(h2, h3)[id]').all()) {
    const id = await heading.getAttribute('id');
    await expect(page.locator(`main a[href="#${id}"]`)).toHaveCount(1);
  }
  await page.getByRole('link', { name: 'About kube-proxy and its modes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('kube-proxy');
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'kube-proxy costs' }).first()).toBeVisible();
});

test('the sourced-figures table holds every quoted figure with its source', async ({ page }) => {
  await page.goto(PAGE);
  const table = page.getByRole('table', { name: 'Sourced figures' });
  for (const series of dataset.series) {
    for (const point of series.points) {
      const source = dataset.sources.find((s) => s.id === point.source)!;
      const row = table.getByRole('row').filter({ hasText: point.note });
      await expect(row).toContainText(`${formatNumber(point.y)} ${series.y.unit}`);
      await expect(row).toContainText(formatNumber(point.x));
      await expect(row.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    }
  }
  const setup = page.getByRole('table', { name: 'Benchmark setup' });
  const { source: _source, keepaliveRuleShare, ...settings } = dataset.benchmark;
  await expect(setup).toContainText(`${formatNumber(keepaliveRuleShare * 100)}%`);
  for (const value of Object.values(settings)) await expect(setup).toContainText(formatNumber(value));
  await expect(setup.getByRole('row')).toHaveCount(Object.keys(settings).length + 2);
  const findings = page.getByRole('table', { name: 'Findings without numbers' });
  for (const finding of dataset.findings) await expect(findings).toContainText(finding.claim);
  const releases = page.getByRole('table', { name: 'Releases' });
  for (const m of dataset.milestones) await expect(releases.getByRole('row').filter({ hasText: m.stage })).toContainText(m.version);
});

test('each chart has a table with its numbers and a CSV download', async ({ page, request }) => {
  await page.goto(PAGE);
  for (const spec of charts) {
    const table = page.getByRole('table', { name: `Numbers behind the chart “${spec.title}”` });
    // The headline CPU chart's table also has a column for the reader's own setting.
    await expect(table.getByRole('columnheader')).toHaveCount(spec.lines.length + 1 + (spec.id === 'cpu' ? 1 : 0));
    for (const line of spec.lines.filter((l) => l.basis === 'quoted')) {
      for (const p of line.points) {
        await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: formatNumber(p.x), exact: true }) })).toContainText(formatNumber(p.y));
      }
    }
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: spec.name }) });
    const href = await section.getByRole('link', { name: 'Download this series as CSV' }).getAttribute('href');
    const csv = await request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text.split(/\r?\n/)[0]).toBe(`series,line,basis,services,${spec.yUnit.replace(/ /g, '_')},source`);
    expect(text).toContain(',quoted,');
    expect(text).toContain(',computed,');
  }
});

test('charts load chart.js only when they come near the viewport, then draw', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(PAGE, { waitUntil: 'networkidle' });
  expect(requested.filter(chartRequest)).toEqual([]);
  // The headline chart is SVG from the server: there before chart.js, which draws the others.
  await expect(page.getByRole('img', { name: headline.title })).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(0);
  await scrollThrough(page);
  await expect(page.getByRole('img', { name: lower[0]!.title })).toBeVisible();
  for (const spec of charts) await expect(page.getByRole('img', { name: spec.title })).toBeAttached();
  await expect(page.locator('kp-chart[data-drawn]')).toHaveCount(lower.length);
  await expect(page.locator('canvas')).toHaveCount(lower.length);
  expect(requested.filter(chartRequest)).toHaveLength(1);
  // Nothing is fetched from any other origin.
  expect(requested.filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test('no other page loads chart.js', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  for (const path of ['./', './components/kube-proxy/', './categories/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await scrollThrough(page);
  }
  expect(requested.filter(chartRequest)).toEqual([]);
});

function expectedOutputs(inputs: ModelInputs) {
  const e = estimateCost(inputs, calibration);
  return { rulesPerSecond: formatNumber(e.rulesPerSecond), cores: formatNumber(e.cores), rulesPerRequest: formatNumber(e.rulesPerRequest) };
}

test('the cost model follows its inputs and writes them to the URL', async ({ page }) => {
  await page.goto(PAGE);
  const model = page.locator('kp-cost-model');
  await model.getByRole('spinbutton', { name: 'Services' }).fill('2500');
  await model.getByRole('spinbutton', { name: 'Requests per connection' }).fill('20');
  await model.getByRole('radio', { name: 'IPVS' }).check();
  const inputs: ModelInputs = { services: 2500, endpointsPerService: 10, connectionsPerSecond: 1000, requestsPerConnection: 20, mode: 'ipvs' };
  const want = expectedOutputs(inputs);
  await expect(model.locator('[data-out="cores"]')).toHaveText(want.cores);
  await expect(model.locator('[data-out="rulesPerSecond"]')).toHaveText(want.rulesPerSecond);
  await expect(model.locator('[data-out="rulesPerRequest"]')).toHaveText(want.rulesPerRequest);
  await expect(page).toHaveURL(/\?services=2500&endpoints=10&connections=1000&requests=20&mode=ipvs/);
  // The headline's table gains a row for the reader's own number of Services.
  const table = page.getByRole('table', { name: `Numbers behind the chart “${headline.title}”` });
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2,500', exact: true }) })).toContainText(want.cores);
  await expect(table.getByRole('columnheader', { name: 'your setting (IPVS)' })).toBeVisible();
  // The SVG is redrawn from the same numbers: the reader's point is IPVS's square at 2,500.
  const you = page.locator('[data-plot="kp-headline"] [data-line="you"]');
  await expect(you).toHaveCount(1);
  await expect(you.locator('title')).toHaveText(`your setting (IPVS): ${want.cores} at 2,500`);
  await expect(you.locator('rect')).toHaveCount(1);
  // A new connection rate changes the title of the chart and of its table.
  await model.getByRole('spinbutton', { name: 'New connections per second' }).fill('4000');
  await expect(page.getByRole('img', { name: /at 4,000 new connections per second/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /at 4,000 new connections per second/ })).toBeVisible();
});

test('the cost model starts from the URL and ignores hostile or bad values', async ({ page }) => {
  await page.goto(`${PAGE}?services=40000&endpoints=3&connections=250&requests=5&mode=nftables`);
  const model = page.locator('kp-cost-model');
  await expect(model.getByRole('spinbutton', { name: 'Services' })).toHaveValue('40000');
  await expect(model.getByRole('radio', { name: 'nftables' })).toBeChecked();
  const want = expectedOutputs({ services: 40000, endpointsPerService: 3, connectionsPerSecond: 250, requestsPerConnection: 5, mode: 'nftables' });
  await expect(model.locator('[data-out="cores"]')).toHaveText(want.cores);

  const hostile = encodeURIComponent('<img src=x onerror="window.pwned=1">');
  await page.goto(`${PAGE}?services=${hostile}&endpoints=-4&connections=1e9&requests=7&mode=${hostile}`);
  await expect(model.getByRole('spinbutton', { name: 'Services' })).toHaveValue(String(calibration.anchors.services));
  await expect(model.getByRole('spinbutton', { name: 'Requests per connection' })).toHaveValue('7');
  await expect(model.getByRole('radio', { name: 'iptables' })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the tables carry every number and no chart is drawn', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('table', { name: 'Sourced figures' })).toBeVisible();
    for (const spec of charts) {
      const table = page.getByRole('table', { name: `Numbers behind the chart “${spec.title}”` });
      await expect(table).toBeVisible();
      await expect(table.getByRole('row')).toHaveCount(new Set(spec.lines.flatMap((l) => l.points.map((p) => p.x))).size + 1);
    }
    await expect(page.locator('canvas')).toHaveCount(0);
    await expect(page.getByText('The chart draws when JavaScript is on').first()).toBeVisible();
    // The headline chart needs no script: its SVG and its numbers table are in the HTML.
    const svg = page.locator('svg[data-plot="kp-headline"]');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAccessibleName(headline.title);
    await expect(svg).toHaveAccessibleDescription(en('kubeProxy.plot.desc'));
    const numbers = page.getByRole('table', { name: `Numbers behind the chart “${headline.title}”` });
    await expect(numbers).toBeVisible();
    for (const line of headline.lines.filter((l) => l.basis === 'quoted')) {
      for (const p of line.points) await expect(numbers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: formatNumber(p.x), exact: true }) })).toContainText(formatNumber(p.y));
    }
    await expect(page.locator('[data-out="cores"]')).toHaveText(formatNumber(estimateCost({ services: calibration.anchors.services, endpointsPerService: dataset.benchmark.endpointsPerService, connectionsPerSecond: dataset.benchmark.requestsPerSecond, requestsPerConnection: 1, mode: 'iptables' }, calibration).cores));
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('the page does not scroll sideways, charts included', async ({ page }) => {
    await page.goto(PAGE);
    await scrollThrough(page);
    await expect(page.locator('kp-chart[data-drawn]')).toHaveCount(lower.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

// What the advice should say, worked out from the same data the page reads.
const { entries } = loadReleaseData(root);
const supported = maintainedOn(entries, todayUtc()).map((e) => e.line);
const advice = modeAdvice(dataset, supported)!;
const modeName = (line: string) => en.message({ key: `kubeProxy.line.${line}` });

test('the page opens with which mode to use, from the data, with its sources', async ({ page }) => {
  await page.goto(PAGE);
  const answer = page.locator('[data-answer]');
  await expect(answer.getByRole('heading', { level: 2 })).toHaveText(`Use ${modeName(advice.mode)} mode.`);
  const stable = dataset.milestones.find((m) => m.line === advice.mode && m.stage === 'stable')!;
  const deprecated = dataset.milestones.find((m) => m.stage === 'deprecated')!;
  await expect(answer).toContainText(`generally available since Kubernetes ${stable.version}`);
  await expect(answer).toContainText(`(${en.list(supported)})`);
  await expect(answer).toContainText(`${modeName(deprecated.line)} mode is deprecated since ${deprecated.version}`);
  for (const id of [stable.source, deprecated.source]) {
    const source = dataset.sources.find((s) => s.id === id)!;
    await expect(answer.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
  }
  // Before switching: the default and what nodes need, each from the data.
  const switching = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Before you switch' }) });
  await expect(switching).toContainText(`${modeName(dataset.defaultMode!.line)} is still the default`);
  for (const r of dataset.requirements) await expect(switching).toContainText(r.minimum);
  for (const setting of advice.settings) await expect(switching.locator('code', { hasText: setting })).toBeVisible();
  expect(advice.settings).toEqual(['mode: nftables', '--proxy-mode nftables']);
});

test.describe('on a 390 × 844 phone', () => {
  test.use(PHONE);
  for (const prefix of ['', 'zh-cn/']) {
    test(`the advice and the headline chart come first, on the first screen (${prefix || 'en'})`, async ({ page }) => {
      await page.goto(`./${prefix}kube-proxy/`);
      await expectAnswerFirst(page, page.locator('[data-answer]'), page.locator('svg[data-plot="kp-headline"]'));
    });
  }
});
