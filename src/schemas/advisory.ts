import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, isoDateSchema } from './shared';
import { citedSourceSchema } from './provenance';
import { cveIdSchema, lineNoteSchema, sourceKeySchema } from './release';

/** A version as the CVE feed writes it (leading "v" removed; pre-releases allowed), or "0" for "every version before". */
export const feedVersionSchema = z
  .string({ error: 'expected a version such as "1.29.14", or "0"' })
  .regex(/^(?:0|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/, { error: 'expected a version such as "1.29.14", or "0"' });

/** Qualitative CVSS ratings, from the CVSS v3.1 specification's table. */
export const severityRatings = ['none', 'low', 'medium', 'high', 'critical'] as const;

/** How severe the feed rates a CVE: its CVSS vector, and the base score computed from it. */
export const severitySchema = z
  .object({
    /** The CVSS vector exactly as the feed gives it, such as CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H. */
    vector: z.string().regex(/^CVSS:[34]\.\d\//, { error: 'expected a CVSS vector such as CVSS:3.1/AV:N/…' }),
    /** The CVSS v3 base score computed from the vector (0.0 to 10.0); absent for CVSS v4 vectors. */
    score: z.number().min(0).max(10).optional(),
    /** The rating for that score: none, low, medium, high or critical. */
    rating: z.enum(severityRatings).optional(),
  })
  .strict();

/** One affected range from the feed: from `introduced` up to `fixed` (exclusive) or `lastAffected` (inclusive). */
export const affectedRangeSchema = z
  .object({
    /** The first affected version; "0" means every version before the end of the range. */
    introduced: feedVersionSchema,
    /** The first version that is no longer affected, when the feed names one. */
    fixed: feedVersionSchema.optional(),
    /** The last version known to be affected, when the feed names that instead of a fix. */
    lastAffected: feedVersionSchema.optional(),
  })
  .strict();

/** One security advisory (CVE) as the official Kubernetes CVE feed lists it. */
export const advisorySchema = z
  .object({
    /** The CVE id. */
    id: cveIdSchema,
    /** The feed's one-line title for the CVE, quoted as the feed writes it. */
    summary: z.string().min(1),
    /** Severity from the feed's CVSS vector (the highest where packages differ). */
    severity: severitySchema.optional(),
    /** The day the feed published it (UTC). */
    published: isoDateSchema,
    /** The day the feed last changed it (UTC). */
    modified: isoDateSchema,
    /** The advisory a reader should open: the Kubernetes issue that announces it. */
    advisory: httpsUrlSchema,
    /** The packages the feed names as affected, as it names them (such as k8s.io/kubelet). */
    packages: z.array(z.string().min(1)).min(1),
    /** Affected version ranges; an empty list means the feed gives none. */
    ranges: z.array(affectedRangeSchema),
    /** Key of the feed file in this file's `sources`. */
    source: sourceKeySchema,
  })
  .strict();

/** content/advisories/<component>.yaml: every CVE in the feed for one component (or Kubernetes itself). */
export const advisoriesFileSchema = z
  .object({
    /** The component id (a content/components/ file name), or "kubernetes"; must match the file name. */
    component: idSchema,
    /** The documents the advisories come from, by key; imported ones carry `upstream`. */
    sources: z.record(sourceKeySchema, citedSourceSchema),
    /** The advisories, newest published first. */
    advisories: z.array(advisorySchema),
    /** Hand-written remarks about the component's advisories; the importer keeps them. */
    notes: z.array(lineNoteSchema).optional(),
  })
  .strict();

export type Advisory = z.infer<typeof advisorySchema>;
export type AdvisoriesFile = z.infer<typeof advisoriesFileSchema>;
export type AffectedRange = z.infer<typeof affectedRangeSchema>;
export type Severity = z.infer<typeof severitySchema>;
