import { z } from 'astro/zod';

/** Ids are file names: lowercase letters, digits and single hyphens. */
export const idSchema = z
  .string({ error: 'expected an id such as "ingress-nginx"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected an id of lowercase letters, digits and hyphens, such as "ingress-nginx"',
  });

/** Every link the site prints must be https, so readers never hit mixed content. */
export const httpsUrlSchema = z
  .string({ error: 'expected an https:// URL' })
  .regex(/^https:\/\/[^\s/$.?#][^\s]*$/, { error: 'expected an https:// URL' });

/**
 * A calendar date written YYYY-MM-DD. YAML turns bare dates into Date objects,
 * so those are folded back to the same text before checking.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
);

/** A public document that backs a fact on the page. */
export const sourceSchema = z
  .object({
    /** Where the fact can be checked. */
    url: httpsUrlSchema,
    /** The document's title, as a reader would recognise it. */
    title: z.string({ error: 'expected the title of the source' }).min(1, { error: 'must not be empty' }),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
