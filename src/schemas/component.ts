import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, isoDateSchema, sourceSchema } from './shared';

/** CNCF maturity levels, plus `none` for projects outside the foundation. */
export const cncfLevels = ['none', 'sandbox', 'incubating', 'graduated', 'archived'] as const;

/** Where a project stands today. The last three put a warning banner on its page. */
export const projectStates = ['active', 'maintenance', 'deprecated', 'archived', 'end-of-life'] as const;

/** States in which readers should plan to move away, so a successor must be named. */
export const inactiveStates: ReadonlySet<ProjectState> = new Set(['deprecated', 'archived', 'end-of-life']);

/** A project that replaces this one: a page on this site, or a name and a link elsewhere. */
export const successorSchema = z.union(
  [
    z.object({ /** Id of a component page on this site. */ id: idSchema }).strict(),
    z
      .object({
        /** Name of a project this site has no page for. */
        name: z.string().min(1),
        /** Its home page. */
        url: httpsUrlSchema,
      })
      .strict(),
  ],
  { error: 'expected either { id: <component id> } or { name: <text>, url: <https URL> }' },
);

/**
 * A value in a category comparison: text, a list of values, or yes/no. `unknown` is allowed as
 * text where no source settles it.
 */
export const traitValueSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.boolean()], {
  error: 'expected text, a list of text, or true/false',
});

/**
 * A mode of a component that deserves its own row in the category comparison, such as one of
 * flannel's backends. When a component has variants, the variants carry the traits.
 */
export const variantSchema = z
  .object({
    /** Stable key, unique within the component; used in row anchors (`<component>-<key>`). */
    key: idSchema,
    /** Row heading, such as "flannel (VXLAN)". */
    name: z.string().min(1),
    /** One line on how this variant differs. */
    summary: z.string().min(1).max(160, { error: 'must be at most 160 characters (one line)' }),
    /** Values for the category's comparison columns. */
    traits: z.record(idSchema, traitValueSchema),
  })
  .strict();

/** The project's status today and why. */
export const statusSchema = z
  .object({
    /** One of: active, maintenance, deprecated, archived, end-of-life. */
    state: z.enum(projectStates),
    /** A sentence or two on the status, with what changed and when. */
    note: z.string().min(1, { error: 'must not be empty' }),
    /** When the project entered this state, if known (YYYY-MM-DD). */
    since: isoDateSchema.optional(),
    /** What readers should move to when the project is no longer active. */
    successors: z.array(successorSchema).default([]),
  })
  .strict();

/**
 * The Kubernetes versions a release of the project supports, as the project itself lists them
 * (a compatibility matrix, a supported-versions table). Only where the project publishes one.
 */
export const kubernetesSupportSchema = z
  .object({
    /** The project's release the list is for, as the project names it, such as "v1.15.1" or "0.8.x". */
    release: z.string().min(1),
    /** Kubernetes minor versions, oldest first, such as ["1.31", "1.32"]. */
    versions: z
      .array(z.string().regex(/^1\.\d+$/, { error: 'expected a Kubernetes minor version such as "1.33"' }))
      .min(1)
      .refine((v) => v.every((x, i) => i === 0 || Number(x.split('.')[1]) > Number(v[i - 1]!.split('.')[1])), { error: 'list the versions oldest first, each once' }),
    /** True when the project gives only the oldest version ("1.31+"), not a closed list. */
    orLater: z.boolean().optional(),
    /** The page that lists them. */
    source: sourceSchema,
    /** The date the list was read (YYYY-MM-DD). */
    checked: isoDateSchema,
  })
  .strict();

/** Frontmatter of `content/components/<id>.mdx`. The file name is the component's id. */
export const componentSchema = z
  .object({
    /** The project's name as its maintainers write it. */
    name: z.string().min(1, { error: 'must not be empty' }),
    /** Id of a category in `content/categories.yaml`. */
    category: idSchema,
    /** One line on what the component is, at most 160 characters. */
    summary: z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(160, { error: 'must be at most 160 characters (one line)' }),
    /** The project's home page. */
    homepage: httpsUrlSchema,
    /** The source repository, where the project has a public one. */
    repository: httpsUrlSchema.optional(),
    /** SPDX-style licence name, or a short description such as "Proprietary". */
    license: z.string().min(1),
    /** The company, foundation or people who maintain it. */
    maintainer: z.string().min(1),
    /** Maturity in the Cloud Native Computing Foundation, as the CNCF itself records it (its landscape); `none` for projects with no level of their own, Kubernetes subprojects included (say so in the status note). */
    cncf: z.enum(cncfLevels),
    /** Status today, with a note and any successors. */
    status: statusSchema,
    /** Other names readers search for, Chinese names included. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Free keywords for search and filtering. */
    tags: z.array(z.string().min(1)).default([]),
    /** Ids of components a reader should look at alongside this one. */
    related: z.array(idSchema).default([]),
    /** The documents the facts on the page come from; at least one. */
    sources: z.array(sourceSchema).min(1, { error: 'must list at least one source' }),
    /** Values for the columns of the category's comparison table, keyed by column key. */
    traits: z.record(idSchema, traitValueSchema).default({}),
    /** Modes that get their own comparison rows; when present, leave `traits` empty. */
    variants: z.array(variantSchema).default([]),
    /** Kubernetes versions supported, where the project publishes a list. */
    kubernetes: kubernetesSupportSchema.optional(),
    /** The date the facts on this page were last checked (YYYY-MM-DD). */
    reviewed: isoDateSchema,
  })
  .strict();

export type ProjectState = (typeof projectStates)[number];
export type CncfLevel = (typeof cncfLevels)[number];
export type Variant = z.infer<typeof variantSchema>;
export type TraitValue = z.infer<typeof traitValueSchema>;
export type Successor = z.infer<typeof successorSchema>;
export type ComponentData = z.infer<typeof componentSchema>;
export type KubernetesSupport = z.infer<typeof kubernetesSupportSchema>;
