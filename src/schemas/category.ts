import { z } from 'astro/zod';
import { idSchema } from './shared';

/** One column of a category's comparison table, filled from each member's `traits`. */
export const comparisonColumnSchema = z
  .object({
    /** Key looked up in each component's `traits`. */
    key: idSchema,
    /** Column heading. */
    label: z.string().min(1),
    /** What the column means, shown to readers as the column's description. */
    description: z.string().min(1).optional(),
  })
  .strict();

/** One group of the ecosystem, such as network plugins or image registries. */
export const categorySchema = z
  .object({
    /** Stable id, used in URLs and in each component's `category` field. */
    id: idSchema,
    /** English name shown in navigation and headings. */
    name: z.string().min(1),
    /** Simplified Chinese name, shown beside the English one and indexed for search. */
    nameZh: z.string().min(1),
    /** One sentence on what belongs in this category. */
    summary: z.string().min(1),
    /** Position in lists; lower comes first. */
    order: z.number().int(),
    /** Columns of the comparison table on the category page; every member must fill each one. */
    comparison: z.array(comparisonColumnSchema).optional(),
  })
  .strict();

export type Category = z.infer<typeof categorySchema>;
export type ComparisonColumn = z.infer<typeof comparisonColumnSchema>;
