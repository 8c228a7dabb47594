import { t, type UiKey } from '../../i18n/ui';
import type { DatasetSource, KubeProxyDataset, ProxyLine } from '../../schemas/kube-proxy-dataset';
import { formatNumber } from './chart-table';
import { calibrate, cpuCurve, estimateCost, proxyModes, rulesPerConnection, serviceSteps, type Calibration, type ModelInputs, type ProxyMode } from './model';

export { formatNumber, tableRows } from './chart-table';

/** Whether a value is a figure a source gives or one the model computes. */
export type Basis = 'quoted' | 'computed';

/** One drawn line (or set of markers) on a chart, and one column of its table. */
export interface ChartLine {
  key: string;
  label: string;
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

/** Everything a chart, its table and its CSV file need. */
export interface ChartSpec {
  id: string;
  /** Short name for headings. */
  name: string;
  title: string;
  reading: string;
  xLabel: string;
  yLabel: string;
  /** Unit of the y values, for the CSV file. */
  yUnit: string;
  logY: boolean;
  lines: ChartLine[];
}


/** Fills `{name}` placeholders in an interface string. Values are ours, never a reader's. */
export function fill(key: UiKey, values: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

function modeLabel(mode: ProxyLine): string {
  return t(`kubeProxy.line.${mode}` as UiKey);
}

export function lineLabel(mode: ProxyLine, basis: Basis, keepalive = false, base = modeLabel(mode)): string {
  const parts = [keepalive ? t('kubeProxy.line.keepalive') : '', t(`kubeProxy.line.${basis}`)].filter(Boolean);
  return `${base} (${parts.join(', ')})`;
}

function quotedLine(dataset: KubeProxyDataset, seriesId: string, line: ProxyLine, label = modeLabel(line)): ChartLine {
  const series = dataset.series.find((s) => s.id === seriesId);
  const points = (series?.points ?? []).filter((p) => p.line === line && p.basis === 'quoted');
  const source = dataset.sources.find((s) => s.id === points[0]?.source);
  return {
    key: `${line}-quoted`,
    label: lineLabel(line, 'quoted', false, label),
    style: line,
    basis: 'quoted',
    keepalive: false,
    points: points.map((p) => ({ x: p.x, y: p.y })),
    source,
  };
}

function modelLine(key: string, label: string, style: ProxyLine, keepalive: boolean, y: (services: number) => number): ChartLine {
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

/** Labels the model's chart uses, handed to the browser so it can redraw without the dictionary. */
export function modelLabels(): { lines: Record<ProxyMode, string>; you: Record<ProxyMode, string>; empty: string } {
  const lines = Object.fromEntries(proxyModes.map((m) => [m, lineLabel(m, 'computed')])) as Record<ProxyMode, string>;
  const you = Object.fromEntries(proxyModes.map((m) => [m, `${t('kubeProxy.model.you')} (${modeLabel(m)})`])) as Record<ProxyMode, string>;
  return { lines, you, empty: t('kubeProxy.table.empty') };
}

/** The model's chart: estimated CPU for each mode at the reader's settings, and their own point. */
export function modelChart(inputs: ModelInputs, cal: Calibration): ChartSpec {
  const labels = modelLabels();
  const { services, mode, ...rest } = inputs;
  const lines = cpuLines(rest, cal).map((line) => ({ ...line, label: labels.lines[line.style as ProxyMode] }));
  const you = estimateCost(inputs, cal);
  return {
    id: 'model',
    name: t('kubeProxy.model.chart'),
    title: t('kubeProxy.model.chart.title'),
    reading: t('kubeProxy.model.chart.reading'),
    xLabel: t('kubeProxy.axis.services'),
    yLabel: t('kubeProxy.axis.cores'),
    yUnit: 'cores',
    logY: false,
    lines: [
      ...lines,
      { key: 'you', label: labels.you[mode], style: mode, basis: 'computed', keepalive: false, highlight: true, points: [{ x: services, y: you.cores }] },
    ],
  };
}

/** The three charts of the page, built from the dataset and the model. */
export function buildCharts(dataset: KubeProxyDataset): ChartSpec[] {
  const cal = calibrate(dataset);
  const { benchmark } = dataset;
  const endpoints = benchmark.endpointsPerService;
  const keepalive = benchmark.keepaliveRequestsPerConnection;
  const perRequest = (mode: ProxyMode, requests: number) => (services: number) =>
    rulesPerConnection(mode, services, endpoints, cal) / requests;

  const responseCost: ChartSpec = {
    id: 'response-cost',
    name: t('kubeProxy.chart.responseCost'),
    title: t('kubeProxy.chart.responseCost.title'),
    reading: fill('kubeProxy.chart.responseCost.reading', {
      rules: cal.anchors.rules,
      services: cal.anchors.services,
      keepalive,
    }),
    xLabel: t('kubeProxy.axis.services'),
    yLabel: t('kubeProxy.axis.rulesPerRequest'),
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

  const cpuInputs = { endpointsPerService: endpoints, connectionsPerSecond: cal.benchmarkConnectionsPerSecond, requestsPerConnection: 1 };
  const cpu: ChartSpec = {
    id: 'cpu',
    name: t('kubeProxy.chart.cpu'),
    title: fill('kubeProxy.chart.cpu.title', { connections: cal.benchmarkConnectionsPerSecond }),
    reading: fill('kubeProxy.chart.cpu.reading', {
      services: cal.anchors.services,
      iptables: cal.anchors.iptablesCores,
      ipvs: cal.anchors.ipvsCores,
    }),
    xLabel: t('kubeProxy.axis.services'),
    yLabel: t('kubeProxy.axis.cores'),
    yUnit: 'cores',
    logY: false,
    lines: [...cpuLines(cpuInputs, cal), quotedLine(dataset, 'cpu', 'iptables'), quotedLine(dataset, 'cpu', 'ipvs')],
  };

  const calicoRules = rulesPerConnection('iptables', benchmark.calicoEquivalentServices, endpoints, cal);
  const calico: ChartSpec = {
    id: 'calico',
    name: t('kubeProxy.chart.calico'),
    title: t('kubeProxy.chart.calico.title'),
    reading: fill('kubeProxy.chart.calico.reading', {
      services: benchmark.calicoServices,
      equivalent: benchmark.calicoEquivalentServices,
      calico: calicoRules,
      rules: cal.anchors.rules,
    }),
    xLabel: t('kubeProxy.axis.services'),
    yLabel: t('kubeProxy.axis.rulesPerConnection'),
    yUnit: 'rules per new connection',
    logY: true,
    lines: [
      modelLine('kube-proxy-computed', lineLabel('iptables', 'computed', false, t('kubeProxy.line.kubeProxy')), 'iptables', false, perRequest('iptables', 1)),
      quotedLine(dataset, 'rules-per-connection', 'iptables', t('kubeProxy.line.kubeProxy')),
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

/** What the source column says for a computed value. */
export const MODEL_SOURCE = 'computed by the K8s Atlas cost model';

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The chart's numbers as CSV, one row per point, each saying whether it is quoted or computed. */
export function chartCsv(spec: ChartSpec): string {
  const header = ['series', 'line', 'basis', 'services', spec.yUnit.replace(/ /g, '_'), 'source'];
  const rows = spec.lines.flatMap((line) =>
    line.points.map((p) =>
      [spec.id, line.label, line.basis, p.x, Number(p.y.toPrecision(6)), line.source?.url ?? MODEL_SOURCE].map(csvField).join(','),
    ),
  );
  return `${[header.join(','), ...rows].join('\n')}\n`;
}
