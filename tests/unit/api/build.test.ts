import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fileURLToPath } from 'node:url';
import { buildApi, jsonSchemas, notFoundBody, resourceName, type CollectionDump } from '../../../src/lib/api/build';
import { shortenExample } from '../../../src/lib/api/example';
import { pageAlternates } from '../../../src/lib/api/links';
import { collectSources, newestCheckedDay } from '../../../src/lib/api/walk';
import { categorySchema } from '../../../src/schemas/category';
import { componentSchema } from '../../../src/schemas/component';
import { matrixSchema } from '../../../src/schemas/matrix';
import { pageTextSchema } from '../../../src/schemas/page-text';
import { releaseLineSchema } from '../../../src/schemas/release';
import { loadApiCollections } from '../../support/api-collections';

const url = (path: string) => `https://atlas.example/${path}`;
const options = { url, feeds: [{ name: 'all', lang: 'en', atom: 'feeds/all.atom', jsonFeed: 'feeds/all.json' }, { name: 'components/calico', lang: 'en', atom: 'feeds/components/calico.atom', jsonFeed: 'feeds/components/calico.json' }] };

const source = { url: 'https://docs.example/a', title: 'Doc A' };
const component = (name: string, category: string, reviewed: string, extra = {}) =>
  componentSchema.parse({
    name, category, summary: `${name} summary`, homepage: 'https://example.org/', license: 'Apache-2.0', maintainer: 'Someone', cncf: 'none',
    status: { state: 'active', note: 'Maintained.' }, sources: [source], reviewed, ...extra,
  });
const line = (minor: number, released: string, eol: string, patches: [number, string][], checked: string) =>
  releaseLineSchema.parse({
    line: `1.${minor}`, endOfLife: { date: eol, source: 'dates' }, patchesComplete: true,
    sources: { dates: { url: 'https://kubernetes.io/releases/', title: 'Releases' } },
    patches: [[0, released] as [number, string], ...patches].map(([patch, date]) => ({ patch, date, source: 'dates' })), checked,
  });

function fixture(): CollectionDump[] {
  const matrix = matrixSchema.parse({
    id: 'ingress', title: 'Ingress compared', caption: 'c', description: 'd', category: 'ingress', columns: ['calico', 'flannel'],
    sources: { a: source }, reviewed: '2026-10-01',
    rows: [{ id: 'tls', label: 'TLS', cells: { calico: { support: 'yes', source: 'a', checked: '2026-10-02' }, flannel: { support: 'unknown', checked: '2026-09-01' } } }],
  });
  return [
    { name: 'categories', schema: categorySchema, entries: [{ id: 'ingress', data: { id: 'ingress', name: 'Ingress', nameZh: '入口', summary: 's', order: 1 } }] },
    { name: 'components', schema: componentSchema, entries: [{ id: 'calico', data: component('Calico', 'ingress', '2026-11-20') }, { id: 'flannel', data: component('flannel', 'ingress', '2026-11-01') }] },
    { name: 'matrices', schema: matrixSchema, entries: [{ id: 'ingress', data: matrix }] },
    { name: 'releases', schema: releaseLineSchema, entries: [{ id: '1.30', data: line(30, '2024-04-17', '2025-06-28', [[1, '2024-05-14']], '2026-11-25') }, { id: '1.35', data: line(35, '2025-12-17', '2027-02-28', [[1, '2026-01-13'], [9, '2026-12-20']], '2026-11-25') }] },
    { name: 'pageTexts', schema: pageTextSchema, entries: [{ id: 'versions', data: { id: 'versions', texts: { lede: 'x' } } }] },
  ] as unknown as CollectionDump[];
}

const bodyOf = (build: ReturnType<typeof buildApi>, path: string) => build.files.find((f) => f.path === path)?.body as Record<string, any>;

