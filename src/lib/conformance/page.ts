import type {
  ConformanceImplementation,
  ConformanceResult,
  ExtendedResult,
  GatewayApiConformance,
  GatewayApiProfile,
  LevelResult,
  ReportRef,
  VersionResult,
} from '../../schemas/conformance';
import { gatewayApiProfiles } from '../../schemas/conformance';
import type { Message } from '../../i18n';

/**
 * What the Gateway API conformance page shows, from the imported data alone: for each Gateway
 * API version, implementations × profiles (with results, counts and the report), and the
 * extended features each implementation claims. Pure; the page lays it out.
 */

/** One implementation's result for one profile; `none` when its report has no such profile. */
export interface ProfileCell {
  profile: GatewayApiProfile;
  result: ConformanceResult | 'none';
  core?: LevelResult;
  extended?: ExtendedResult;
  /** "37/37 core, 57/57 extended", as a message. */
  glance?: Message;
}

export interface ImplementationRow {
  /** Anchor id, unique on the page: `<version>--<organization>-<project>`. */
  anchor: string;
  organization: string;
  project: string;
  /** The component page this implementation is, when content/conformance/implementations.yaml says so. */
  componentId?: string;
  report: ReportRef;
  otherReports: number;
  cells: ProfileCell[];
  /** Every extended feature the report names, with whether it is supported. */
  features: Map<string, 'supported' | 'unsupported'>;
}

export interface FeatureRow {
  name: string;
  /** By implementation anchor: supported, declared unsupported, or not named at all. */
  cells: Record<string, 'supported' | 'unsupported' | 'none'>;
}

export interface VersionSection {
  version: string;
  /** Anchor id of the section, such as `v1-6`. */
  anchor: string;
  /** The profiles any report of this version covers, in the suite's order. */
  profiles: GatewayApiProfile[];
  rows: ImplementationRow[];
  features: FeatureRow[];
}

export interface ConformancePage {
  repository: string;
  commit: string;
  /** The commit's day, YYYY-MM-DD: the data is as of then. */
  day: string;
  versions: VersionSection[];
  earlier: VersionSection[];
  /** Count of implementations in the newest two versions, and of profile results. */
  counts: { implementations: number; results: number };
}

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export const versionAnchor = (version: string) => slug(version);

function glance(core: LevelResult, extended?: ExtendedResult): Message {
  const total = (l: LevelResult) => l.passed + l.failed + l.skipped;
  return extended
    ? { key: 'conformance.glance', params: { core: `${core.passed}/${total(core)}`, extended: `${extended.passed}/${total(extended)}` } }
    : { key: 'conformance.glance.core', params: { core: `${core.passed}/${total(core)}` } };
}

function section(version: VersionResult, mapping: readonly ConformanceImplementation[]): VersionSection {
  const anchor = versionAnchor(version.version);
  const present = new Set(version.implementations.flatMap((i) => i.profiles.map((p) => p.name)));
  const profiles = gatewayApiProfiles.filter((p) => present.has(p));
  const rows = version.implementations.map((impl): ImplementationRow => {
    const features = new Map<string, 'supported' | 'unsupported'>();
    for (const p of impl.profiles) {
      for (const f of p.extended?.supportedFeatures ?? []) features.set(f, 'supported');
      for (const f of p.extended?.unsupportedFeatures ?? []) if (!features.has(f)) features.set(f, 'unsupported');
    }
    return {
      anchor: `${anchor}--${slug(`${impl.organization} ${impl.project}`)}`,
      organization: impl.organization,
      project: impl.project,
      componentId: mapping.find((m) => m.organization === impl.organization && m.project === impl.project)?.id,
      report: impl.report,
      otherReports: impl.otherReports.length,
      cells: profiles.map((profile): ProfileCell => {
        const p = impl.profiles.find((x) => x.name === profile);
        return p ? { profile, result: p.result, core: p.core, extended: p.extended, glance: glance(p.core, p.extended) } : { profile, result: 'none' };
      }),
      features,
    };
  });
  const names = [...new Set(rows.flatMap((r) => [...r.features.keys()]))].sort();
  const features = names.map((name) => ({
    name,
    cells: Object.fromEntries(rows.map((r) => [r.anchor, r.features.get(name) ?? 'none'])) as FeatureRow['cells'],
  }));
  return { version: version.version, anchor, profiles, rows, features };
}

export function conformancePage(data: GatewayApiConformance, mapping: readonly ConformanceImplementation[]): ConformancePage {
  const versions = data.versions.map((v) => section(v, mapping));
  return {
    repository: data.source.repository,
    commit: data.source.commit,
    day: data.source.date.slice(0, 10),
    versions,
    earlier: data.earlier.map((v) => section(v, mapping)),
    counts: {
      implementations: new Set(data.versions.flatMap((v) => v.implementations.map((i) => `${i.organization}/${i.project}`))).size,
      results: versions.reduce((sum, v) => sum + v.rows.reduce((n, r) => n + r.cells.filter((c) => c.result !== 'none').length, 0), 0),
    },
  };
}

/** The interface string naming each result, with `none` for a profile the report lacks. */
export const resultKeys = {
  success: 'conformance.result.success',
  partial: 'conformance.result.partial',
  failure: 'conformance.result.failure',
  none: 'conformance.result.none',
} as const;

export const featureKeys = {
  supported: 'conformance.feature.supported',
  unsupported: 'conformance.feature.unsupported',
  none: 'conformance.feature.none',
} as const;
