// Loaded on demand by kp-chart.ts. Only the chart.js parts these charts use are
// registered, so the bundler can leave the rest of the library out.
import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  Legend,
  Tooltip,
  type ChartDataset,
  type PointStyle,
} from 'chart.js';

import type { RenderedChart } from '../../lib/kube-proxy/charts';
import { fillTemplate } from '../../i18n/format';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip);

/** The JSON a <kp-chart> carries: its lines, axis titles and scale, with words rendered. */
export type ChartData = RenderedChart;

export interface DrawnChart {
  update(data: ChartData): void;
  destroy(): void;
}

const markers: Record<ChartData['lines'][number]['style'], PointStyle> = {
  iptables: 'circle',
  ipvs: 'rect',
  nftables: 'triangle',
  calico: 'rectRot',
};
// Each mode has its own dash too, so lines that overlap (IPVS and nftables) stay visible.
const dashes: Record<ChartData['lines'][number]['style'], number[]> = {
  iptables: [],
  ipvs: [8, 4],
  nftables: [2, 3],
  calico: [],
};

// Axis and tooltip numbers follow the page's language.
const numberFormat = new Intl.NumberFormat(document.documentElement.lang || 'en', { maximumSignificantDigits: 3 });

/** On a logarithmic axis, label only 1, 10, 100… (and 3, 30, 300… where there is room). */
function logTick(withThrees: boolean) {
  return (value: number | string) => {
    const v = Number(value);
    const mantissa = Math.round(v / 10 ** Math.floor(Math.log10(v)));
    return mantissa === 1 || (withThrees && mantissa === 3) ? numberFormat.format(v) : '';
  };
}
const linearTick = (value: number | string) => numberFormat.format(Number(value));

function datasets(data: ChartData, colour: (name: string) => string): ChartDataset<'line', { x: number; y: number }[]>[] {
  return data.lines.map((line) => {
    const color = colour(`--kp-${line.style}`);
    const marker = line.basis === 'quoted' || line.points.length === 1 || line.highlight;
    return {
      label: line.label,
      data: line.points,
      borderColor: color,
      backgroundColor: line.basis === 'quoted' ? color : 'transparent',
      borderWidth: line.keepalive ? 1.5 : 2.5,
      borderDash: line.keepalive ? [...dashes[line.style], 1, 6] : dashes[line.style],
      showLine: !marker,
      pointStyle: markers[line.style],
      pointRadius: line.highlight ? 10 : marker ? 7 : 3,
      pointBorderWidth: line.highlight ? 3 : 2,
      pointHoverRadius: 9,
      order: line.basis === 'quoted' ? 0 : 1,
    };
  });
}

export function drawChart(host: HTMLElement, themeSource: HTMLElement, initial: ChartData): DrawnChart {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  host.append(canvas);
  const styles = () => getComputedStyle(themeSource);
  const colour = (name: string) => styles().getPropertyValue(name).trim() || '#777';
  let data = initial;

  const options = () => {
    const text = colour('--kp-text');
    const grid = colour('--kp-grid');
    const title = (label: string) => ({ display: true, text: label, color: text });
    return {
      maintainAspectRatio: false,
      animation: false as const,
      parsing: false as const,
      interaction: { mode: 'nearest' as const, intersect: false },
      scales: {
        x: {
          type: 'logarithmic' as const,
          title: title(data.xLabel),
          ticks: { color: text, callback: logTick(host.clientWidth > 560), autoSkip: false, maxRotation: 0 },
          grid: { color: grid },
        },
        y: {
          type: data.logY ? ('logarithmic' as const) : ('linear' as const),
          title: title(data.yLabel),
          ticks: { color: text, callback: data.logY ? logTick(false) : linearTick },
          grid: { color: grid },
          ...(data.logY ? {} : { beginAtZero: true }),
        },
      },
      plugins: {
        legend: { position: 'bottom' as const, labels: { color: text, usePointStyle: true, boxWidth: 10 } },
        tooltip: {
          callbacks: {
            label: (item: { dataset: { label?: string }; parsed: { x: number | null; y: number | null } }) =>
              fillTemplate(data.tooltip, { line: item.dataset.label ?? '', y: numberFormat.format(item.parsed.y ?? 0), x: numberFormat.format(item.parsed.x ?? 0) }, numberFormat.resolvedOptions().locale),
          },
        },
      },
    };
  };

  const chart = new Chart(canvas, { type: 'line', data: { datasets: datasets(data, colour) }, options: options() });
  canvas.setAttribute('aria-label', data.title);

  // Follow the reader's light or dark setting without a reload.
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const recolour = () => {
    chart.data.datasets = datasets(data, colour);
    chart.options = options();
    chart.update();
  };
  scheme.addEventListener('change', recolour);

  return {
    update(next) {
      data = next;
      recolour();
    },
    destroy() {
      scheme.removeEventListener('change', recolour);
      chart.destroy();
    },
  };
}
