/**
 * The upstream conformance report format (kubernetes-sigs/gateway-api, conformance/apis/v1/)
 * and the checks each report must pass before anything is imported from it.
 */
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { conformanceResults, gatewayApiChannels, gatewayApiProfiles } from '../../../src/schemas/conformance.ts';

/** One thing wrong with one field of one file, printed as `file → field: message`. */
export interface SyncProblem {
  file: string;
  field: string;
  message: string;
}

const count = z.number({ error: 'expected a number of tests, 0 or more' }).int().nonnegative();
const text = z.string().min(1, { error: 'must not be empty' });
const names = z.array(text);

// The statistics keys are capitalised because the Go struct has no JSON tags.
const statisticsSchema = z.object({ Passed: count, Failed: count, Skipped: count });

const statusSchema = z.object({
  result: z.enum(conformanceResults),
  statistics: statisticsSchema,
  skippedTests: names.optional(),
  failedTests: names.optional(),
});

const extendedStatusSchema = statusSchema.extend({
  supportedFeatures: names.optional(),
  unsupportedFeatures: names.optional(),
});

const profileSchema = z.object({
  name: z.enum(gatewayApiProfiles),
  summary: z.string(),
  core: statusSchema,
  extended: extendedStatusSchema.optional(),
});

/**
 * A report as the suite writes it. Fields this importer does not use (contact aside) are not
 * checked, and unknown fields are ignored, so a new upstream field does not stop an import.
 */
export const upstreamReportSchema = z.object({
  apiVersion: z.literal('gateway.networking.k8s.io/v1'),
  kind: z.literal('ConformanceReport'),
  date: z.iso.datetime({ offset: true, error: 'expected a date and time such as 2026-07-30T11:47:27+02:00' }),
  gatewayAPIVersion: z.string().regex(/^v\d+\.\d+\.\d+$/, { error: 'expected a Gateway API release such as "v1.6.1"' }),
  gatewayAPIChannel: z.enum(gatewayApiChannels),
  mode: text,
  implementation: z.object({
    organization: text,
    project: text,
    url: text,
    version: text,
    contact: z.array(text).min(1, { error: 'must list at least one contact' }),
  }),
  profiles: z.array(profileSchema).min(1, { error: 'must list at least one profile' }),
  succeededProvisionalTests: names.optional(),
});

export type UpstreamReport = z.infer<typeof upstreamReportSchema>;
export type UpstreamProfile = z.infer<typeof profileSchema>;

const typeNames: Record<string, string> = { string: 'text', number: 'a number', array: 'a list', object: 'a mapping' };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** Zod issues as messages a reader can act on: what was expected, then what was found. */
function problemsFromIssues(file: string, error: z.ZodError, input: unknown): SyncProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(file)';
    const found = issue.path.reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
      input,
    );
    let message: string;
    if (issue.code === 'invalid_type') {
      const expected = typeNames[issue.expected] ?? issue.expected;
      message = found === undefined ? `is required (expected ${expected})` : `expected ${expected}, found ${describe(found)}`;
    } else if (issue.code === 'invalid_value') {
      message = `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describe(found)}`;
    } else {
      message = `${issue.message}${found !== undefined && typeof found !== 'object' ? `; found ${describe(found)}` : ''}`;
    }
    return { file, field, message };
  });
}

/** The minor line a Gateway API release or folder name belongs to: "v1.6.1" and "v1.6" give "v1.6". */
export function minorOf(version: string): string | undefined {
  const match = /^v(\d+)\.(\d+)(?:\.\d+)?$/.exec(version);
  return match ? `v${match[1]}.${match[2]}` : undefined;
}

/**
 * Parses and checks one report file. `minor` is the Gateway API minor line of the folder it
 * sits in; the report's own `gatewayAPIVersion` must belong to it, as upstream's
 * hack/verify-reports.sh requires.
 */
export function readReport(file: string, source: string, minor: string): { report?: UpstreamReport; problems: SyncProblem[] } {
  let raw: unknown;
  try {
    raw = yaml.load(source);
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? `${error.reason} at line ${error.mark.line + 1}` : String(error);
    return { problems: [{ file, field: '(file)', message: `YAML could not be read: ${reason}` }] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ file, field: '(file)', message: 'expected a ConformanceReport mapping' }] };
  }
  const parsed = upstreamReportSchema.safeParse(raw);
  if (!parsed.success) return { problems: problemsFromIssues(file, parsed.error, raw) };
  const report = parsed.data;
  const problems: SyncProblem[] = [];
  if (minorOf(report.gatewayAPIVersion) !== minor) {
    problems.push({
      file,
      field: 'gatewayAPIVersion',
      message: `is ${report.gatewayAPIVersion} but the report is filed under ${minor}; expected a ${minor}.x release`,
    });
  }
  const seen = new Set<string>();
  report.profiles.forEach((profile, index) => {
    if (seen.has(profile.name)) {
      problems.push({ file, field: `profiles.${index}.name`, message: `${profile.name} appears twice; each profile is reported once` });
    }
    seen.add(profile.name);
  });
  return problems.length ? { problems } : { report, problems };
}

/**
 * Oddities that do not stop an import but that a reviewer should hear about: a result that
 * disagrees with its counts, or a file name that does not follow the folder's naming rule.
 */
export function reportWarnings(file: string, report: UpstreamReport): string[] {
  const warnings: string[] = [];
  for (const profile of report.profiles) {
    const levels = [['core', profile.core], ['extended', profile.extended]] as const;
    for (const [level, status] of levels) {
      if (!status) continue;
      const { Failed, Skipped } = status.statistics;
      const expected = Failed > 0 ? 'failure' : Skipped > 0 ? 'partial' : 'success';
      if (status.result !== expected) {
        warnings.push(`${file}: ${profile.name} ${level} says ${status.result} with ${Failed} failed and ${Skipped} skipped`);
      }
    }
  }
  // Upstream names reports <channel>-<version>-<mode>-report.yaml; many older names differ only
  // in a "v" or in leaving out the channel, so only a name without the tested version is flagged.
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/(^|-)v(?=\d)/g, '$1');
  const version = report.implementation.version.replace(/^v(?=\d)/, '');
  if (!`-${name}`.includes(`-${version}-`)) {
    warnings.push(`${file}: the file name does not contain the tested version ${report.implementation.version}`);
  }
  return warnings;
}
