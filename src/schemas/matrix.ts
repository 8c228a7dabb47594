import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema } from './shared';

/**
 * How far a controller supports a feature. Richer than yes/no, in the manner of
 * browser-compat-data: `paid` means only in a commercial edition, `plugin` means through a
 * plugin or module that is not built in.
 */
export const supportLevels = ['yes', 'partial', 'paid', 'plugin', 'no', 'unknown'] as const;

/** One cell of the current view: what a controller offers today, and where that was read. */
export const matrixCellSchema = z
  .object({
    /** One of: yes, partial, paid, plugin, no, unknown. */
    support: z.enum(supportLevels),
    /** The concrete values, such as the load-balancing algorithms; lower case where the project does not capitalise. */
    values: z.array(z.string().min(1)).optional(),
    /** A short qualification shown under the value, in your own words. */
    note: z.string().min(1).optional(),
    /** True when the value matches the baseline's although it is worded differently (a typo fixed, say). */
    unchanged: z.boolean().optional(),
    /** Key of an entry in the matrix's `sources`; required unless support is unknown. */
    source: idSchema.optional(),
    /** The date the cell was last checked against its source (YYYY-MM-DD). */
    checked: isoDateSchema,
  })
  .strict();

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
export type MatrixRow = z.infer<typeof matrixRowSchema>;
export type MatrixBaseline = z.infer<typeof matrixBaselineSchema>;
export type Matrix = z.infer<typeof matrixSchema>;