describe('buildApi', () => {
  const api = buildApi(fixture(), options);

  test('generated_at is the newest checked day in the data, not the clock', () => {
    expect(api.generatedAt).toBe('2026-11-25');
    for (const f of api.files) expect((f.body as { generated_at: string }).generated_at).toBe('2026-11-25');
  });

  test('every collection but page prose is a resource, with a list and one file per record', () => {
    expect(api.resources.map((r) => r.name)).toEqual(['categories', 'components', 'matrices', 'releases', 'recommendations']);
    expect(api.files.map((f) => f.path)).toContain('components/calico.json');
    expect(api.files.some((f) => f.path.startsWith('page-texts'))).toBe(false);
    const list = bodyOf(api, 'components.json');
    expect(list.total).toBe(2);
    expect(list.data.map((c: { id: string }) => c.id)).toEqual(['calico', 'flannel']);
    expect(list.$schema).toBe('https://atlas.example/api/v1/schemas/components-list.json');
  });

  test('records carry last_modified, links and the sources of the response', () => {
    const calico = bodyOf(api, 'components/calico.json');
    expect(calico.data.last_modified).toBe('2026-11-20');
    expect(calico.data.links).toEqual({
      self: 'https://atlas.example/api/v1/components/calico.json',
      page: 'https://atlas.example/components/calico/',
      atom: 'https://atlas.example/feeds/components/calico.atom',
      json_feed: 'https://atlas.example/feeds/components/calico.json',
    });
    expect(calico.sources).toEqual([source]);
    // A category has no date of its own: its newest member's.
    expect(bodyOf(api, 'categories/ingress.json').data).toMatchObject({ components: ['calico', 'flannel'], last_modified: '2026-11-20' });
  });

  test('matrix cells are flattened with their sources resolved', () => {
    expect(bodyOf(api, 'matrices/ingress.json').data.cells).toEqual([
      { row: 'tls', column: 'calico', anchor: 'feature-tls--calico', support: 'yes', values: [], source: 'a', checked: '2026-10-02', source_document: source },
      { row: 'tls', column: 'flannel', anchor: 'feature-tls--flannel', support: 'unknown', values: [], checked: '2026-09-01' },
    ]);
  });

  test('a release line says whether it is supported as of generated_at, beside the raw dates', () => {
    const line35 = bodyOf(api, 'releases/1.35.json').data;
    expect(line35.endOfLife.date).toBe('2027-02-28');
    // The patch dated after generated_at is not the latest yet.
    expect(line35.derived).toEqual({
      as_of: '2026-11-25', released: '2025-12-17', end_of_life: '2027-02-28', supported: true,
      latest: { line: '1.35', patch: 1, version: 'v1.35.1', date: '2026-01-13', cves: [] }, cves: [],
    });
    expect(bodyOf(api, 'releases/1.30.json').data.derived.supported).toBe(false);
  });

  test('every month has the recommendation of the survey rule, newest first', () => {
    const months = bodyOf(api, 'recommendations.json');
    expect(months.data[0].month).toBe('2026-11');
    expect(months.data.at(-1).month).toBe('2024-04');
    expect(bodyOf(api, 'recommendations/2026-11.json').data.recommended).toBeNull();
    expect(bodyOf(api, 'recommendations/2026-11.json').data.links.page).toBe('https://atlas.example/versions/?month=2026-11');
  });

  test('the index lists every resource, with {id} left readable in item_url', () => {
    const index = bodyOf(api, 'index.json');
    expect(index.total).toBe(5);
    expect(index.data[1]).toMatchObject({ name: 'components', item_url: 'https://atlas.example/api/v1/components/{id}.json', total: 2, ids: ['calico', 'flannel'] });
  });

  test('a collection the API does not know is published from its own schema, new fields included', () => {
    const providerSchema = z.object({ id: z.string(), name: z.string(), windows: z.array(z.object({ line: z.string(), endOfSupport: z.string() })), checked: z.string() }).strict();
    const withProviders = [...fixture(), { name: 'managedProviders', schema: providerSchema, entries: [{ id: 'eks', data: { id: 'eks', name: 'Amazon EKS', windows: [{ line: '1.33', endOfSupport: '2026-07-29' }], checked: '2026-11-24' } }] }];
    const build = buildApi(withProviders, options);
    expect(resourceName('managedProviders')).toBe('managed-providers');
    expect(bodyOf(build, 'managed-providers/eks.json').data).toMatchObject({ id: 'eks', windows: [{ line: '1.33' }], last_modified: '2026-11-24' });
    const schema = jsonSchemas(build, url).find((f) => f.path === 'schemas/managed-providers-item.json')!.body as Record<string, any>;
    expect(Object.keys(schema.properties.data.properties)).toEqual(['id', 'name', 'windows', 'checked', 'last_modified', 'links']);
  });
});

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

