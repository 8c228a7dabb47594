import { toCsv, toMarkdown, type PlainTable } from '../../lib/format/table-export';
import {
  computeVisibility,
  defaultViewState,
  parseViewState,
  serializeViewState,
  type MatrixKnowledge,
  type MatrixViewState,
  type RowFacts,
} from '../../lib/matrix/view-state';

import { clientTranslator } from '../../i18n/client';
import type { FeatureMatrixKey } from './feature-matrix.strings';

/**
 * Enhances a server-rendered comparison table: the controls above it shape the view, the view
 * lives in the URL, and rows can be linked and the view exported. Without this script the
 * whole table is still there, with today's and the baseline's values in every cell.
 */
class ComparisonMatrix extends HTMLElement {
  private known!: MatrixKnowledge;
  private rows: RowFacts[] = [];
  private state: MatrixViewState = { ...defaultViewState };
  private t = clientTranslator<FeatureMatrixKey>(this);

  connectedCallback() {
    this.t = clientTranslator(this);
    const table = this.querySelector('table');
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    if (!table || !controls) return;
    const headers = [...table.querySelectorAll<HTMLElement>('thead th[data-col]')];
    this.known = {
      columns: headers.map((h) => h.dataset.col!),
      baselineColumns: headers.filter((h) => h.hasAttribute('data-baseline')).map((h) => h.dataset.col!),
      valueKeys: [...this.querySelectorAll<HTMLOptionElement>('select[name="has"] option')].map((o) => o.value).filter(Boolean),
      baselineParam: this.dataset.baselineParam ?? '',
    };
    this.rows = [...table.querySelectorAll<HTMLElement>('tbody tr[data-row]')].map((tr) => {
      const current: RowFacts['current'] = {};
      const baseline: NonNullable<RowFacts['baseline']> = {};
      for (const td of tr.querySelectorAll<HTMLElement>('td[data-col]')) {
        const col = td.dataset.col!;
        current[col] = { key: td.dataset.nowKey ?? '', slugs: (td.dataset.nowValues ?? '').split(' ').filter(Boolean) };
        if (td.dataset.wasKey !== undefined) baseline[col] = { key: td.dataset.wasKey, slugs: (td.dataset.wasValues ?? '').split(' ').filter(Boolean) };
      }
      return { id: tr.dataset.row!, label: tr.dataset.label ?? '', current, baseline: tr.hasAttribute('data-baseline') ? baseline : undefined };
    });

    controls.hidden = false;
    this.querySelectorAll<HTMLElement>('.copy-row').forEach((b) => (b.hidden = false));
    this.state = parseViewState(location.search, this.known);
    this.syncControls();
    this.render();

    controls.addEventListener('input', () => this.readControls());
    controls.addEventListener('change', () => this.readControls());
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
      if (!target) return;
      const action = target.dataset.action;
      if (action === 'reset') {
        this.state = { ...defaultViewState };
        this.syncControls();
        this.commit();
      } else if (action === 'markdown') void this.exportMarkdown();
      else if (action === 'csv') this.exportCsv();
      else if (action === 'copy-row') void this.copyRowLink(target.closest('tr')!);
    });
    window.addEventListener('popstate', () => {
      this.state = parseViewState(location.search, this.known);
      this.syncControls();
      this.render();
    });
  }

  private get controls() {
    return this.querySelector<HTMLElement>('[data-controls]')!;
  }

  private syncControls() {
    const c = this.controls;
    c.querySelectorAll<HTMLInputElement>('input[name="mode"]').forEach((i) => (i.checked = i.value === this.state.mode));
    c.querySelectorAll<HTMLInputElement>('input[name="col"]').forEach((i) => (i.checked = !this.state.columns || this.state.columns.includes(i.value)));
    c.querySelector<HTMLInputElement>('input[name="q"]')!.value = this.state.query;
    c.querySelector<HTMLInputElement>('input[name="diff"]')!.checked = this.state.onlyDiffering;
    c.querySelector<HTMLSelectElement>('select[name="has"]')!.value = this.state.value ?? '';
  }

  private readControls() {
    const c = this.controls;
    const mode = c.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
    const cols = [...c.querySelectorAll<HTMLInputElement>('input[name="col"]:checked')].map((i) => i.value);
    const query = c.querySelector<HTMLInputElement>('input[name="q"]')!.value;
    this.state = parseViewState(
      serializeViewState(
        {
          mode: mode === 'baseline' ? 'baseline' : 'current',
          columns: cols.length === this.known.columns.length ? null : cols,
          query,
          onlyDiffering: c.querySelector<HTMLInputElement>('input[name="diff"]')!.checked,
          value: c.querySelector<HTMLSelectElement>('select[name="has"]')!.value || null,
        },
        this.known,
      ),
      this.known,
    );
    // Unticking every controller is kept as typed, so the boxes do not jump back under the pointer.
    if (cols.length === 0) this.state.columns = [];
    this.state.query = query.slice(0, 80);
    this.commit();
  }

  private commit() {
    const query = serializeViewState(this.state, this.known);
    const url = `${location.pathname}${query}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
    this.render();
  }

  private render() {
    const visible = computeVisibility(this.state, this.known, this.rows);
    const cols = new Set(visible.columns);
    const rows = new Set(visible.rows);
    this.dataset.mode = this.state.mode;
    this.querySelectorAll<HTMLElement>('[data-col]').forEach((el) => {
      if (el.closest('[data-controls]')) return;
      el.classList.toggle('is-hidden', !cols.has(el.dataset.col!));
    });
    this.querySelectorAll<HTMLElement>('tbody tr[data-row]').forEach((tr) => tr.classList.toggle('is-hidden', !rows.has(tr.dataset.row!)));
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const total = this.state.mode === 'baseline' ? this.known.baselineColumns.length : this.known.columns.length;
    const rowTotal = this.rows.filter((r) => (this.state.mode === 'baseline' ? r.baseline : r.current)).length;
    status.textContent =
      rows.size === 0 || cols.size === 0
        ? this.t('matrix.noMatch')
        : this.t('matrix.status', { rows: rows.size, rowTotal, columns: cols.size, columnTotal: total });
  }

  /** The visible part of the table as text, in the current mode. */
  private plainTable(): PlainTable {
    const visible = computeVisibility(this.state, this.known, this.rows);
    const headerCells = [...this.querySelectorAll<HTMLElement>('thead th')];
    const headers = [headerCells[0]!.textContent!.trim()];
    for (const col of visible.columns) headers.push(this.querySelector<HTMLElement>(`thead th[data-col="${col}"] a`)!.textContent!.trim());
    const rows = visible.rows.map((rowId) => {
      const tr = this.querySelector<HTMLElement>(`tr[data-row="${rowId}"]`)!;
      return [
        tr.dataset.label ?? rowId,
        ...visible.columns.map((col) => {
          const td = tr.querySelector<HTMLElement>(`td[data-col="${col}"]`)!;
          return (this.state.mode === 'baseline' ? td.dataset.wasText : td.dataset.nowText) ?? '';
        }),
      ];
    });
    return { headers, rows };
  }

  private async exportMarkdown() {
    const text = toMarkdown(this.plainTable());
    const output = this.querySelector<HTMLTextAreaElement>('[data-output]')!;
    output.hidden = false;
    output.value = text;
    const copied = await copyText(text);
    this.querySelector<HTMLElement>('[data-status]')!.textContent = this.t(copied ? 'matrix.exported' : 'matrix.exportShown');
  }

  private exportCsv() {
    const blob = new Blob([toCsv(this.plainTable())], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.dataset.name ?? 'matrix'}-${this.state.mode === 'baseline' ? this.known.baselineParam : 'current'}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private async copyRowLink(tr: HTMLElement) {
    const url = `${location.origin}${location.pathname}${serializeViewState(this.state, this.known)}#${tr.id}`;
    const copied = await copyText(url);
    this.querySelector<HTMLElement>('[data-status]')!.textContent = this.t(copied ? 'matrix.copiedLink' : 'matrix.copyFailedLink', { url });
  }
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

if (!customElements.get('comparison-matrix')) customElements.define('comparison-matrix', ComparisonMatrix);
