import type { Message } from '../../i18n';
import type { ProseRef } from '../format/prose';
import type { DatasetPoint, DatasetSeries, DatasetSource, Finding, KubeProxyDataset, Milestone } from '../../schemas/kube-proxy-dataset';
import { modeAdvice, type ModeAdvice } from './advice';
import { buildCharts, cpuChart, quotedCpuLines, type ChartLine, type ChartSpec } from './charts';
import { calibrate, defaultInputs, type Calibration, type ModelInputs } from './model';

/** One row of the sourced-figures table. */
export interface FigureRow {
  series: DatasetSeries;
  point: DatasetPoint;
  source?: DatasetSource;
}

/** One row of the benchmark-setup table: a setting's label and its value as a number or a share. */
export interface SetupRow {
  label: Message;
  value: number;
  /** True when the value is a fraction to show as a percentage. */
  percent: boolean;
}

/** Everything the kube-proxy costs page lays out, derived from the dataset and the model. */
export interface KubeProxyPage {
  /** Which mode to use today and why; absent when the data names no stable, undeprecated mode. */
  advice?: ModeAdvice;
  /** The headline chart: CPU against Services at the model's defaults, with the reader's point. */
  headline: ChartSpec;
  /** The quoted figures the headline marks; the cost model's script keeps them when it redraws. */
  quoted: ChartLine[];
  /** The other charts, drawn by chart.js further down the page. */
  charts: ChartSpec[];
  calibration: Calibration;
  defaults: ModelInputs;
  figures: FigureRow[];
  setup: SetupRow[];
  benchmarkSource?: DatasetSource;
  findings: (Omit<Finding, 'source'> & { source?: DatasetSource })[];
  milestones: (Omit<Milestone, 'source'> & { source?: DatasetSource })[];
  /** The model's formula, one line each, with the calibrated constants filled in. */
  formula: Message[];
  /** The model's assumptions: texts of content/pages/kube-proxy.yaml and their values. */
  assumptions: ProseRef[];
}

/**
 * `supportedLines` are the Kubernetes lines the project maintains today, for the advice (a
 * mode stable in all of them can be recommended without a version caveat).
 */
export function kubeProxyPage(dataset: KubeProxyDataset, supportedLines: readonly string[] = []): KubeProxyPage {
  const calibration = calibrate(dataset);
  const defaults = defaultInputs(dataset);
  const quoted = quotedCpuLines(dataset);
  const charts = buildCharts(dataset);
  const reading = charts.find((c) => c.id === 'cpu')?.reading;
  const { anchors } = calibration;
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const { source: benchmarkSourceId, ...settings } = dataset.benchmark;
  const benchmark = dataset.benchmark;
  const ns = calibration.coreSecondsPerRule * 1e9;
  return {
    advice: modeAdvice(dataset, supportedLines),
    headline: { ...cpuChart(defaults, calibration, quoted), ...(reading ? { reading } : {}) },
    quoted,
    charts: charts.filter((c) => c.id !== 'cpu'),
    calibration,
    defaults,
    figures: dataset.series.flatMap((series) => series.points.map((point) => ({ series, point, source: sourceById.get(point.source) }))),
    setup: (Object.entries(settings) as [keyof typeof settings, number][]).map(([key, value]) => ({
      label: { key: `kubeProxy.setup.${key}` },
      value,
      percent: key === 'keepaliveRuleShare',
    })),
    benchmarkSource: sourceById.get(benchmarkSourceId),
    findings: dataset.findings.map((f) => ({ ...f, source: sourceById.get(f.source) })),
    milestones: dataset.milestones.map((m) => ({ ...m, source: sourceById.get(m.source) })),
    formula: [
      { key: 'kubeProxy.formula.iptables', params: { perService: calibration.rulesPerService } },
      { key: 'kubeProxy.formula.lookup' },
      { key: 'kubeProxy.formula.perSecond' },
      { key: 'kubeProxy.formula.perRequest' },
      { key: 'kubeProxy.formula.cpu', params: { ns } },
      // The per-Service constant is tiny; it is printed in full rather than rounded away.
      { key: 'kubeProxy.formula.resync', params: { perServiceCores: calibration.resyncCoresPerService.toString() } },
    ],
    assumptions: [
      { text: 'assumeRules', params: { perService: calibration.rulesPerService, rules: anchors.rules, services: anchors.services } },
      { text: 'assumeLookup' },
      { text: 'assumeCpu', params: { services: anchors.services, ipvs: anchors.ipvsCores, difference: anchors.iptablesCores - anchors.ipvsCores, ns } },
      { text: 'assumeNftables' },
      { text: 'assumeConntrack' },
      { text: 'assumeRange', params: { rps: benchmark.requestsPerSecond, endpoints: benchmark.endpointsPerService, services: anchors.services } },
    ],
  };
}
