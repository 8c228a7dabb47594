import { z } from 'astro/zod';
import { httpsUrlSchema, isoDateSchema } from './shared';

/** The importers under scripts/sync/, one per upstream source. */
export const importers = ['releases', 'cves', 'providers'] as const;

/** Which importer owns a fact: scripts/sync/<importer>.ts rewrites it on every run. */
export const importerSchema = z.enum(importers);

/** A GitHub repository written owner/name, such as endoflife-date/release-data. */
export const repositorySchema = z
  .string({ error: 'expected a repository written owner/name' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+$/, { error: 'expected a repository written owner/name' });

/** A full git commit id: 40 lowercase hexadecimal digits. */
export const commitSchema = z
  .string({ error: 'expected a commit id of 40 hexadecimal digits' })
  .regex(/^[0-9a-f]{40}$/, { error: 'expected a commit id of 40 hexadecimal digits' });

/** Where an imported fact was read: the upstream file at one commit. */
export const upstreamSchema = z
  .object({
    /** The importer that wrote the facts citing this source; it may rewrite them on every run. */
    importer: importerSchema,
    /** The upstream repository, owner/name. */
    repository: repositorySchema,
    /** The file inside that repository. */
    path: z.string().min(1),
    /** The commit the file was read at: the last commit that changed it in the copy read. */
    commit: commitSchema,
    /** That commit's day (UTC); left out when the copy came without commit dates. */
    committed: isoDateSchema.optional(),
  })
  .strict();

/** A document that backs facts; `upstream` is set when an importer read it. */
export const citedSourceSchema = z
  .object({
    /** Where the fact can be checked. */
    url: httpsUrlSchema,
    /** The document's title, as a reader would recognise it. */
    title: z.string({ error: 'expected the title of the source' }).min(1, { error: 'must not be empty' }),
    /** The upstream file and commit, for sources an importer wrote; absent for hand-written ones. */
    upstream: upstreamSchema.optional(),
  })
  .strict();

/** One file an importer read, at the commit that last changed it. */
export const readFileSchema = z
  .object({
    /** The path inside the repository. */
    path: z.string().min(1),
    /** The commit it was read at. */
    commit: commitSchema,
    /** That commit's day (UTC), when the copy had it. */
    committed: isoDateSchema.optional(),
  })
  .strict();

/** One upstream copy an importer read. */
export const snapshotInputSchema = z
  .object({
    /** The upstream repository, owner/name. */
    repository: repositorySchema,
    /** The newest commit of the copy (its HEAD), when the copy was a git repository. */
    head: commitSchema.optional(),
    /** The day of that commit: the upstream data is as of this day. */
    date: isoDateSchema.optional(),
    /** How the copy was had, when it was not a clone (for example single files read from an index). */
    note: z.string().min(1).optional(),
    /** Every file read from the copy. */
    files: z.array(readFileSchema).min(1),
  })
  .strict();

/** content/provenance/<importer>.yaml: the upstream copies the last import read. */
export const provenanceRecordSchema = z
  .object({
    /** The importer; must match the file name. */
    importer: importerSchema,
    /** The copies read, one per repository (a repository read in two ways appears twice). */
    inputs: z.array(snapshotInputSchema).min(1),
  })
  .strict();

export type Importer = z.infer<typeof importerSchema>;
export type Upstream = z.infer<typeof upstreamSchema>;
export type CitedSource = z.infer<typeof citedSourceSchema>;
export type SnapshotInput = z.infer<typeof snapshotInputSchema>;
export type ProvenanceRecord = z.infer<typeof provenanceRecordSchema>;
