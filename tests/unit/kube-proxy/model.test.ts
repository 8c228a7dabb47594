import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import {
  calibrate,
  defaultInputs,
  estimateCost,
  inputsFromQuery,
  inputsToQuery,
  parseBoundedInt,
  rulesPerConnection,
  type Calibration,
} from '../../../src/lib/kube-proxy/model';
import { buildCharts, chartTable, tableRows } from '../../../src/lib/kube-proxy/charts';
import { toCsv } from '../../../src/lib/format/table-export';
import { translator } from '../../../src/i18n';
import { formatNumber as formatFor } from '../../../src/i18n/format';

const formatNumber = (value: number) => formatFor(value, 'en');

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataset = checkContent(root).content.datasets.find((d) => d.id === 'kube-proxy')!.data!;

// Hand-worked from the figures: 20,000 rules at 10,000 Services, 0.35 and 0.08 of a core,
// 1,000 requests per second without keepalive. Kept literal on purpose, so a change to the
// formula or the data shows up here rather than being recomputed by the code under test.
const hand: Calibration = {
  rulesPerService: 2, // 20,000 / 10,000
  coreSecondsPerRule: 1.35e-8, // (0.35 - 0.08) / (1,000 * 20,000)
  resyncCoresPerService: 8e-6, // 0.08 / 10,000
  benchmarkConnectionsPerSecond: 1000,
  anchors: { services: 10000, rules: 20000, iptablesCores: 0.35, ipvsCores: 0.08 },
};

describe('calibration', () => {
  it('derives the constants worked out by hand from the quoted figures', () => {
    const cal = calibrate(dataset);
    expect(cal.rulesPerService).toBeCloseTo(hand.rulesPerService, 12);
    expect(cal.coreSecondsPerRule).toBeCloseTo(hand.coreSecondsPerRule, 15);
    expect(cal.resyncCoresPerService).toBeCloseTo(hand.resyncCoresPerService, 15);
    expect(cal.anchors).toEqual(hand.anchors);
  });
});

describe('rules per new connection', () => {
  it('grows with Services and endpoints in iptables mode', () => {
    // 2 * 10,000 + (10 + 1) / 2 = 20,005.5
    expect(rulesPerConnection('iptables', 10000, 10, hand)).toBe(20005.5);
    // 2 * 20 + (10 + 1) / 2 = 45.5: what Calico matches at 10,000 Services
    expect(rulesPerConnection('iptables', 20, 10, hand)).toBe(45.5);
    expect(rulesPerConnection('iptables', 1, 1, hand)).toBe(3);
  });

  it('is one lookup in IPVS and nftables modes, whatever the size', () => {
    for (const mode of ['ipvs', 'nftables'] as const) {
      expect(rulesPerConnection(mode, 10, 1, hand)).toBe(1);
      expect(rulesPerConnection(mode, 30000, 500, hand)).toBe(1);
    }
  });
});

describe('cost estimate', () => {
  const benchmark = { services: 10000, endpointsPerService: 10, connectionsPerSecond: 1000, requestsPerConnection: 1 };

  it('gives back the quoted iptables CPU at the benchmark point', () => {
    const e = estimateCost({ ...benchmark, mode: 'iptables' }, hand);
    expect(e.rulesPerSecond).toBe(20005500); // 1,000 * 20,005.5
    expect(e.ruleCores).toBeCloseTo(0.27007425, 10); // 20,005,500 * 1.35e-8
    expect(e.resyncCores).toBeCloseTo(0.08, 12); // 10,000 * 8e-6
    expect(e.cores).toBeCloseTo(0.35007425, 10);
    expect(e.requestsPerSecond).toBe(1000);
    expect(e.rulesPerRequest).toBe(20005.5);
  });

  it('gives back the quoted IPVS CPU, almost all of it re-programming', () => {
    const e = estimateCost({ ...benchmark, mode: 'ipvs' }, hand);
    expect(e.rulesPerSecond).toBe(1000);
    expect(e.cores).toBeCloseTo(0.0800135, 10); // 1,000 * 1.35e-8 + 0.08
  });

  it('charges nftables no periodic re-programming', () => {
    const e = estimateCost({ ...benchmark, mode: 'nftables' }, hand);
    expect(e.resyncCores).toBe(0);
    expect(e.cores).toBeCloseTo(0.0000135, 12);
  });

  it('cuts rule work to 1% with keepalive at 100 requests per connection, as the source says', () => {
    const e = estimateCost({ ...benchmark, connectionsPerSecond: 10, requestsPerConnection: 100, mode: 'iptables' }, hand);
    expect(e.requestsPerSecond).toBe(1000);
    expect(e.rulesPerRequest).toBeCloseTo(200.055, 10); // 20,005.5 / 100
    expect(e.rulesPerSecond / 20005500).toBeCloseTo(dataset.benchmark.keepaliveRuleShare, 12);
    expect(e.cores).toBeCloseTo(0.0827007425, 10); // 200,055 * 1.35e-8 + 0.08
  });
});