/** Validates every file of a build against the JSON Schema published for it. */
function validateAll(collections: CollectionDump[]) {
  const build = buildApi(collections, options);
  const ajv = validator();
  const schemas = new Map(jsonSchemas(build, url).map((f) => [f.path.replace(/^schemas\/|\.json$/g, ''), f.body as object]));
  const problems: string[] = [];
  for (const file of build.files) {
    const schema = schemas.get(file.schema);
    if (!schema) {
      problems.push(`${file.path}: no schema ${file.schema}`);
      continue;
    }
    const check = ajv.getSchema((schema as { $id: string }).$id) ?? ajv.compile(schema);
    // Through JSON, as a reader gets it.
    if (!check(JSON.parse(JSON.stringify(file.body)))) problems.push(`${file.path}: ${ajv.errorsText(check.errors)}`);
  }
  const error = notFoundBody(url, 'Not found');
  const errorCheck = ajv.compile(schemas.get('error')!);
  if (!errorCheck(error)) problems.push(`404: ${ajv.errorsText(errorCheck.errors)}`);
  return { build, problems };
}

describe('JSON Schemas', () => {
  test('every response of the fixture validates against its schema', () => {
    expect(validateAll(fixture()).problems).toEqual([]);
  });

  test('every response built from the real content validates against its schema', () => {
    const { build, problems } = validateAll(loadApiCollections(fileURLToPath(new URL('../../..', import.meta.url))));
    expect(problems).toEqual([]);
    expect(build.files.length).toBeGreaterThan(100);
    expect(build.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['components', 'categories', 'matrices', 'releases', 'recommendations', 'datasets', 'conformance']));
  });

  test('strict schemas stay strict: an unknown field is rejected', () => {
    const build = buildApi(fixture(), options);
    const ajv = validator();
    const schema = jsonSchemas(build, url).find((f) => f.path === 'schemas/components-item.json')!.body as object;
    const body = structuredClone(bodyOf(build, 'components/calico.json'));
    body.data.surprise = true;
    expect(ajv.validate(schema, body)).toBe(false);
  });
});

describe('helpers', () => {
  test('newestCheckedDay reads reviewed and checked days anywhere', () => {
    expect(newestCheckedDay([{ reviewed: '2026-01-01', rows: [{ cells: { a: { checked: '2026-03-01' } } }] }, { date: '2027-01-01' }])).toBe('2026-03-01');
    expect(newestCheckedDay([{ name: 'x' }])).toBeUndefined();
  });

  test('collectSources finds each https document once', () => {
    expect(collectSources({ sources: [source, source], nested: { s: { url: 'https://b.example', title: 'B' } }, links: { url: 'https://x', title: 'self' } })).toEqual([source, { url: 'https://b.example', title: 'B' }]);
  });

  test('examples keep one item of every list', () => {
    expect(shortenExample({ data: [1, 2, 3], map: { a: {}, b: {}, c: {}, d: {}, e: {} }, small: { a: {}, b: {} } })).toEqual({ data: [1], map: { a: {}, b: {} }, small: { a: {}, b: {} } });
  });

  test('each page names its JSON and its feed', () => {
    expect(pageAlternates('components/calico/')).toEqual({ json: 'api/v1/components/calico.json', feed: 'components/calico' });
    expect(pageAlternates('compare/ingress/')).toEqual({ json: 'api/v1/matrices/ingress.json', feed: 'matrices/ingress' });
    expect(pageAlternates('versions/')).toEqual({ json: 'api/v1/releases.json', feed: 'releases' });
    expect(pageAlternates('')).toEqual({ json: 'api/v1/index.json', feed: 'all' });
    expect(pageAlternates('404.html')).toEqual({ feed: 'all' });
  });
});
