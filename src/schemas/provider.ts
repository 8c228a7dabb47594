import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, isoDateSchema } from './shared';
import { citedSourceSchema } from './provenance';
import { lineIdSchema, lineNoteSchema, sourceKeySchema } from './release';

/** How long a managed Kubernetes service supports one Kubernetes minor version. */
export const providerWindowSchema = z
  .object({
    /** The Kubernetes line, such as "1.33". */
    line: lineIdSchema,
    /** The day the provider made the version generally available (UTC). */
    available: isoDateSchema,
    /** The end of standard support: what the provider calls end of support (EKS, ACK), end of life (AKS) or end of standard support (GKE). */
    endOfSupport: isoDateSchema,
    /** The end of paid extended support where the provider sells it (EKS extended support, AKS long-term support). */
    endOfExtendedSupport: isoDateSchema.optional(),
    /** The provider's announcement of the version, where the source links one. */
    link: httpsUrlSchema.optional(),
    /** Key of the source in this file's `sources`. */
    source: sourceKeySchema,
  })
  .strict();

/** content/providers/<id>.yaml: one managed Kubernetes service and its support windows. */
export const providerSchema = z
  .object({
    /** The provider id; must match the file name. */
    id: idSchema,
    /** The service's name, such as "Amazon EKS". */
    name: z.string().min(1),
    /** The provider's own page about its Kubernetes version support. */
    policy: z.object({ /** Where the policy is published. */ url: httpsUrlSchema, /** Source key that names it. */ source: sourceKeySchema }).strict(),
    /** The documents the facts in this file come from, by key; imported ones carry `upstream`. */
    sources: z.record(sourceKeySchema, citedSourceSchema),
    /** Support windows, newest Kubernetes line first. */
    windows: z.array(providerWindowSchema).min(1),
    /** Hand-written remarks; the importer keeps them. */
    notes: z.array(lineNoteSchema).optional(),
  })
  .strict();

export type Provider = z.infer<typeof providerSchema>;
export type ProviderWindow = z.infer<typeof providerWindowSchema>;
