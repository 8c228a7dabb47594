import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema } from './shared';

/**
 * How far a controller supports a feature. Richer than yes/no, in the manner of
 * browser-compat-data: `paid` means only in a commercial edition, `plugin` means through a
 * plugin or module that is not built in.
 */
export const supportLevels = ['yes', 'partial', 'paid', 'plugin', 'no', 'unknown'] as const;

/**
 * An earlier value of a cell, kept when the value changed, in the manner of browser-compat-data's
 * version ranges: the value held from `since` (or, for the first entry, from the day it was
 * checked) until the day before `until`. A view "as of" a day shows the value that held then.
 */
export const matrixHistoryEntrySchema = z
  .object({
    /** The first day on which this value no longer held: the day the next value was recorded (YYYY-MM-DD). */
    until: isoDateSchema,
    /** The first day the value held; defaults to the previous entry's `until`, or for the first entry to `checked`. */
    since: isoDateSchema.optional(),
    /** One of: yes, partial, paid, plugin, no, unknown. */
    support: z.enum(supportLevels),
    /** The concrete values as they were written then. */
    values: z.array(z.string().min(1)).optional(),
    /** The qualification as it was written then (translatable, like a cell's note). */
    note: z.string().min(1).optional(),
    /** Key of an entry in the matrix's `sources`; required unless support was unknown. */
    source: idSchema.optional(),
    /** The date this value was checked against its source (YYYY-MM-DD). */
    checked: isoDateSchema,
  })
  .strict();

/** Where a cell's value comes from when it is not typed: `gateway-api-conformance` reads content/conformance/. */
export const derivedSources = ['gateway-api-conformance'] as const;

/**
 * One cell: what a controller offers today, and where that was read. A cell is either typed
 * (`support`, `values`) or derived (`derived`): a derived cell's support, values and report
 * link come from imported data at build time, and only a note with its own source may be
 * added by hand.
 */
export const matrixCellSchema = z
  .object({
    /** One of: yes, partial, paid, plugin, no, unknown. Required unless the cell is derived. */
    support: z.enum(supportLevels).optional(),
    /** The concrete values, such as the load-balancing algorithms; lower case where the project does not capitalise. */
    values: z.array(z.string().min(1)).optional(),
    /** Instead of support and values: the imported data the cell is derived from (gateway-api-conformance). */
    derived: z.enum(derivedSources).optional(),
    /** A short qualification shown with the value, in your own words (translatable). */
    note: z.string().min(1).optional(),
    /** True when the value matches the baseline's although it is worded differently (a typo fixed, say). */
    unchanged: z.boolean().optional(),
    /** Key of an entry in the matrix's `sources`; required unless support is unknown or the cell is derived. */
    source: idSchema.optional(),
    /** The date the cell was last checked against its source (YYYY-MM-DD). */
    checked: isoDateSchema,
    /** The first day this value held, when earlier than `checked` and there is no history (YYYY-MM-DD). */
    since: isoDateSchema.optional(),
    /** Earlier values, oldest first, each with the day it stopped holding. */
    history: z.array(matrixHistoryEntrySchema).min(1).optional(),
  })
  .strict()
  .superRefine((cell, ctx) => {
    if (cell.derived === undefined && cell.support === undefined) {
      ctx.addIssue({ code: 'custom', path: ['support'], message: 'is required unless the cell is derived (derived: gateway-api-conformance)' });
    }
    if (cell.derived !== undefined) {
      for (const key of ['support', 'values', 'unchanged'] as const) {
        if (cell[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `must not be typed in a derived cell; it comes from the imported data (${cell.derived})` });
        }
      }
    }
  });

/** One feature compared across the controllers. */
export const matrixRowSchema = z
  .object({
    /** Stable id, used in the row's anchor (`#feature-<id>`) and in links to a view. */
    id: idSchema,
    /** Row heading, in English. */
    label: z.string().min(1),
    /** What the row compares, in one sentence. */
    description: z.string().min(1).optional(),
    /**
     * The survey's cell for each baseline column, copied character for character (typos
     * included); leave the row's baseline out when the survey had no such row.
     */
    baseline: z.record(idSchema, z.string().min(1)).optional(),
    /** Today's cell for every column, keyed by component id. */
    cells: z.record(idSchema, matrixCellSchema),
    /**
     * Set on a row whose cells come from imported data where it exists: with
     * `gateway-api-conformance`, every column whose component has a Gateway API conformance
     * report (content/conformance/) must be a derived cell, and the others typed.
     */
    derivedFrom: z.enum(derivedSources).optional(),
  })
  .strict();

/** The older table a matrix is compared with, such as the 2020 survey. */
export const matrixBaselineSchema = z
  .object({
    /** Short name of the view, such as "2020 survey". */
    label: z.string().min(1),
    /** Year the baseline describes. */
    year: z.number().int().min(2000).max(2100),
    /** Component ids of the baseline's columns, in the survey's order. */
    columns: z.array(idSchema).min(1),
    /** Where the baseline comes from, and how its cells were recovered. */
    note: z.string().min(1),
  })
  .strict();

/** `content/matrices/<id>.yaml`: a feature comparison of several components. */
export const matrixSchema = z
  .object({
    /** Same as the file name; used in the page's URL. */
    id: idSchema,
    /** Page title. */
    title: z.string().min(1),
    /** Table caption, saying what is compared and as of when. */
    caption: z.string().min(1),
    /** One or two sentences for the page's introduction and meta description. */
    description: z.string().min(1).max(300),
    /** Id of the category the compared components belong to. */
    category: idSchema,
    /** Component ids of today's columns, in display order. */
    columns: z.array(idSchema).min(2),
    /** The older table this one updates. */
    baseline: matrixBaselineSchema.optional(),
    /** Documents cells cite, keyed by a short id. */
    sources: z.record(idSchema, sourceSchema),
    /** The features compared, in display order. */
    rows: z.array(matrixRowSchema).min(1),
    /** The date the matrix as a whole was last reviewed (YYYY-MM-DD). */
    reviewed: isoDateSchema,
  })
  .strict();

export type SupportLevel = (typeof supportLevels)[number];
export type MatrixCell = z.infer<typeof matrixCellSchema>;
export type MatrixHistoryEntry = z.infer<typeof matrixHistoryEntrySchema>;
export type DerivedSource = (typeof derivedSources)[number];
export type MatrixRow = z.infer<typeof matrixRowSchema>;
export type MatrixBaseline = z.infer<typeof matrixBaselineSchema>;
export type Matrix = z.infer<typeof matrixSchema>;
