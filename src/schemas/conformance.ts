import { z } from 'astro/zod';
// The `.ts` extension lets scripts/sync/gateway-conformance.ts import this file under plain Node.
import { httpsUrlSchema, idSchema } from './shared.ts';

/**
 * The conformance profiles the Gateway API test suite knows, in the order tables show them
 * (kubernetes-sigs/gateway-api, conformance/utils/suite/profiles.go).
 */
export const gatewayApiProfiles = [
  'GATEWAY-HTTP',
  'GATEWAY-GRPC',
  'GATEWAY-TLS',
  'GATEWAY-TCP',
  'GATEWAY-UDP',
  'MESH-HTTP',
  'MESH-GRPC',
] as const;

/** A test run's conclusion, as the suite writes it (conformance/apis/v1/result.go). */
export const conformanceResults = ['success', 'partial', 'failure'] as const;

/** The Gateway API release channel the CRDs of a test run came from. */
export const gatewayApiChannels = ['standard', 'experimental'] as const;

/** A Gateway API minor line as the reports folder names it today, such as `v1.6`. */
const minorVersionSchema = z.string().regex(/^v\d+\.\d+$/, { error: 'expected a Gateway API minor version such as "v1.6"' });

/** A path inside the gateway-api repository, below conformance/reports/. */
const reportsPathSchema = z
  .string()
  .regex(/^conformance\/reports\/[^\s]+$/, { error: 'expected a path below conformance/reports/' });

/** An ISO 8601 date and time with an offset, kept as the report or git wrote it. */
const dateTimeSchema = z.iso.datetime({ offset: true, error: 'expected a date and time such as 2026-08-21T22:25:14+00:00' });

