import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, isoDateSchema } from './shared';

/** The kube-proxy back ends (and Calico's own rules) that a figure can describe. */
export const proxyLines = ['iptables', 'ipvs', 'nftables', 'calico'] as const;

/** A document the dataset's figures come from, referred to by `id`. */
export const datasetSourceSchema = z
  .object({
    /** Short id used by figures and findings in this file, such as `tigera`. */
    id: idSchema,
    /** Where the figure can be checked. */
    url: httpsUrlSchema,
    /** The document's title, as a reader would recognise it. */
    title: z.string().min(1),
    /** The date someone last checked the figures against this document (YYYY-MM-DD). */
    checked: isoDateSchema,
  })
  .strict();

/** An axis of a series: what is measured and in which unit. */
export const axisSchema = z
  .object({
    /** Axis title, such as "Services". */
    label: z.string().min(1),
    /** Unit, written as readers see it, such as "cores" or "rules per connection". */
    unit: z.string().min(1),
  })
  .strict();

/**
 * One number from a source. Computed values are never stored: they come from the model in
 * src/lib/kube-proxy/model.ts at build time, so `basis` must be `quoted` here (a content rule
 * says so with a hint, rather than letting a computed value pose as a fact).
 */
export const datasetPointSchema = z
  .object({
    /** Which mode or product the figure belongs to. */
    line: z.enum(proxyLines),
    /** Value on the x axis, in the series' x unit. */
    x: z.number().nonnegative(),
    /** Value on the y axis, in the series' y unit. */
    y: z.number().nonnegative(),
    /** `quoted` for a figure a source gives; computed values belong to the model, not here. */
    basis: z.enum(['quoted', 'computed']),
    /** True when the source says "about" or similar. */
    approximate: z.boolean().default(false),
    /** Id of an entry in `sources`. */
    source: idSchema,
    /** What the source says, in our own words; shown beside the number. */
    note: z.string().min(1),
  })
  .strict();

/** A set of figures that share axes and become one table, one chart and one CSV file. */
export const datasetSeriesSchema = z
  .object({
    /** Stable id, used in the CSV file name and in anchors. */
    id: idSchema,
    /** Title of the series, shown as the table caption. */
    title: z.string().min(1),
    /** What the x values measure. */
    x: axisSchema,
    /** What the y values measure. */
    y: axisSchema,
    /** The quoted figures. */
    points: z.array(datasetPointSchema).min(1, { error: 'must list at least one quoted figure' }),
  })
  .strict();

/** A sourced statement that compares modes without giving a number, such as a latency ranking. */
export const findingSchema = z
  .object({
    /** Stable id, unique in the file. */
    id: idSchema,
    /** Number of Services the statement applies to, when it names one. */
    services: z.number().int().positive().optional(),
    /** The statement in our own words. */
    claim: z.string().min(1),
    /** Id of an entry in `sources`. */
    source: idSchema,
  })
  .strict();

/** A release in which a mode changed stage. */
export const milestoneSchema = z
  .object({
    /** The mode that changed. */
    line: z.enum(proxyLines),
    /** The stage it reached. */
    stage: z.enum(['alpha', 'beta', 'stable', 'deprecated']),
    /** Kubernetes minor version, such as "1.33". */
    version: z.string().regex(/^1\.\d+$/, { error: 'expected a Kubernetes minor version such as "1.33"' }),
    /** Id of an entry in `sources`. */
    source: idSchema,
  })
  .strict();

/** The mode kube-proxy runs in when its configuration names none, and how to choose another. */
export const defaultModeSchema = z
  .object({
    /** The default mode. */
    line: z.enum(proxyLines),
    /** The key of kube-proxy's configuration file that sets the mode, such as `mode`. */
    configKey: z.string().regex(/^[a-zA-Z.]+$/),
    /** The command-line flag that sets it, such as `--proxy-mode`. */
    flag: z.string().regex(/^--[a-z-]+$/),
    /** Id of an entry in `sources`. */
    source: idSchema,
  })
  .strict();

/** The least version of some node software a mode needs, as a source states it. */
export const requirementSchema = z
  .object({
    /** The mode that needs it. */
    line: z.enum(proxyLines),
    /** What the node must have: the Linux kernel, or the `nft` command-line tool when it is installed. */
    software: z.enum(['linux-kernel', 'nft']),
    /** The least version, such as "5.13". */
    minimum: z.string().regex(/^\d+(\.\d+)*$/, { error: 'expected a version such as "5.13"' }),
    /** Id of an entry in `sources`. */
    source: idSchema,
  })
  .strict();

/** The benchmark behind the Tigera figures; the cost model starts from these settings. */
export const benchmarkSchema = z
  .object({
    /** Id of an entry in `sources`. */
    source: idSchema,
    /** Requests per second the client sent. */
    requestsPerSecond: z.number().positive(),
    /** Pods behind each Service. */
    endpointsPerService: z.number().int().positive(),
    /** Requests per connection in the keepalive runs (NGINX's default). */
    keepaliveRequestsPerConnection: z.number().int().positive(),
    /** Share of rule executions left when keepalive is on, as a fraction (1% is 0.01). */
    keepaliveRuleShare: z.number().positive().max(1, { error: 'must be a fraction of at most 1 (write 1% as 0.01)' }),
    /** Number of Services below which the modes could not be told apart. */
    thresholdServices: z.number().int().positive(),
    /** How often kube-proxy re-programmed every rule by default, in seconds. */
    resyncSeconds: z.number().positive(),
    /** Services at which Calico evaluates about as many rules per connection as kube-proxy does at `calicoEquivalentServices`. */
    calicoServices: z.number().int().positive(),
    /** The (much smaller) number of Services kube-proxy needs to evaluate as many rules as Calico at `calicoServices`. */
    calicoEquivalentServices: z.number().int().positive(),
    /** Pods per node assumed in the Calico comparison. */
    calicoPodsPerNode: z.number().int().positive(),
    /** Network policies per pod assumed in the Calico comparison. */
    calicoPoliciesPerPod: z.number().int().positive(),
  })
  .strict();

/** `content/datasets/kube-proxy.yaml`: sourced figures on what kube-proxy's modes cost. */
export const kubeProxyDatasetSchema = z
  .object({
    /** The documents the figures come from. */
    sources: z.array(datasetSourceSchema).min(1, { error: 'must list at least one source' }),
    /** The benchmark setup the Tigera figures were measured in. */
    benchmark: benchmarkSchema,
    /** Figures that share axes, one chart table each. */
    series: z.array(datasetSeriesSchema).min(1),
    /** Sourced comparisons that carry no number. */
    findings: z.array(findingSchema).default([]),
    /** Releases in which a mode changed stage. */
    milestones: z.array(milestoneSchema).default([]),
    /** The mode kube-proxy uses unless told otherwise. */
    defaultMode: defaultModeSchema.optional(),
    /** What node software each mode needs. */
    requirements: z.array(requirementSchema).default([]),
    /** The date the figures were last checked (YYYY-MM-DD). */
    reviewed: isoDateSchema,
  })
  .strict();

export type ProxyLine = (typeof proxyLines)[number];
export type DatasetSource = z.infer<typeof datasetSourceSchema>;
export type DatasetPoint = z.infer<typeof datasetPointSchema>;
export type DatasetSeries = z.infer<typeof datasetSeriesSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type DefaultMode = z.infer<typeof defaultModeSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type KubeProxyDataset = z.infer<typeof kubeProxyDatasetSchema>;
