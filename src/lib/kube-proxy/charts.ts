import type { Message } from '../../i18n';
import type { PlainTable } from '../format/table-export';
import type { DatasetSource, KubeProxyDataset, ProxyLine } from '../../schemas/kube-proxy-dataset';
import { calibrate, cpuCurve, defaultInputs, estimateCost, proxyModes, rulesPerConnection, serviceSteps, type Calibration, type ModelInputs, type ProxyMode } from './model';

export { tableRows } from './chart-table';

/** Whether a value is a figure a source gives or one the model computes. */
export type Basis = 'quoted' | 'computed';

/** Who a chart line stands for: a kube-proxy mode, Calico, or kube-proxy as a whole. */
export type LineSubject = ProxyLine | 'kubeProxy';

/** One drawn line (or set of markers) on a chart, and one column of its table. */
export interface ChartLine {
  key: string;
  label: Message;
  /** Decides colour and marker shape, so the same mode looks the same on every chart. */
  style: ProxyLine;
  basis: Basis;
  keepalive: boolean;
  points: { x: number; y: number }[];
  /** For quoted lines: the document the figures come from. */
  source?: DatasetSource;
  /** Marks the reader's own setting in the model chart. */
  highlight?: boolean;
}

/**
 * Everything a chart, its table and its CSV file need. Words are messages (keys and values),
 * rendered by the page in its locale; `reading` names a text of content/pages/kube-proxy.yaml.
 */
export interface ChartSpec {
  id: string;
  /** Short name for headings. */
  name: Message;
  title: Message;
  reading?: { text: string; params: Record<string, number> };
  xLabel: Message;
  yLabel: Message;
  /** Unit of the y values, for the CSV file's header. */
  yUnit: string;
  logY: boolean;
  lines: ChartLine[];
}

/** The label of a line: its subject, and whether it is quoted or computed (with keepalive). */
export function lineLabel(subject: LineSubject, basis: Basis, keepalive = false): Message {
  const mode: Message = { key: `kubeProxy.line.${subject}` };
  if (basis === 'quoted') return { key: 'kubeProxy.label.quoted', params: { mode } };
  return { key: keepalive ? 'kubeProxy.label.keepaliveComputed' : 'kubeProxy.label.computed', params: { mode } };
}

function quotedLine(dataset: KubeProxyDataset, seriesId: string, line: ProxyLine, subject: LineSubject = line): ChartLine {
  const series = dataset.series.find((s) => s.id === seriesId);
  const points = (series?.points ?? []).filter((p) => p.line === line && p.basis === 'quoted');
  const source = dataset.sources.find((s) => s.id === points[0]?.source);
  return {
    key: `${line}-quoted`,
    label: lineLabel(subject, 'quoted'),
    style: line,
    basis: 'quoted',
    keepalive: false,
    points: points.map((p) => ({ x: p.x, y: p.y })),
    source,
  };
}

function modelLine(key: string, label: Message, style: ProxyLine, keepalive: boolean, y: (services: number) => number): ChartLine {
  return { key, label, style, basis: 'computed', keepalive, points: serviceSteps.map((x) => ({ x, y: y(x) })) };
}

/** Estimated CPU for every mode across `serviceSteps`, at fixed endpoints and connection rate. */
export function cpuLines(inputs: Omit<ModelInputs, 'services' | 'mode'>, cal: Calibration): ChartLine[] {
  return proxyModes.map((mode) => ({
    key: `${mode}-computed`,
    label: lineLabel(mode, 'computed'),
    style: mode,
    basis: 'computed' as const,
    keepalive: false,
    points: cpuCurve(inputs, mode, cal),
  }));
}

/** The reader's own point on the CPU chart: their mode's estimate at their settings. */
export function readerLine(inputs: ModelInputs, cal: Calibration): ChartLine {
  return {
    key: 'you',
    label: { key: 'kubeProxy.label.you', params: { mode: { key: `kubeProxy.line.${inputs.mode}` } } },
    style: inputs.mode,
    basis: 'computed',
    keepalive: false,
    highlight: true,
    points: [{ x: inputs.services, y: estimateCost(inputs, cal).cores }],
  };
}

/**
 * The CPU chart, the page's headline: estimated CPU for each mode at the given settings, the
 * figures quoted at the benchmark's settings, and (with `reader`) the reader's own point. The
 * server draws it for the defaults and the cost model's script redraws it from this function.
 */
export function cpuChart(inputs: ModelInputs, cal: Calibration, quoted: ChartLine[], reader = true): ChartSpec {
  const { services: _services, mode: _mode, ...rest } = inputs;
  return {
    id: 'cpu',
    name: { key: 'kubeProxy.chart.cpu' },
    title: { key: 'kubeProxy.chart.cpu.title', params: { connections: inputs.connectionsPerSecond } },
    xLabel: { key: 'kubeProxy.axis.services' },
    yLabel: { key: 'kubeProxy.axis.cores' },
    yUnit: 'cores',
    logY: false,
    lines: [...cpuLines(rest, cal), ...quoted, ...(reader ? [readerLine(inputs, cal)] : [])],
  };
}

/** The quoted CPU figures, drawn as marked points on the CPU chart. */
export function quotedCpuLines(dataset: KubeProxyDataset): ChartLine[] {
  return [quotedLine(dataset, 'cpu', 'iptables'), quotedLine(dataset, 'cpu', 'ipvs')];
}

