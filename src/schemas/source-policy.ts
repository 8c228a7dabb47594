import { z } from 'astro/zod';

/** Why a place is not accepted as a source. */
export const rejectionReasons = ['mirror', 'fork', 'machine-written', 'content-farm', 'secondary'] as const;

/** A host name such as `grokipedia.com`: lowercase labels separated by dots, no scheme or path. */
const hostSchema = z
  .string()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, { error: 'expected a host name such as "example.com", without scheme or path' });

/** The start of an https URL: scheme, host and at least the first path segment. */
const urlPrefixSchema = z
  .string()
  .regex(/^https:\/\/[a-z0-9.-]+\/[^\s]+$/i, { error: 'expected the start of an https URL with a path, such as "https://github.com/owner/repo"' });

/** One rejected place: a whole host (and its subdomains), or the URLs that start with a prefix. Give exactly one of the two. */
export const rejectedSourceSchema = z
  .object({
    /** The URL's host name; subdomains of it are rejected too. */
    host: hostSchema.optional(),
    /** The start of the rejected URLs, for one repository or one section of a site whose other pages are fine. */
    urlPrefix: urlPrefixSchema.optional(),
    /** mirror, fork, machine-written, content-farm or secondary (see the header of content/source-policy.yaml). */
    reason: z.enum(rejectionReasons),
    /** What the place is and where to look instead, in one or two sentences. */
    note: z.string().min(1),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if ((entry.host === undefined) === (entry.urlPrefix === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['host'], message: 'give exactly one of host or urlPrefix' });
    }
  });

/** `content/source-policy.yaml`: places that look like sources but are not accepted as such. */
export const sourcePolicySchema = z
  .object({
    /** Every rejected host or URL prefix, each with its reason. */
    rejected: z.array(rejectedSourceSchema),
  })
  .strict();

export type RejectionReason = (typeof rejectionReasons)[number];
export type RejectedSource = z.infer<typeof rejectedSourceSchema>;
export type SourcePolicy = z.infer<typeof sourcePolicySchema>;
