import type { ChartData, DrawnChart } from './chart-draw';

/**
 * <kp-chart> wraps a server-rendered table. When the figure comes near the viewport it loads
 * chart.js (a separate chunk, fetched only then) and draws the table's numbers as a chart.
 * Without JavaScript, or before it loads, the table carries everything.
 */
export class KubeProxyChart extends HTMLElement {
  private data: ChartData | undefined;
  private drawn: DrawnChart | undefined;
  private observer: IntersectionObserver | undefined;

  connectedCallback() {
    const json = this.querySelector('script[data-spec]')?.textContent;
    if (!json) return;
    this.data = JSON.parse(json) as ChartData;
    if (!('IntersectionObserver' in window)) {
      void this.draw();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer?.disconnect();
          void this.draw();
        }
      },
      { rootMargin: '300px 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.drawn?.destroy();
  }

  /** Replaces the chart's data, for the model's chart that follows the reader's inputs. */
  update(data: ChartData) {
    this.data = data;
    this.drawn?.update(data);
  }

  private async draw() {
    const host = this.querySelector<HTMLElement>('[data-canvas]');
    if (!host || !this.data || this.drawn) return;
    const { drawChart } = await import('./chart-draw');
    host.hidden = false;
    this.drawn = drawChart(host, this, this.data);
    this.querySelector('[data-note]')?.remove();
    this.dataset.drawn = 'true';
  }
}

if (!customElements.get('kp-chart')) customElements.define('kp-chart', KubeProxyChart);
