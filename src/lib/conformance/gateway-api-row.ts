import type {
  ConformanceImplementation,
  GatewayApiChannel,
  GatewayApiConformance,
  GatewayApiProfile,
  ImplementationResult,
} from '../../schemas/conformance';

/** The route kind each profile tests, for cells that list route kinds rather than profiles. */
export const profileRoute: Record<GatewayApiProfile, string> = {
  'GATEWAY-HTTP': 'HTTPRoute',
  'GATEWAY-GRPC': 'GRPCRoute',
  'GATEWAY-TLS': 'TLSRoute',
  'GATEWAY-TCP': 'TCPRoute',
  'GATEWAY-UDP': 'UDPRoute',
  'MESH-HTTP': 'HTTPRoute (mesh)',
  'MESH-GRPC': 'GRPCRoute (mesh)',
};

/** A controller's newest conformance report, reduced to what a matrix cell shows. */
export interface GatewayApiReported {
  state: 'reported';
  /** The implementation as its report names it. */
  organization: string;
  project: string;
  /** The Gateway API minor line of the report, such as v1.6. */
  version: string;
  /** The Gateway API release the tests ran against, such as v1.6.1. */
  gatewayAPIVersion: string;
  /** True when `version` is the newest minor line in the data. */
  newest: boolean;
  /** True when the report is for one of the imported versions, false when it is an older one. */
  recent: boolean;
  /** The implementation's version that was tested. */
  implementationVersion: string;
  channel: GatewayApiChannel;
  mode: string;
  /** Profiles whose core and extended tests all succeeded. */
  passed: GatewayApiProfile[];
  /** Profiles with skipped tests and no failures. */
  partial: GatewayApiProfile[];
  /** Profiles with a failed test. */
  failed: GatewayApiProfile[];
  /** The report file at the imported commit. */
  reportUrl: string;
}

/**
 * No report to show: `not-mapped` when content/conformance/implementations.yaml names no
 * implementation for the controller, `no-report` when it does but the data holds none.
 */
export interface GatewayApiUnreported {
  state: 'not-mapped' | 'no-report';
  /** The minor lines that were searched, newest first. */
  searched: string[];
}

export type GatewayApiRowValue = GatewayApiReported | GatewayApiUnreported;

/**
 * The values for the Ingress matrix's Gateway API row: for each column (component id), the
 * newest Gateway API version with a report of its implementation, which profiles that report
 * passed, its channel and a link. The report is the one the importer picked for that version.
 */
export function gatewayApiRowValues(
  data: GatewayApiConformance,
  mapping: readonly ConformanceImplementation[],
  columns: readonly string[],
): Record<string, GatewayApiRowValue> {
  const lines = [...data.versions.map((v) => ({ v, recent: true })), ...data.earlier.map((v) => ({ v, recent: false }))];
  const searched = lines.map(({ v }) => v.version);
  const newest = data.versions[0]?.version;
  const out: Record<string, GatewayApiRowValue> = {};
  for (const column of columns) {
    const entry = mapping.find((m) => m.id === column);
    if (!entry) {
      out[column] = { state: 'not-mapped', searched };
      continue;
    }
    let found: { version: string; recent: boolean; implementation: ImplementationResult } | undefined;
    for (const { v, recent } of lines) {
      const implementation = v.implementations.find((i) => i.organization === entry.organization && i.project === entry.project);
      if (implementation) {
        found = { version: v.version, recent, implementation };
        break;
      }
    }
    if (!found) {
      out[column] = { state: 'no-report', searched };
      continue;
    }
    const { implementation } = found;
    const named = (result: string) => implementation.profiles.filter((p) => p.result === result).map((p) => p.name);
    out[column] = {
      state: 'reported',
      organization: implementation.organization,
      project: implementation.project,
      version: found.version,
      gatewayAPIVersion: implementation.report.gatewayAPIVersion,
      newest: found.version === newest,
      recent: found.recent,
      implementationVersion: implementation.report.implementationVersion,
      channel: implementation.report.channel,
      mode: implementation.report.mode,
      passed: named('success'),
      partial: named('partial'),
      failed: named('failure'),
      reportUrl: implementation.report.url,
    };
  }
  return out;
}
