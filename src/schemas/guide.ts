import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema } from './shared';

/** One row of a guide's comparison table: a heading cell, then one cell per remaining column. */
export const guideTableRowSchema = z
  .object({
    /** Stable key, unique within the table; the row's anchor is `<table id>-<row id>`. */
    id: idSchema,
    /** Cell texts, left to right; the first is the row heading. As many as the table has columns. */
    cells: z.array(z.string().min(1, { error: 'must not be empty; write "unknown" if no source settles it' })).min(2, {
      error: 'must have at least two cells: a row heading and one value',
    }),
  })
  .strict();

/** A comparison of the options a guide weighs, kept as data so the page renders a real table. */
export const guideTableSchema = z
  .object({
    /** Stable id, unique within the guide; placed in the body with `<Comparison id="..." />`. */
    id: idSchema,
    /** The table's caption: what is being compared. */
    caption: z.string().min(1, { error: 'must not be empty' }),
    /** Column headings, left to right; the first heads the row-heading column. */
    columns: z.array(z.string().min(1)).min(2, { error: 'must name at least two columns' }),
    /** The options compared, one per row. */
    rows: z.array(guideTableRowSchema).min(2, { error: 'must compare at least two options' }),
    /** The documents the table's cells come from; at least one. */
    sources: z.array(sourceSchema).min(1, { error: 'must list at least one source' }),
  })
  .strict();

/** Frontmatter of `content/guides/<id>.mdx`. The file name is the guide's id. */
export const guideSchema = z
  .object({
    /** The guide's title. */
    title: z.string().min(1, { error: 'must not be empty' }),
    /** Simplified Chinese title, shown beside the English one and indexed for search. */
    titleZh: z.string().min(1, { error: 'must not be empty' }),
    /** One line on what the guide helps decide, at most 160 characters. */
    summary: z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(160, { error: 'must be at most 160 characters (one line)' }),
    /** Position in the list of guides; lower comes first. */
    order: z.number().int(),
    /** Ids of the categories the guide belongs to; their pages link to it. */
    categories: z.array(idSchema).min(1, { error: 'must name at least one category' }),
    /** Ids of component pages the guide discusses; name other projects in prose only. */
    related: z.array(idSchema).default([]),
    /** Comparison tables, each placed in the body with `<Comparison id="..." />`. */
    tables: z.array(guideTableSchema).default([]),
    /** The documents the guide's prose relies on; at least one. */
    sources: z.array(sourceSchema).min(1, { error: 'must list at least one source' }),
    /** The date the facts in the guide were last checked (YYYY-MM-DD). */
    reviewed: isoDateSchema,
  })
  .strict();

export type GuideTableRow = z.infer<typeof guideTableRowSchema>;
export type GuideTable = z.infer<typeof guideTableSchema>;
export type GuideData = z.infer<typeof guideSchema>;