describe('inputs in the URL', () => {
  const defaults = defaultInputs(dataset);

  it('starts from the benchmark settings', () => {
    expect(defaults).toEqual({ services: 10000, endpointsPerService: 10, connectionsPerSecond: 1000, requestsPerConnection: 1, mode: 'iptables' });
  });

  it('reads valid values and round-trips them', () => {
    const inputs = inputsFromQuery(new URLSearchParams('services=500&endpoints=3&connections=200&requests=50&mode=nftables'), defaults);
    expect(inputs).toEqual({ services: 500, endpointsPerService: 3, connectionsPerSecond: 200, requestsPerConnection: 50, mode: 'nftables' });
    expect(inputsToQuery(inputs).toString()).toBe('services=500&endpoints=3&connections=200&requests=50&mode=nftables');
  });

  it('ignores hostile, malformed and out-of-range values one by one', () => {
    const query = new URLSearchParams({
      services: '<img src=x onerror=alert(1)>',
      endpoints: '0',
      connections: '1e6',
      requests: '12',
      mode: 'userspace',
    });
    expect(inputsFromQuery(query, defaults)).toEqual({ ...defaults, requestsPerConnection: 12 });
    expect(parseBoundedInt('100001', 1, 100000)).toBeUndefined();
    expect(parseBoundedInt('-5', 1, 10)).toBeUndefined();
    expect(parseBoundedInt(' 7 ', 1, 10)).toBe(7);
    expect(parseBoundedInt(null, 1, 10)).toBeUndefined();
  });
});

describe('charts', () => {
  const charts = buildCharts(dataset);

  it('builds the three charts, each with quoted and computed values kept apart', () => {
    expect(charts.map((c) => c.id)).toEqual(['response-cost', 'cpu', 'calico']);
    for (const chart of charts) {
      expect(chart.lines.some((l) => l.basis === 'quoted')).toBe(true);
      expect(chart.lines.some((l) => l.basis === 'computed')).toBe(true);
      for (const line of chart.lines.filter((l) => l.basis === 'quoted')) expect(line.source?.url).toMatch(/^https:\/\//);
    }
  });

  it('puts every quoted figure in a chart table', () => {
    const quoted = dataset.series.flatMap((s) => s.points.map((p) => p.y));
    const shown = charts.flatMap((c) => c.lines.filter((l) => l.basis === 'quoted').flatMap((l) => l.points.map((p) => p.y)));
    for (const value of quoted) expect(shown).toContain(value);
  });

  it('places Calico at 10,000 Services where kube-proxy is at 20', () => {
    const calico = charts[2]!.lines.find((l) => l.style === 'calico')!;
    expect(calico.points).toEqual([{ x: 10000, y: 45.5 }]);
  });

  it('lays out one row per number of Services', () => {
    const rows = tableRows(charts[1]!);
    expect(rows.map((r) => r.x)).toEqual([10, 100, 1000, 2000, 5000, 10000, 20000, 30000]);
    const row = rows.find((r) => r.x === 10000)!;
    expect(row.cells.filter((c) => c !== undefined)).toHaveLength(5);
    expect(rows.find((r) => r.x === 10)!.cells.filter((c) => c !== undefined)).toHaveLength(3);
  });

  it('writes CSV with a header and one row per point', () => {
    const csv = toCsv(chartTable(charts[1]!, translator('en').message));
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('series,line,basis,services,cores,source');
    expect(lines).toContain('cpu,iptables (quoted),quoted,10000,0.35,https://www.tigera.io/blog/comparing-kube-proxy-modes-iptables-or-ipvs/');
    expect(lines).toContain('cpu,IPVS (modelled),computed,10000,0.0800135,computed by the K8s Atlas cost model');
    expect(lines).toHaveLength(1 + 3 * 8 + 2);
  });

  it('formats numbers for people', () => {
    expect(formatNumber(20005.5)).toBe('20,006');
    expect(formatNumber(0.35007425)).toBe('0.35');
    expect(formatNumber(45.5)).toBe('45.5');
    expect(formatNumber(1)).toBe('1');
  });
});
