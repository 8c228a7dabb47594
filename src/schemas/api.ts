import { z } from 'astro/zod';
import { supportLevels } from './matrix';

/**
 * The envelope of every response under /api/v1/, and the records the API derives rather than
 * copies. Records copied from a collection keep that collection's schema (and its field names,
 * in camelCase); every field the API adds is written in snake_case, so a reader can tell a fact
 * from a derivation by its name. The published JSON Schema files are generated from these.
 */

/** Bumped when a response changes in a way that can break a reader (a field removed or retyped). */
export const API_SCHEMA_VERSION = '1.0.0';

/** A calendar day, YYYY-MM-DD. */
export const apiDateSchema = z.iso.date().describe('A calendar day, YYYY-MM-DD (UTC).');

/** A document the response's facts come from. */
export const apiSourceSchema = z
  .object({
    /** Where the fact can be checked. */
    url: z.string().describe('Where the fact can be checked.'),
    /** The document's title. */
    title: z.string().describe("The document's title."),
  })
  .strict();

/** Links every record carries. */
export const recordLinksSchema = z
  .object({
    /** This record's own JSON file. */
    self: z.string().describe("This record's own JSON file."),
    /** The page of the site that shows this record, when there is one. */
    page: z.string().optional().describe('The page of the site that shows this record.'),
    /** The Atom feed of changes to this record, when there is one. */
    atom: z.string().optional().describe('The Atom feed of changes to this record.'),
    /** The same feed as JSON Feed. */
    json_feed: z.string().optional().describe('The same feed as JSON Feed.'),
  })
  .strict();

/** Fields the API adds to every record. */
export const recordMetaShape = {
  /** The record's id: its file name in content/, and its file name under the API. */
  id: z.string().describe("The record's id, as in its file name."),
  /** The newest day any fact in the record was checked against its source. */
  last_modified: apiDateSchema.describe('The newest day any fact in this record was checked against its source.'),
  /** Where the record lives. */
  links: recordLinksSchema,
};

const envelopeShape = {
  /** The JSON Schema this response validates against. */
  $schema: z.string().describe('The JSON Schema this response validates against.'),
  /** The version of the response format. */
  schema_version: z.literal(API_SCHEMA_VERSION).describe('The version of the response format; bumped on a breaking change.'),
  /** The newest day any fact in the whole dataset was checked: when the data is from, not when it was built. */
  generated_at: apiDateSchema.describe('The newest day any fact in the dataset was checked: the data is as of this day.'),
  /** Every document the response's facts come from, each once. */
  sources: z.array(apiSourceSchema).describe("Every document the response's facts come from, each once."),
};

/** The envelope of a response that lists records. */
export function listEnvelope(record: z.ZodType) {
  return z
    .object({
      ...envelopeShape,
      /** How many records `data` holds. */
      total: z.number().int().nonnegative().describe('How many records data holds.'),
      /** The records. */
      data: z.array(record),
    })
    .strict();
}

/** The envelope of a response that holds one record. */
export function itemEnvelope(record: z.ZodType) {
  return z
    .object({
      ...envelopeShape,
      /** The record. */
      data: record,
    })
    .strict();
}

/** One entry of the API's index: a resource, where its list and records are, and their schemas. */
export const indexEntrySchema = z
  .object({
    /** The resource's name, such as `components`. */
    name: z.string(),
    /** The list of every record. */
    url: z.string().describe('The list of every record.'),
    /** The list's JSON Schema. */
    schema: z.string(),
    /** One record's address, with `{id}` for its id; absent when the resource has no per-record files. */
    item_url: z.string().optional().describe("One record's address, with {id} standing for its id."),
    /** One record's JSON Schema. */
    item_schema: z.string().optional(),
    /** How many records the resource has. */
    total: z.number().int().nonnegative(),
    /** The ids of its records, in the list's order. */
    ids: z.array(z.string()),
  })
  .strict();

/** The Atom and JSON feeds, per locale. */
export const indexFeedSchema = z
  .object({
    /** The feed's name, such as `all` or `components/calico`. */
    name: z.string(),
    /** The locale its entries are written in (BCP 47). */
    lang: z.string(),
    /** The Atom feed. */
    atom: z.string(),
    /** The JSON Feed. */
    json_feed: z.string(),
  })
  .strict();

