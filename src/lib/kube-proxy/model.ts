import type { KubeProxyDataset, ProxyLine } from '../../schemas/kube-proxy-dataset';

/**
 * A deliberately small cost model for kube-proxy, calibrated on the figures in
 * content/datasets/kube-proxy.yaml. It counts the rules (iptables) or table lookups (IPVS,
 * nftables) a new connection pays for, and turns them into CPU with two constants derived from
 * the Tigera benchmark. Everything here is pure, so tests can check it against values worked
 * out by hand.
 */

/** The modes a reader can pick in the model. */
export const proxyModes = ['iptables', 'ipvs', 'nftables'] as const;
export type ProxyMode = (typeof proxyModes)[number];

/** Constants the model takes from the sourced figures. */
export interface Calibration {
  /** Rules a new connection walks per Service in iptables mode: quoted rules ÷ quoted Services. */
  rulesPerService: number;
  /** CPU-seconds one rule evaluation costs: (iptables CPU − IPVS CPU) ÷ (rules per second in the benchmark). */
  coreSecondsPerRule: number;
  /** Cores spent per Service re-programming every rule periodically: IPVS CPU ÷ Services. */
  resyncCoresPerService: number;
  /** The benchmark's new connections per second (one request per connection, no keepalive). */
  benchmarkConnectionsPerSecond: number;
  /** The Services, rules and CPU figures the constants came from, to show beside the formula. */
  anchors: { services: number; rules: number; iptablesCores: number; ipvsCores: number };
}

/** What a reader sets in the model. */
export interface ModelInputs {
  services: number;
  endpointsPerService: number;
  connectionsPerSecond: number;
  requestsPerConnection: number;
  mode: ProxyMode;
}

/** What the model returns for one set of inputs. */
export interface ModelEstimate {
  rulesPerConnection: number;
  rulesPerSecond: number;
  requestsPerSecond: number;
  rulesPerRequest: number;
  ruleCores: number;
  resyncCores: number;
  cores: number;
}

function quoted(dataset: KubeProxyDataset, seriesId: string, line: ProxyLine) {
  const point = dataset.series.find((s) => s.id === seriesId)?.points.find((p) => p.line === line && p.basis === 'quoted');
  if (!point) throw new Error(`content/datasets/kube-proxy.yaml has no quoted ${line} figure in series "${seriesId}"`);
  return point;
}

/** Derives the model's constants from the quoted figures. */
export function calibrate(dataset: KubeProxyDataset): Calibration {
  const rules = quoted(dataset, 'rules-per-connection', 'iptables');
  const iptablesCpu = quoted(dataset, 'cpu', 'iptables');
  const ipvsCpu = quoted(dataset, 'cpu', 'ipvs');
  // Without keepalive every request opens a connection, so the request rate is the connection rate.
  const connectionsPerSecond = dataset.benchmark.requestsPerSecond;
  return {
    rulesPerService: rules.y / rules.x,
    coreSecondsPerRule: (iptablesCpu.y - ipvsCpu.y) / (connectionsPerSecond * rules.y),
    resyncCoresPerService: ipvsCpu.y / ipvsCpu.x,
    benchmarkConnectionsPerSecond: connectionsPerSecond,
    anchors: { services: rules.x, rules: rules.y, iptablesCores: iptablesCpu.y, ipvsCores: ipvsCpu.y },
  };
}

/**
 * Rules (iptables) or lookups (IPVS, nftables) one new connection pays for. In iptables mode the
 * walk through the Service list grows with the number of Services; choosing one of E endpoints
 * then walks (E + 1) / 2 probability rules on average. IPVS and nftables each do one hash or
 * verdict-map lookup, whatever the size.
 */
export function rulesPerConnection(mode: ProxyMode, services: number, endpointsPerService: number, cal: Calibration): number {
  if (mode === 'iptables') return cal.rulesPerService * services + (endpointsPerService + 1) / 2;
  return 1;
}

/** Rule work and estimated CPU for one set of inputs. */
export function estimateCost(inputs: ModelInputs, cal: Calibration): ModelEstimate {
  const perConnection = rulesPerConnection(inputs.mode, inputs.services, inputs.endpointsPerService, cal);
  const rulesPerSecond = perConnection * inputs.connectionsPerSecond;
  const ruleCores = rulesPerSecond * cal.coreSecondsPerRule;
  // iptables and IPVS rewrite every rule on a timer; nftables updates only what changed.
  const resyncCores = inputs.mode === 'nftables' ? 0 : cal.resyncCoresPerService * inputs.services;
  return {
    rulesPerConnection: perConnection,
    rulesPerSecond,
    requestsPerSecond: inputs.connectionsPerSecond * inputs.requestsPerConnection,
    rulesPerRequest: perConnection / inputs.requestsPerConnection,
    ruleCores,
    resyncCores,
    cores: ruleCores + resyncCores,
  };
}

/** Services at which the model's curves are drawn: the range the two sources measured. */
export const serviceSteps = [10, 100, 1_000, 2_000, 5_000, 10_000, 20_000, 30_000] as const;

/** Estimated CPU for one mode across `serviceSteps`, at fixed endpoints and connection rate. */
export function cpuCurve(inputs: Omit<ModelInputs, 'services' | 'mode'>, mode: ProxyMode, cal: Calibration): { x: number; y: number }[] {
  return serviceSteps.map((x) => ({ x, y: estimateCost({ ...inputs, services: x, mode }, cal).cores }));
}

/** The model's starting point: the Tigera benchmark without keepalive, in iptables mode. */
export function defaultInputs(dataset: KubeProxyDataset): ModelInputs {
  const rules = quoted(dataset, 'rules-per-connection', 'iptables');
  return {
    services: rules.x,
    endpointsPerService: dataset.benchmark.endpointsPerService,
    connectionsPerSecond: dataset.benchmark.requestsPerSecond,
    requestsPerConnection: 1,
    mode: 'iptables',
  };
}

/** URL parameter names and the range each accepts; anything else is ignored. */
export const inputLimits = {
  services: { param: 'services', min: 1, max: 100_000 },
  endpointsPerService: { param: 'endpoints', min: 1, max: 1_000 },
  connectionsPerSecond: { param: 'connections', min: 1, max: 1_000_000 },
  requestsPerConnection: { param: 'requests', min: 1, max: 10_000 },
} as const;

type NumericInput = keyof typeof inputLimits;

/** A whole number within its limits, or undefined: hostile or malformed text never passes. */
export function parseBoundedInt(raw: string | null | undefined, min: number, max: number): number | undefined {
  if (raw == null || !/^\d{1,7}$/.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return value >= min && value <= max ? value : undefined;
}

/** Reads model inputs from a query string, keeping the default for every missing or bad value. */
export function inputsFromQuery(params: URLSearchParams, defaults: ModelInputs): ModelInputs {
  const result: ModelInputs = { ...defaults };
  for (const key of Object.keys(inputLimits) as NumericInput[]) {
    const { param, min, max } = inputLimits[key];
    const value = parseBoundedInt(params.get(param), min, max);
    if (value !== undefined) result[key] = value;
  }
  const mode = params.get('mode');
  if (mode && (proxyModes as readonly string[]).includes(mode)) result.mode = mode as ProxyMode;
  return result;
}

/** Writes model inputs to query parameters, in a fixed order so URLs are stable. */
export function inputsToQuery(inputs: ModelInputs): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(inputLimits) as NumericInput[]) params.set(inputLimits[key].param, String(inputs[key]));
  params.set('mode', inputs.mode);
  return params;
}