/** Every interface string the CPU chart's messages use, for the cost model's script. */
export const cpuChartKeys = [
  'kubeProxy.chart.tooltip',
  'kubeProxy.label.computed',
  'kubeProxy.label.quoted',
  'kubeProxy.label.you',
  'kubeProxy.line.iptables',
  'kubeProxy.line.ipvs',
  'kubeProxy.line.nftables',
  'kubeProxy.chart.cpu.title',
  'kubeProxy.axis.services',
  'kubeProxy.axis.cores',
  'kubeProxy.table.empty',
  'kubeProxy.table.caption',
  'kubeProxy.plot.desc',
] as const;

/** The page's three charts at the benchmark's settings (one CSV file each), built from the dataset and the model. */
export function buildCharts(dataset: KubeProxyDataset): ChartSpec[] {
  const cal = calibrate(dataset);
  const { benchmark } = dataset;
  const endpoints = benchmark.endpointsPerService;
  const keepalive = benchmark.keepaliveRequestsPerConnection;
  const perRequest = (mode: ProxyMode, requests: number) => (services: number) =>
    rulesPerConnection(mode, services, endpoints, cal) / requests;

  const responseCost: ChartSpec = {
    id: 'response-cost',
    name: { key: 'kubeProxy.chart.responseCost' },
    title: { key: 'kubeProxy.chart.responseCost.title' },
    reading: { text: 'readingResponseCost', params: { rules: cal.anchors.rules, services: cal.anchors.services, keepalive } },
    xLabel: { key: 'kubeProxy.axis.services' },
    yLabel: { key: 'kubeProxy.axis.rulesPerRequest' },
    yUnit: 'rules or lookups per request',
    logY: true,
    lines: [
      ...proxyModes.flatMap((mode) => [
        modelLine(`${mode}-computed`, lineLabel(mode, 'computed'), mode, false, perRequest(mode, 1)),
        modelLine(`${mode}-keepalive-computed`, lineLabel(mode, 'computed', true), mode, true, perRequest(mode, keepalive)),
      ]),
      quotedLine(dataset, 'rules-per-connection', 'iptables'),
    ],
  };

  const cpu: ChartSpec = {
    ...cpuChart(defaultInputs(dataset), cal, quotedCpuLines(dataset), false),
    reading: { text: 'readingCpu', params: { services: cal.anchors.services, iptables: cal.anchors.iptablesCores, ipvs: cal.anchors.ipvsCores } },
  };

  const calicoRules = rulesPerConnection('iptables', benchmark.calicoEquivalentServices, endpoints, cal);
  const calico: ChartSpec = {
    id: 'calico',
    name: { key: 'kubeProxy.chart.calico' },
    title: { key: 'kubeProxy.chart.calico.title' },
    reading: {
      text: 'readingCalico',
      params: { services: benchmark.calicoServices, equivalent: benchmark.calicoEquivalentServices, calico: calicoRules, rules: cal.anchors.rules },
    },
    xLabel: { key: 'kubeProxy.axis.services' },
    yLabel: { key: 'kubeProxy.axis.rulesPerConnection' },
    yUnit: 'rules per new connection',
    logY: true,
    lines: [
      modelLine('kube-proxy-computed', lineLabel('kubeProxy', 'computed'), 'iptables', false, perRequest('iptables', 1)),
      quotedLine(dataset, 'rules-per-connection', 'iptables', 'kubeProxy'),
      {
        key: 'calico-computed',
        label: lineLabel('calico', 'computed'),
        style: 'calico',
        basis: 'computed',
        keepalive: false,
        points: [{ x: benchmark.calicoServices, y: calicoRules }],
      },
    ],
  };

  return [responseCost, cpu, calico];
}

/** A chart with its words rendered: what the chart script draws and the table shows. */
export interface RenderedChart {
  title: string;
  /** The tooltip's template, with {line}, {y} and {x}. */
  tooltip: string;
  xLabel: string;
  yLabel: string;
  logY: boolean;
  lines: { key: string; label: string; style: ProxyLine; basis: Basis; keepalive: boolean; highlight?: boolean; points: { x: number; y: number }[] }[];
}

/** Renders a chart's messages with the page's translator (server) or its strings (browser). */
export function renderChart(spec: ChartSpec, render: (m: Message) => string): RenderedChart {
  return {
    title: render(spec.title),
    tooltip: render({ key: 'kubeProxy.chart.tooltip' }),
    xLabel: render(spec.xLabel),
    yLabel: render(spec.yLabel),
    logY: spec.logY,
    lines: spec.lines.map(({ key, label, style, basis, keepalive, highlight, points }) => ({ key, label: render(label), style, basis, keepalive, highlight, points })),
  };
}

/** The chart's numbers as a table for CSV: one row per point, each saying whether it is quoted or computed. */
export function chartTable(spec: ChartSpec, render: (m: Message) => string): PlainTable {
  return {
    headers: ['series', 'line', 'basis', 'services', spec.yUnit.replace(/ /g, '_'), 'source'],
    rows: spec.lines.flatMap((line) =>
      line.points.map((p) => [spec.id, render(line.label), line.basis, String(p.x), String(Number(p.y.toPrecision(6))), line.source?.url ?? MODEL_SOURCE]),
    ),
  };
}

/** What the CSV's source column says for a computed value (the files are data, in English). */
export const MODEL_SOURCE = 'computed by the K8s Atlas cost model';
