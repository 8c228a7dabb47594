import { z } from 'astro/zod';
import {
  API_SCHEMA_VERSION,
  apiErrorSchema,
  apiIndexSchema,
  apiMatrixCellSchema,
  apiRecommendationSchema,
  apiReleaseDerivedSchema,
  itemEnvelope,
  listEnvelope,
  recordMetaShape,
} from '../../schemas/api';
import type { Matrix } from '../../schemas/matrix';
import type { ReleaseLine } from '../../schemas/release';
import { lineAnchor } from '../versions/page';
import { collectSources, newestCheckedDay } from './walk';
import { flattenCells, matrixDerived } from './matrix-cells';
import { recommendations, releaseDerived } from './releases';

export { flattenCells } from './matrix-cells';
export { recommendations, releaseDerived } from './releases';

/**
 * The static JSON API, built from the content collections. Every collection is published as a
 * resource (a list and one file per record) with the collection's own zod schema, so a field
 * added to a schema appears in the API and its JSON Schema without a change here. A few
 * resources get fields derived from the data (see `shapers`); those fields are snake_case.
 */

/** One collection as Astro loaded it: its name, its zod schema and its entries. */
export interface CollectionDump {
  name: string;
  schema: z.ZodType;
  entries: { id: string; data: Record<string, unknown> }[];
}

/** One file under /api/v1/. */
export interface ApiFile {
  /** Its path below api/v1/, such as `components/calico.json`. */
  path: string;
  body: unknown;
  /** The name of the schema it validates against (`schemas/<name>.json`). */
  schema: string;
}

/** What the index says about one resource. */
export interface ResourceSummary {
  name: string;
  /** The collection it comes from; absent for resources derived from another. */
  collection?: string;
  total: number;
  ids: string[];
  /** Path of the list, below api/v1/. */
  list: string;
  /** Path template of one record, below api/v1/, with `{id}`. */
  item: string;
  listSchema: string;
  itemSchema: string;
}

/** A feed named in the index. */
export interface FeedRef {
  name: string;
  lang: string;
  /** Paths below the site's base. */
  atom: string;
  jsonFeed: string;
}

export interface ApiBuild {
  generatedAt: string;
  files: ApiFile[];
  schemas: Map<string, z.ZodType>;
  resources: ResourceSummary[];
}

export interface ApiOptions {
  /** An absolute URL for a path below the site's base (`api/v1/index.json`). */
  url: (pathBelowBase: string) => string;
  /** The change feeds, for the index and for records' links. */
  feeds: FeedRef[];
}

/** Collections that hold page prose rather than data; the pages themselves publish them. */
export const UNPUBLISHED_COLLECTIONS: ReadonlySet<string> = new Set(['pageTexts']);

/** The folder of the API below the site's base. */
export const API_ROOT = 'api/v1/';

/** `surveyTable` → `survey-table`: a collection's name as a resource name in URLs. */
export const resourceName = (collection: string) => collection.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** What a shaper sees besides the record: the dataset's date and every published collection. */
export interface ShapeContext {
  generatedAt: string;
  byCollection: Map<string, CollectionDump>;
}

/** How one collection's records differ from a plain copy. */
interface Shaper {
  /** Fields added to each record, all snake_case. */
  derive?: (data: Record<string, unknown>, id: string, ctx: ShapeContext) => Record<string, unknown>;
  /** Their schema. */
  deriveShape?: z.ZodRawShape;
  /** The record's date when its own checked/reviewed dates do not say it. */
  lastModified?: (data: Record<string, unknown>, id: string, ctx: ShapeContext) => string | undefined;
  /** The site page that shows the record, below the base. */
  page?: (id: string, data: Record<string, unknown>) => string | undefined;
  /** The feed of changes to the record, below the locale's root. */
  feed?: (id: string) => string | undefined;
}