/** Result and counts of one level (core or extended) of one profile. */
export const levelResultSchema = z
  .object({
    /** success, partial (some tests skipped) or failure (some test failed). */
    result: z.enum(conformanceResults),
    /** Tests that passed. */
    passed: z.number().int().nonnegative(),
    /** Tests that failed. */
    failed: z.number().int().nonnegative(),
    /** Tests that were not run: unsupported, or explicitly disabled. */
    skipped: z.number().int().nonnegative(),
    /** Names of the tests the run disabled explicitly, sorted; absent when none. */
    skippedTests: z.array(z.string().min(1)).optional(),
    /** Names of the tests that failed, sorted; absent when none. */
    failedTests: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** The extended level adds which optional features the implementation claims. */
export const extendedResultSchema = levelResultSchema
  .extend({
    /** Extended features the implementation declared and the suite tested, sorted. */
    supportedFeatures: z.array(z.string().min(1)),
    /** Extended features the implementation declared it does not support, sorted. */
    unsupportedFeatures: z.array(z.string().min(1)),
  })
  .strict();

/** One cell of the conformance matrix: an implementation's result for one profile. */
export const profileResultSchema = z
  .object({
    /** The profile, such as GATEWAY-HTTP. */
    name: z.enum(gatewayApiProfiles),
    /** The worse of the core and extended results: success only when both succeeded. */
    result: z.enum(conformanceResults),
    /** The suite's one-line summary, as written in the report. */
    summary: z.string(),
    /** Core tests: what every implementation of the profile must pass. */
    core: levelResultSchema,
    /** Extended tests; absent when the report has no extended section for this profile. */
    extended: extendedResultSchema.optional(),
  })
  .strict();

/** Where a report file is and what run it describes. */
export const reportRefSchema = z
  .object({
    /** Path of the report file in the gateway-api repository. */
    path: reportsPathSchema,
    /** The report file on GitHub at the imported commit. */
    url: httpsUrlSchema,
    /** The implementation's version that was tested, as the report gives it. */
    implementationVersion: z.string().min(1),
    /** The Gateway API release the tests came from, such as v1.6.1. */
    gatewayAPIVersion: z.string().regex(/^v\d+\.\d+\.\d+$/, { error: 'expected a Gateway API release such as "v1.6.1"' }),
    /** The channel of the Gateway API CRDs installed for the run. */
    channel: z.enum(gatewayApiChannels),
    /** The implementation's operating mode for the run; `default` unless it was set up specially. */
    mode: z.string().min(1),
    /** When the report was generated, as written in it. */
    date: dateTimeSchema,
  })
  .strict();

/** One implementation's conformance for one Gateway API version: the picked report and its profiles. */
export const implementationResultSchema = z
  .object({
    /** The organization the report names, such as "envoyproxy". */
    organization: z.string().min(1),
    /** The project the report names, such as "envoy-gateway"; unique within its organization. */
    project: z.string().min(1),
    /** The implementation's folder under the version folder. */
    folder: z.string().min(1),
    /** The project's URL as the report gives it (not always a full https URL). */
    url: z.string().min(1),
    /** The report the pick rule chose when several were submitted for this version. */
    report: reportRefSchema,
    /** The picked report's profiles, in the order of `gatewayApiProfiles`. */
    profiles: z.array(profileResultSchema).min(1),
    /** The implementation's other reports for this version, which the pick rule passed over. */
    otherReports: z.array(reportRefSchema),
  })
  .strict();

/** Every implementation with a report for one Gateway API minor version. */
export const versionResultSchema = z
  .object({
    /** The minor version, such as v1.6. */
    version: minorVersionSchema,
    /** The folders that hold this version's reports (older versions had one folder per patch). */
    folders: z.array(reportsPathSchema).min(1),
    /** Symbolic links that point at one of the folders, such as conformance/reports/v1.6.0. */
    aliases: z.array(reportsPathSchema),
    /** One entry per implementation (organization and project), sorted by them. */
    implementations: z.array(implementationResultSchema),
  })
  .strict();

/** `content/conformance/gateway-api.yaml`: written by `npm run sync:gateway`, never by hand. */
export const gatewayApiConformanceSchema = z
  .object({
    /** Where the reports were read. */
    source: z
      .object({
        /** The upstream repository. */
        repository: httpsUrlSchema,
        /** The commit the reports were read at (40 hex digits). */
        commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'expected a full 40-digit commit id' }),
        /** The commit's date: the snapshot date of this data. */
        date: dateTimeSchema,
        /** The folder of the repository that holds the reports. */
        reportsPath: z.literal('conformance/reports'),
      })
      .strict(),
    /** The newest two Gateway API minor versions, newest first, with every implementation that reported. */
    versions: z.array(versionResultSchema).min(1),
    /**
     * For implementations named in content/conformance/implementations.yaml that have no report
     * in `versions`: their newest older report, newest version first, one entry per version.
     */
    earlier: z.array(versionResultSchema),
  })
  .strict();

/** One entry of content/conformance/implementations.yaml: which implementation a component page describes. */
export const conformanceImplementationSchema = z
  .object({
    /** The component's id (content/components/<id>.mdx). */
    id: idSchema,
    /** The organization exactly as the implementation's reports write it. */
    organization: z.string().min(1),
    /** The project exactly as the implementation's reports write it. */
    project: z.string().min(1),
  })
  .strict();

/** `content/conformance/implementations.yaml`: a list, edited by people. */
export const conformanceImplementationsSchema = z.array(conformanceImplementationSchema);

export type GatewayApiProfile = (typeof gatewayApiProfiles)[number];
export type ConformanceResult = (typeof conformanceResults)[number];
export type GatewayApiChannel = (typeof gatewayApiChannels)[number];
export type LevelResult = z.infer<typeof levelResultSchema>;
export type ExtendedResult = z.infer<typeof extendedResultSchema>;
export type ProfileResult = z.infer<typeof profileResultSchema>;
export type ReportRef = z.infer<typeof reportRefSchema>;
export type ImplementationResult = z.infer<typeof implementationResultSchema>;
export type VersionResult = z.infer<typeof versionResultSchema>;
export type GatewayApiConformance = z.infer<typeof gatewayApiConformanceSchema>;
export type ConformanceImplementation = z.infer<typeof conformanceImplementationSchema>;
