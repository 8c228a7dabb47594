import { z } from 'astro/zod';
import { idSchema } from './shared';

/**
 * `content/pages/<id>.yaml`: the prose of one flagship page (its lede, introductions, notes),
 * kept with the content rather than in the interface dictionary. A text may hold `{name}`
 * placeholders; the page's derivation (src/lib/<feature>/page.ts) fills them from the data, so
 * no number or range is typed into a sentence, and it stops the build on one it does not know.
 */
export const pageTextSchema = z
  .object({
    /** Same as the file name: the page's id. */
    id: idSchema,
    /** The page's texts by key, each a sentence or a short paragraph in our own words. */
    texts: z.record(z.string().regex(/^[a-z][a-zA-Z0-9.]*$/, { error: 'expected a key such as surveyIntro' }), z.string().min(1, { error: 'must not be empty' })),
  })
  .strict();

export type PageText = z.infer<typeof pageTextSchema>;