const shapers: Record<string, Shaper> = {
  components: { page: (id) => `components/${id}/`, feed: (id) => `components/${id}` },
  categories: {
    page: (id) => `categories/${id}/`,
    derive: (_data, id, ctx) => ({ components: membersOf(id, ctx).map((c) => c.id) }),
    deriveShape: { components: z.array(z.string()).describe('Ids of the components in this category, sorted.') },
    lastModified: (_data, id, ctx) => newestCheckedDay(membersOf(id, ctx).map((c) => c.data)),
  },
  guides: { page: (id) => `guides/${id}/` },
  matrices: {
    page: (id) => `compare/${id}/`,
    feed: (id) => `matrices/${id}`,
    derive: (data, _id, ctx) => ({ cells: flattenCells(data as unknown as Matrix, matrixDerived(data as unknown as Matrix, ctx)) }),
    deriveShape: { cells: z.array(apiMatrixCellSchema).describe("Every cell of today's view, row by row, in column order.") },
  },
  releases: {
    page: (id) => `versions/#${lineAnchor(id)}`,
    feed: () => 'releases',
    derive: (data, _id, ctx) => ({ derived: releaseDerived(data as unknown as ReleaseLine, ctx.generatedAt) }),
    deriveShape: { derived: apiReleaseDerivedSchema },
  },
  datasets: { page: (id) => (id === 'kube-proxy' ? 'kube-proxy/' : undefined) },
  surveyTable: { page: () => 'versions/#survey' },
  conformance: {
    // The snapshot's commit date is when the reports were read.
    lastModified: (data) => {
      const date = (data.source as { date?: unknown } | undefined)?.date;
      return typeof date === 'string' ? date.slice(0, 10) : undefined;
    },
  },
};

function membersOf(category: string, ctx: ShapeContext) {
  return (ctx.byCollection.get('components')?.entries ?? [])
    .filter((c) => c.data.category === category)
    .sort((a, b) => a.id.localeCompare(b.id));
}

function recordSchema(collection: CollectionDump, shaper: Shaper): z.ZodType {
  const schema = collection.schema;
  if (!(schema instanceof z.ZodObject)) {
    throw new Error(`API: collection ${collection.name} needs an object schema to be published; add it to UNPUBLISHED_COLLECTIONS or give it one`);
  }
  const own = 'id' in schema.shape ? {} : { id: recordMetaShape.id };
  return schema.extend({ ...own, ...(shaper.deriveShape ?? {}), last_modified: recordMetaShape.last_modified, links: recordMetaShape.links });
}

