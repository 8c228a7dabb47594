import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/matrix/matrix';
import { builtPages } from './site-pages';
import { distDir, fileOf, filesUnder, headLinks, readBuilt, readJson } from './build-files';

// The JSON API as built: every response against its published schema, and the API and the
// pages telling the same story. These read dist/ directly; no browser is started.

test('every API response validates against the JSON Schema it names', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const path of filesUnder(join(distDir, 'api/v1/schemas'), '.json')) ajv.addSchema(readJson(`api/v1/schemas/${path}`));
  const files = filesUnder(join(distDir, 'api/v1'), '.json').filter((p) => !p.startsWith('schemas/'));
  expect(files.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const path of files) {
    const body = readJson(`api/v1/${path}`);
    const validate = ajv.getSchema(body.$schema);
    if (!validate) problems.push(`${path}: its $schema ${body.$schema} is not published`);
    else if (!validate(body)) problems.push(`${path}: ${ajv.errorsText(validate.errors)}`);
  }
  const notFound = readJson('api/404.json');
  const errorSchema = ajv.getSchema(notFound.index.replace('index.json', 'schemas/error.json'))!;
  if (!errorSchema(notFound)) problems.push(`api/404.json: ${ajv.errorsText(errorSchema.errors)}`);
  expect(problems).toEqual([]);
});

test('the index lists every resource with its records, and every record file exists', () => {
  const index = readJson('api/v1/index.json');
  expect(index.total).toBe(index.data.length);
  for (const resource of index.data) {
    const list = readJson(fileOf(resource.url));
    expect(list.total, resource.name).toBe(resource.total);
    expect(list.data.map((r: { id: string }) => r.id), resource.name).toEqual(resource.ids);
    for (const id of resource.ids) expect(existsSync(join(distDir, fileOf(resource.item_url.replace('{id}', id)))), `${resource.name}/${id}`).toBe(true);
  }
  // Every response is dated by the data, the same day everywhere.
  expect(index.generated_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(readJson('api/v1/components.json').generated_at).toBe(index.generated_at);
});

test('every component page has its JSON, and the JSON names the page', () => {
  const pages = builtPages().filter((p) => /^\/components\/[^/]+\/$/.test(p));
  const list = readJson('api/v1/components.json');
  expect(list.data.map((c: { id: string }) => `/components/${c.id}/`).sort()).toEqual(pages);
  for (const page of pages) {
    const id = page.split('/')[2]!;
    const record = readJson(`api/v1/components/${id}.json`).data;
    const html = readBuilt(`${page.slice(1)}index.html`);
    expect(html).toContain(`<h1>${record.name.replaceAll('&', '&amp;')}</h1>`);
    expect(fileOf(record.links.page)).toBe(`${page.slice(1)}index.html`);
  }
});

test('every matrix cell on a matrix page is in the API, with the same values', () => {
  const pages = builtPages().filter((p) => /^\/compare\/[^/]+\/$/.test(p) && !p.includes('-vs-'));
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    const id = page.split('/')[2]!;
    const cells = new Map<string, { values?: string[]; support: string }>(readJson(`api/v1/matrices/${id}.json`).data.cells.map((c: { anchor: string }) => [c.anchor, c]));
    const html = readBuilt(`${page.slice(1)}index.html`);
    // Each cell shows today's values as a list in its first `.now` block.
    const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const onPage = [...html.matchAll(/<td\s[^>]*id="(feature-[^"]+)"[^>]*>\s*<div class="now"[^>]*>([\s\S]*?)<\/div>/g)].map(
      (m) => [m[1]!, [...m[2]!.matchAll(/<li[^>]*>([^<]*)<\/li>/g)].map((li) => slugify(decode(li[1]!))).join(' ')] as const,
    );
    expect(onPage.length, page).toBe(cells.size);
    for (const [anchor, values] of onPage) {
      const cell = cells.get(anchor!);
      expect(cell, `${page}#${anchor} is not in the API`).toBeDefined();
      expect((cell!.values ?? []).map(slugify).join(' '), anchor).toBe(values);
    }
  }
});

test('every page links its data and its feeds, and each link is a file of the build', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const { links } = headLinks(readBuilt(page.endsWith('/') ? `${page.slice(1)}index.html` : page.slice(1)));
    const alternates = links.filter((l) => l.rel === 'alternate');
    const types = alternates.map((l) => l.type);
    const notFound = /^\/([a-z-]+\/)?404\.html$/.test(page);
    if (!notFound && !types.includes('application/json')) problems.push(`${page}: no application/json alternate`);
    if (!types.includes('application/atom+xml') || !types.includes('application/feed+json')) problems.push(`${page}: no feed alternates`);
    for (const l of alternates) if (!existsSync(join(distDir, fileOf(l.href)))) problems.push(`${page}: ${l.type} ${l.href} is not in the build`);
    const canonical = links.find((l) => l.rel === 'canonical');
    if (notFound) {
      if (canonical) problems.push(`${page}: a 404 page has no canonical address`);
    } else if (!canonical || !existsSync(join(distDir, fileOf(canonical.href)))) problems.push(`${page}: canonical ${canonical?.href} is not in the build`);
  }
  expect(problems).toEqual([]);
  // The component page points at that component's JSON and feed.
  const calico = headLinks(readBuilt('components/calico/index.html')).links;
  expect(calico.find((l) => l.type === 'application/json')?.href).toMatch(/\/api\/v1\/components\/calico\.json$/);
  expect(calico.find((l) => l.type === 'application/atom+xml')?.href).toMatch(/\/feeds\/components\/calico\.atom$/);
});

test('the sitemap lists every page but the 404, and robots.txt points at it', () => {
  const sitemap = readBuilt('sitemap.xml');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => fileOf(m[1]!));
  const pages = builtPages().filter((p) => !/^\/([a-z-]+\/)?404\.html$/.test(p)).map((p) => `${p.slice(1)}index.html`);
  expect(listed.sort()).toEqual(pages.sort());
  expect(readBuilt('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('the API page shows every resource with an example', async ({ page }) => {
  await page.goto('api/');
  const index = readJson('api/v1/index.json');
  for (const resource of index.data) {
    const section = page.locator(`section[aria-labelledby="resource-${resource.name}"]`);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(resource.name);
    await section.locator('summary').click();
    const example = JSON.parse(await section.locator('pre').innerText());
    expect(example.$schema).toBe(resource.schema);
    expect(example.total).toBe(resource.total);
  }
});