/** `/api/v1/index.json`: every resource. */
export const apiIndexSchema = z
  .object({
    ...envelopeShape,
    /** How many resources `data` lists. */
    total: z.number().int().nonnegative(),
    /** The resources. */
    data: z.array(indexEntrySchema),
    /** The change feeds. */
    feeds: z.array(indexFeedSchema),
  })
  .strict();

/** The body of a 404 under /api/. */
export const apiErrorSchema = z
  .object({
    /** The version of the response format. */
    schema_version: z.literal(API_SCHEMA_VERSION),
    /** The HTTP status. */
    status: z.literal(404),
    /** What went wrong, for people. */
    error: z.string(),
    /** The API's index, where every valid address is listed. */
    index: z.string(),
  })
  .strict();

/** A matrix cell flattened out of its row, with its source resolved. */
export const apiMatrixCellSchema = z
  .object({
    /** The row (feature) id. */
    row: z.string(),
    /** The column (component) id. */
    column: z.string(),
    /** The cell's anchor on the matrix page. */
    anchor: z.string(),
    /** One of the matrix's support levels. */
    support: z.enum(supportLevels),
    /** The source document the cell cites, resolved from the matrix's `sources`. */
    source_document: apiSourceSchema.optional(),
  })
  // Everything else the cell holds (values, note, source, checked, history, …) is copied as the
  // content file has it, so fields added to the matrix schema flow through.
  .catchall(z.unknown());

/** A patch release as the recommendation rule reads it. */
const apiPatchPointSchema = z
  .object({
    /** The line, such as 1.35. */
    line: z.string(),
    /** The patch number. */
    patch: z.number().int(),
    /** The version, such as v1.35.8. */
    version: z.string(),
    /** The day it was released. */
    date: apiDateSchema,
    /** CVEs it fixed. */
    cves: z.array(z.string()),
  })
  .strict();

/** Why a line was or was not picked in a month (src/lib/versions/lines.ts, LineVerdict). */
const apiVerdictSchema = z.discriminatedUnion('status', [
  z.object({ line: z.string(), status: z.literal('eligible'), patch: z.number().int(), date: apiDateSchema, newer: z.array(z.number().int()) }).strict(),
  z.object({ line: z.string(), status: z.literal('ends-this-month'), endOfLife: apiDateSchema }).strict(),
  z.object({ line: z.string(), status: z.literal('too-early'), latest: z.number().int() }).strict(),
  z.object({ line: z.string(), status: z.literal('past-window'), latest: z.number().int() }).strict(),
  z.object({ line: z.string(), status: z.literal('security-fix-later'), fix: z.number().int(), cves: z.array(z.string()) }).strict(),
  z.object({ line: z.string(), status: z.literal('no-data') }).strict(),
]);

/** One month's recommendation by the survey's patch rule. */
export const apiRecommendationSchema = z
  .object({
    ...recordMetaShape,
    /** The month, YYYY-MM. */
    month: z.string().regex(/^\d{4}-\d{2}$/),
    /** The last day of the month: the rule looks at releases up to it. */
    month_end: apiDateSchema,
    /** The pick, or null when no line qualifies. */
    recommended: z.object({ line: z.string(), patch: z.number().int(), version: z.string(), date: apiDateSchema }).strict().nullable(),
    /** One verdict per line maintained (or ending) in the month, newest line first. */
    verdicts: z.array(apiVerdictSchema),
    /** Lines whose sourced patch list may be missing releases up to this month. */
    gaps: z.array(z.string()),
    /** Every sourced release dated in the month. */
    releases: z.array(apiPatchPointSchema),
  })
  .strict();

/** What the API derives for a Kubernetes release line, beside the line's own facts. */
export const apiReleaseDerivedSchema = z
  .object({
    /** The day `supported` is computed for: the dataset's `generated_at`. */
    as_of: apiDateSchema,
    /** The x.y.0 release day (patch 0, or `released`). */
    released: apiDateSchema.nullable(),
    /** The end-of-life day, copied beside the flag it decides. */
    end_of_life: apiDateSchema,
    /** True when `released` <= `as_of` <= `end_of_life`. */
    supported: z.boolean(),
    /** The newest patch released by `as_of`, or null. */
    latest: apiPatchPointSchema.nullable(),
    /** Every CVE a patch of the line fixed, each once, sorted. */
    cves: z.array(z.string()),
  })
  .strict();

export type ApiMatrixCell = z.infer<typeof apiMatrixCellSchema>;
export type ApiRecommendation = z.infer<typeof apiRecommendationSchema>;