const sortById = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Builds every file of the API and the schema of each. */
export function buildApi(collections: CollectionDump[], options: ApiOptions): ApiBuild {
  const published = collections.filter((c) => !UNPUBLISHED_COLLECTIONS.has(c.name)).map((c) => ({ ...c, entries: sortById(c.entries) }));
  const byCollection = new Map(published.map((c) => [c.name, c]));
  const undated: ShapeContext = { generatedAt: '', byCollection };

  // The dataset's date is the newest day any record was checked: never the clock.
  const ownDay = (c: CollectionDump, e: CollectionDump['entries'][number]) =>
    newestCheckedDay([e.data]) ?? shapers[c.name]?.lastModified?.(e.data, e.id, undated);
  const generatedAt = published.flatMap((c) => c.entries.map((e) => ownDay(c, e) ?? '')).sort().at(-1) || '1970-01-01';
  const ctx: ShapeContext = { generatedAt, byCollection };

  const schemas = new Map<string, z.ZodType>();
  const files: ApiFile[] = [];
  const resources: ResourceSummary[] = [];
  const schemaUrl = (name: string) => options.url(`${API_ROOT}schemas/${name}.json`);
  const feedFor = (path: string | undefined) => options.feeds.find((f) => f.name === path && f.lang === options.feeds[0]?.lang);

  const envelope = (schema: string, rest: Record<string, unknown>, records: unknown) => ({
    $schema: schemaUrl(schema),
    schema_version: API_SCHEMA_VERSION,
    generated_at: generatedAt,
    sources: collectSources(records),
    ...rest,
  });

  const publish = (name: string, records: Record<string, unknown>[], record: z.ZodType, collection?: string) => {
    const listSchema = `${name}-list`;
    const itemSchema = `${name}-item`;
    schemas.set(listSchema, listEnvelope(record));
    schemas.set(itemSchema, itemEnvelope(record));
    files.push({ path: `${name}.json`, schema: listSchema, body: envelope(listSchema, { total: records.length, data: records }, records) });
    for (const r of records) files.push({ path: `${name}/${String(r.id)}.json`, schema: itemSchema, body: envelope(itemSchema, { data: r }, r) });
    resources.push({ name, collection, total: records.length, ids: records.map((r) => String(r.id)), list: `${name}.json`, item: `${name}/{id}.json`, listSchema, itemSchema });
  };

  const links = (self: string, page?: string, feed?: string) => {
    const f = feedFor(feed);
    return {
      self: options.url(`${API_ROOT}${self}`),
      ...(page ? { page: options.url(page) } : {}),
      ...(f ? { atom: options.url(f.atom), json_feed: options.url(f.jsonFeed) } : {}),
    };
  };

  for (const c of published) {
    const shaper = shapers[c.name] ?? {};
    const name = resourceName(c.name);
    const records = c.entries.map((e) => ({
      ...('id' in e.data ? {} : { id: e.id }),
      ...e.data,
      ...(shaper.derive?.(e.data, e.id, ctx) ?? {}),
      last_modified: ownDay(c, e) ?? generatedAt,
      links: links(`${name}/${e.id}.json`, shaper.page?.(e.id, e.data), shaper.feed?.(e.id)),
    }));
    publish(name, records, recordSchema(c, shaper), c.name);
    if (c.name === 'releases') {
      const months = recommendations(c.entries.map((e) => e.data as unknown as ReleaseLine), generatedAt).map((r) => ({
        ...r,
        links: links(`recommendations/${r.id}.json`, `versions/?month=${r.month}`, 'releases'),
      }));
      publish('recommendations', months, apiRecommendationSchema);
    }
  }

  schemas.set('index', apiIndexSchema);
  schemas.set('error', apiErrorSchema);
  files.unshift({
    path: 'index.json',
    schema: 'index',
    body: {
      $schema: schemaUrl('index'),
      schema_version: API_SCHEMA_VERSION,
      generated_at: generatedAt,
      sources: [],
      total: resources.length,
      data: resources.map((r) => ({
        name: r.name,
        url: options.url(`${API_ROOT}${r.list}`),
        schema: schemaUrl(r.listSchema),
        // Built by hand so the {id} placeholder is not percent-encoded.
        item_url: `${options.url(`${API_ROOT}${r.name}/`)}{id}.json`,
        item_schema: schemaUrl(r.itemSchema),
        total: r.total,
        ids: r.ids,
      })),
      feeds: options.feeds.map((f) => ({ name: f.name, lang: f.lang, atom: options.url(f.atom), json_feed: options.url(f.jsonFeed) })),
    },
  });
  return { generatedAt, files, schemas, resources };
}

/** The JSON Schema of every response, as published under api/v1/schemas/. */
export function jsonSchemas(build: ApiBuild, url: (pathBelowBase: string) => string): ApiFile[] {
  return [...build.schemas].map(([name, schema]) => ({
    path: `schemas/${name}.json`,
    schema: 'json-schema',
    body: { $id: url(`${API_ROOT}schemas/${name}.json`), ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) },
  }));
}

/** The body of the 404 under /api/. */
export function notFoundBody(url: (pathBelowBase: string) => string, error: string): z.infer<typeof apiErrorSchema> {
  return { schema_version: API_SCHEMA_VERSION, status: 404, error, index: url(`${API_ROOT}index.json`) };
}
