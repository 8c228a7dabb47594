import { tableRows } from '../../lib/kube-proxy/chart-table';
import { cpuChart, renderChart, type ChartLine, type cpuChartKeys, type RenderedChart } from '../../lib/kube-proxy/charts';
import { estimateCost, inputsFromQuery, inputsToQuery, type Calibration, type ModelEstimate, type ModelInputs } from '../../lib/kube-proxy/model';
import { plotLines } from '../../lib/kube-proxy/plot';
import { plotSvg } from '../../lib/kube-proxy/plot-svg';
import { clientTranslator } from '../../i18n/client';
import { formatNumber } from '../../i18n/format';
import { svgElement } from './svg-dom';

interface ModelConfig {
  calibration: Calibration;
  defaults: ModelInputs;
  /** The quoted figures the chart marks; they stay where the benchmark measured them. */
  quoted: ChartLine[];
}

/**
 * <kp-cost-model> makes the server-rendered form live: it reads inputs from the URL (ignoring
 * anything invalid), recomputes on every change, writes the inputs back to the URL and redraws
 * the headline chart (an SVG, from the same functions the server used) and its table. All text
 * it writes goes in as text nodes.
 */
class KubeProxyCostModel extends HTMLElement {
  private config!: ModelConfig;
  private form!: HTMLFormElement;
  private t = clientTranslator<(typeof cpuChartKeys)[number]>(this);

  connectedCallback() {
    this.t = clientTranslator(this);
    const json = this.querySelector('script[data-model]')?.textContent;
    const form = this.querySelector('form');
    if (!json || !form) return;
    this.config = JSON.parse(json) as ModelConfig;
    this.form = form;
    const fromUrl = inputsFromQuery(new URLSearchParams(location.search), this.config.defaults);
    this.writeForm(fromUrl);
    this.render(fromUrl, false);
    form.addEventListener('input', () => this.onChange());
    form.addEventListener('change', () => this.onChange());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.onChange();
    });
  }

  private onChange() {
    // Empty or out-of-range fields fall back to the default, exactly as a bad URL would.
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.set(name, value);
    this.render(inputsFromQuery(params, this.config.defaults), true);
  }

  private writeForm(inputs: ModelInputs) {
    for (const [name, value] of inputsToQuery(inputs)) {
      if (name === 'mode') {
        for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === value;
      } else {
        const input = this.form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
        if (input) input.value = value;
      }
    }
  }

  private render(inputs: ModelInputs, updateUrl: boolean) {
    const { calibration } = this.config;
    const estimate = estimateCost(inputs, calibration);
    for (const out of this.querySelectorAll<HTMLElement>('[data-out]')) {
      const key = out.dataset.out as keyof ModelEstimate;
      if (key in estimate) out.textContent = formatNumber(estimate[key], this.t.lang);
    }
    if (updateUrl) {
      const url = new URL(location.href);
      url.search = inputsToQuery(inputs).toString();
      history.replaceState(null, '', url);
    }
    // The same functions drew the server's chart, so both always agree.
    const data = renderChart(cpuChart(inputs, calibration, this.config.quoted), this.t.message);
    this.drawPlot(data);
    this.writeTable(data);
  }

  private drawPlot(data: RenderedChart) {
    const host = this.querySelector('[data-plot-host]');
    if (!host) return;
    const number = (value: number) => formatNumber(value, this.t.lang);
    const svg = plotSvg(plotLines(data.lines), {
      id: 'kp-headline',
      title: data.title,
      desc: this.t('kubeProxy.plot.desc'),
      xLabel: data.xLabel,
      yLabel: data.yLabel,
      number,
      tooltip: (line, y, x) => this.t('kubeProxy.chart.tooltip', { line, y, x }),
    });
    host.replaceChildren(svgElement(svg));
  }

  private writeTable(data: RenderedChart) {
    const table = this.querySelector('table[data-table]');
    const headRow = table?.querySelector('thead tr');
    const body = table?.querySelector('tbody');
    if (!table || !headRow || !body) return;
    const youHeader = headRow.lastElementChild;
    const you = data.lines[data.lines.length - 1];
    if (youHeader && you) youHeader.textContent = you.label;
    // The title names the connection rate, which the reader may have changed.
    const caption = this.t('kubeProxy.table.caption', { title: data.title });
    const captionEl = table.querySelector('caption');
    if (captionEl) captionEl.textContent = caption;
    table.closest('[role="region"]')?.setAttribute('aria-label', caption);
    const rows = tableRows(data).map((row) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = formatNumber(row.x, this.t.lang);
      tr.append(th);
      for (const [i, cell] of row.cells.entries()) {
        const td = document.createElement('td');
        td.className = `num kp-col--${data.lines[i]?.basis ?? 'computed'}`;
        td.textContent = cell === undefined ? this.t('kubeProxy.table.empty') : formatNumber(cell, this.t.lang);
        tr.append(td);
      }
      return tr;
    });
    body.replaceChildren(...rows);
  }
}

if (!customElements.get('kp-cost-model')) customElements.define('kp-cost-model', KubeProxyCostModel);
