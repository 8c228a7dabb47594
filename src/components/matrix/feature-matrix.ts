import { toCsv, toMarkdown, type PlainTable } from '../../lib/format/table-export';
import { comparisonKey, exportText, parseSurveyCell, slugify, valueOptionsFrom } from '../../lib/matrix/matrix';
import { layerAt, type Span } from '../../lib/matrix/history';
import {
  cleanDay,
  computeVisibility,
  defaultViewState,
  parseViewState,
  serializeViewState,
  type LayerFacts,
  type MatrixKnowledge,
  type MatrixViewState,
  type RowFacts,
} from '../../lib/matrix/view-state';
import type { SupportLevel } from '../../schemas/matrix';

import { clientTranslator } from '../../i18n/client';
import type { FeatureMatrixKey } from './feature-matrix.strings';

/** One value of a cell as the page holds it: its days, what it says, and where its markup is. */
interface Layer extends LayerFacts {
  kind: 'current' | 'history' | 'baseline';
  support: SupportLevel;
  values: string[];
  /** The element whose badge and values show this value (the history item or the survey line). */
  el: HTMLElement;
  /** The survey's text, for the baseline layer. */
  raw?: string;
}

/** How many table rows are read per task while the page loads. */
const ROWS_PER_TASK = 4;

/** Lets the browser paint and handle input before the script goes on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How many controllers a phone compares when the link does not choose. */
const PHONE_COLUMNS = 2;
const PHONE = '(max-width: 40rem)';

/** Today in the reader's own calendar, YYYY-MM-DD: the day a pinned link keeps. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const supportOf = (el: Element | null | undefined): SupportLevel => ((el as HTMLElement | null)?.dataset.s as SupportLevel) ?? 'unknown';
const valuesOf = (root: Element | null | undefined): string[] => [...(root?.querySelectorAll(':scope > .v > li') ?? [])].map((li) => li.textContent?.trim() ?? '');

/**
 * Enhances a server-rendered comparison table: the controls above it shape the view, the view
 * lives in the URL (including a day, ?at=YYYY-MM-DD, whose values are shown), rows can be
 * linked and the view exported. Without this script the whole table is still there: today's
 * value in every cell, and its notes, sources, earlier values and the survey's in the cell's
 * details.
 */
class ComparisonMatrix extends HTMLElement {
  private known!: MatrixKnowledge;
  private rows: RowFacts[] = [];
  private layers = new Map<HTMLElement, Layer[]>();
  private state: MatrixViewState = { ...defaultViewState };
  private t = clientTranslator<FeatureMatrixKey>(this);

  connectedCallback() {
    this.t = clientTranslator(this);
    const table = this.querySelector('table');
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    if (!table || !controls) return;
    controls.hidden = false;
    // On a phone the table comes first: the filters, links and export fold away.
    const more = this.querySelector<HTMLDetailsElement>('[data-more]');
    if (more && window.matchMedia(PHONE).matches) more.open = false;
    this.querySelectorAll<HTMLElement>('.copy-row').forEach((b) => (b.hidden = false));
    // Reading 300 cells is done a few rows at a time, so the page stays responsive while it
    // loads; until then the server's markup (and, on a phone, the stylesheet) shows the view the
    // script starts from. Input that arrives meanwhile waits for it.
    const ready = this.readTable(table);
    const later = (handle: () => void) => void ready.then(handle);

    controls.addEventListener('input', (event) => later(() => this.readControls(event.target as HTMLElement)));
    controls.addEventListener('change', (event) => later(() => this.readControls(event.target as HTMLElement)));
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
      if (!target) return;
      later(() => this.act(target));
    });
    window.addEventListener('popstate', () =>
      later(() => {
        this.state = this.fromLocation();
        this.syncControls();
        this.render();
      }),
    );
  }

  /** Reads every row's values from the markup, a few rows per task, then shows the view in the address. */
  private async readTable(table: HTMLTableElement) {
    const headers = [...table.querySelectorAll<HTMLElement>('thead th[data-col]')];
    const baselineFrom = table.dataset.baselineFrom;
    const rowValues: Array<{ id: string; label: string; values: string[] }> = [];
    const rows = [...table.querySelectorAll<HTMLElement>('tbody tr[data-row]')];
    for (const [i, tr] of rows.entries()) {
      if (i > 0 && i % ROWS_PER_TASK === 0) await nextTask();
      this.rows.push(this.readRow(tr, baselineFrom, rowValues));
    }
    await nextTask();
    const options = valueOptionsFrom(rowValues);
    this.fillValueOptions(options);
    this.known = {
      columns: headers.map((h) => h.dataset.col!),
      baselineColumns: headers.filter((h) => h.hasAttribute('data-baseline')).map((h) => h.dataset.col!),
      valueKeys: options.map((o) => o.key),
      baselineParam: this.dataset.baselineParam ?? '',
    };
    this.state = this.fromLocation();
    this.syncControls();
    this.render();
  }

  private readRow(tr: HTMLElement, baselineFrom: string | undefined, rowValues: Array<{ id: string; label: string; values: string[] }>): RowFacts {
    const current: RowFacts['current'] = {};
    const baseline: NonNullable<RowFacts['baseline']> = {};
    const layers: NonNullable<RowFacts['layers']> = {};
    const values: string[] = [];
    for (const td of tr.querySelectorAll<HTMLElement>('td[data-col]')) {
      const col = td.dataset.col!;
      const now = td.querySelector<HTMLElement>('.now')!;
      const list: Layer[] = [];
      const was = td.querySelector<HTMLElement>('.was');
      if (was && baselineFrom) {
        const raw = was.querySelector('.was-text')?.textContent ?? '';
        const parsed = parseSurveyCell(raw);
        const layer = this.layer('baseline', was, { from: was.dataset.from ?? baselineFrom, until: was.dataset.until }, parsed.support, parsed.values, raw);
        baseline[col] = layer;
        list.push(layer);
        values.push(...parsed.values);
      }
      for (const li of [...td.querySelectorAll<HTMLElement>('.hist > li')].reverse()) {
        const layer = this.layer('history', li, { from: li.dataset.from!, until: li.dataset.until }, supportOf(li.querySelector(':scope > .s')), valuesOf(li));
        list.push(layer);
        values.push(...layer.values);
      }
      const layer = this.layer('current', now, { from: td.dataset.from ?? '0000-01-01' }, supportOf(now.querySelector('.s')), valuesOf(now));
      list.push(layer);
      values.push(...layer.values);
      current[col] = layer;
      layers[col] = list;
      this.layers.set(td, list);
    }
    const label = tr.querySelector('.row-link')?.textContent?.trim() ?? tr.dataset.row!;
    rowValues.push({ id: tr.dataset.row!, label, values });
    return { id: tr.dataset.row!, label, current, baseline: tr.hasAttribute('data-baseline') ? baseline : undefined, layers };
  }

  /** What a button with a data-action does. */
  private act(target: HTMLElement) {
    const action = target.dataset.action;
    if (action === 'reset') {
      this.state = { ...defaultViewState, columns: window.matchMedia(PHONE).matches ? this.known.columns.slice(0, PHONE_COLUMNS) : null };
      this.syncControls();
      this.commit();
    } else if (action === 'markdown') void this.exportMarkdown();
    else if (action === 'csv') this.exportCsv();
    else if (action === 'copy-row') void this.copyLink(`#${target.closest('tr')!.id}`, this.state);
    else if (action === 'copy-live') void this.copyLink('', { ...this.state, mode: this.state.mode === 'at' ? 'current' : this.state.mode, at: null });
    else if (action === 'copy-pinned') void this.copyLink('', { ...this.state, mode: 'at', at: this.pinDay() });
  }

  private layer(kind: Layer['kind'], el: HTMLElement, span: Span, support: SupportLevel, values: string[], raw?: string): Layer {
    return { kind, el, ...span, support, values, raw, key: comparisonKey(support, values), slugs: values.map(slugify) };
  }

  /** The view in the address bar; a phone with no chosen controllers compares the first two. */
  private fromLocation(): MatrixViewState {
    const state = parseViewState(location.search, this.known);
    const chosen = new URLSearchParams(location.search).has('cols');
    if (!chosen && window.matchMedia(PHONE).matches) state.columns = this.known.columns.slice(0, PHONE_COLUMNS);
    return state;
  }

  private fillValueOptions(options: ReturnType<typeof valueOptionsFrom>) {
    const select = this.querySelector<HTMLSelectElement>('select[name="has"]')!;
    let group: HTMLOptGroupElement | undefined;
    for (const option of options) {
      if (group?.label !== option.rowLabel) {
        group = document.createElement('optgroup');
        group.label = option.rowLabel;
        select.append(group);
      }
      const element = document.createElement('option');
      element.value = option.key;
      element.textContent = `${option.rowLabel}: ${option.value}`;
      group.append(element);
    }
  }

  private get controls() {
    return this.querySelector<HTMLElement>('[data-controls]')!;
  }

  /** The day a pinned link keeps: the day being shown, else today. */
  private pinDay(): string {
    return (this.state.mode === 'at' && cleanDay(this.state.at)) || localToday();
  }

  private syncControls() {
    const c = this.controls;
    c.querySelectorAll<HTMLInputElement>('input[name="mode"]').forEach((i) => (i.checked = i.value === this.state.mode));
    c.querySelector<HTMLInputElement>('input[name="at"]')!.value = this.state.at ?? '';
    c.querySelectorAll<HTMLInputElement>('input[name="col"]').forEach((i) => (i.checked = !this.state.columns || this.state.columns.includes(i.value)));
    const chosen = this.state.columns ?? this.known.columns;
    c.querySelectorAll<HTMLSelectElement>('select[name="pick"]').forEach((s, i) => (s.value = chosen[i] ?? (i < 2 ? this.known.columns[i]! : '')));
    c.querySelector<HTMLInputElement>('input[name="q"]')!.value = this.state.query;
    c.querySelector<HTMLInputElement>('input[name="diff"]')!.checked = this.state.onlyDiffering;
    c.querySelector<HTMLSelectElement>('select[name="has"]')!.value = this.state.value ?? '';
  }

  private readControls(target: HTMLElement) {
    const c = this.controls;
    let mode = c.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'current';
    const dateInput = c.querySelector<HTMLInputElement>('input[name="at"]')!;
    if (target === dateInput && cleanDay(dateInput.value)) mode = 'at';
    if (mode === 'at' && !cleanDay(dateInput.value)) dateInput.value = localToday();
    let cols: string[];
    if (target.matches('select[name="pick"]')) {
      cols = [...c.querySelectorAll<HTMLSelectElement>('select[name="pick"]')].map((s) => s.value).filter(Boolean);
    } else if (target.matches('input[name="col"]')) {
      cols = [...c.querySelectorAll<HTMLInputElement>('input[name="col"]:checked')].map((i) => i.value);
    } else {
      cols = this.state.columns ?? this.known.columns;
    }
    const query = c.querySelector<HTMLInputElement>('input[name="q"]')!.value;
    this.state = parseViewState(
      serializeViewState(
        {
          mode: mode === 'baseline' ? 'baseline' : mode === 'at' ? 'at' : 'current',
          at: mode === 'at' ? dateInput.value : null,
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
    this.syncControls();
    this.commit();
  }

  private commit() {
    const query = serializeViewState(this.state, this.known);
    const url = `${location.pathname}${query}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
    this.render();
  }

  /** The value a cell shows in the current view: its layer, or null when nothing was recorded then. */
  private shown(td: HTMLElement): Layer | null {
    const layers = this.layers.get(td) ?? [];
    if (this.state.mode === 'baseline') return layers.find((l) => l.kind === 'baseline') ?? null;
    const at = this.state.mode === 'at' ? cleanDay(this.state.at) : null;
    if (!at) return layers[layers.length - 1] ?? null;
    const index = layerAt(layers, at);
    return index >= 0 ? layers[index]! : null;
  }

  private render() {
    const visible = computeVisibility(this.state, this.known, this.rows);
    const cols = new Set(visible.columns);
    const rows = new Set(visible.rows);
    this.querySelectorAll<HTMLElement>('[data-col]').forEach((el) => {
      if (el.closest('[data-controls]')) return;
      el.classList.toggle('is-hidden', !cols.has(el.dataset.col!));
    });
    this.querySelectorAll<HTMLElement>('tbody tr[data-row]').forEach((tr) => tr.classList.toggle('is-hidden', !rows.has(tr.dataset.row!)));
    this.querySelector<HTMLElement>('table')!.dataset.cols = String(cols.size);
    for (const td of this.layers.keys()) this.pin(td, this.shown(td));

    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const total = this.state.mode === 'baseline' ? this.known.baselineColumns.length : this.known.columns.length;
    const rowTotal = this.rows.filter((r) => (this.state.mode === 'baseline' ? r.baseline : r.current)).length;
    status.textContent =
      rows.size === 0 || cols.size === 0
        ? this.t('matrix.noMatch')
        : this.t('matrix.status', { rows: rows.size, rowTotal, columns: cols.size, columnTotal: total });

    const notice = this.querySelector<HTMLElement>('[data-pinned]')!;
    const at = this.state.mode === 'at' ? cleanDay(this.state.at) : null;
    notice.hidden = !at;
    notice.replaceChildren();
    if (at) {
      const live = document.createElement('a');
      live.href = `${location.pathname}${serializeViewState({ ...this.state, mode: 'current', at: null }, this.known)}`;
      live.textContent = this.t('matrix.pinned.live');
      notice.append(`${this.t('matrix.pinned', { date: at })} `, live);
    }
    this.querySelector<HTMLElement>('[data-action="copy-pinned"]')!.textContent = this.t('matrix.copyPinned', { date: this.pinDay() });
  }

  /** Shows an earlier (or the survey's) value in place of today's, by copying its badge and values. */
  private pin(td: HTMLElement, layer: Layer | null) {
    const pinned = layer === null || layer.kind !== 'current';
    if (!pinned && !td.classList.contains('pinned')) return;
    td.querySelector(':scope > .pin')?.remove();
    td.classList.toggle('pinned', pinned);
    if (!pinned) return;
    const pin = document.createElement('div');
    pin.className = 'pin';
    if (layer === null) {
      const none = document.createElement('span');
      none.className = 's';
      none.dataset.s = 'unknown';
      none.textContent = this.t('matrix.notRecorded');
      pin.append(none);
    } else if (layer.kind === 'baseline') {
      pin.append(...[...layer.el.querySelectorAll('.s, .was-text')].map((n) => n.cloneNode(true)));
    } else {
      pin.append(...[...layer.el.querySelectorAll(':scope > .s, :scope > .v')].map((n) => n.cloneNode(true)));
    }
    td.prepend(pin);
  }

  /** The text of what a cell shows, for exports. */
  private cellText(td: HTMLElement): string {
    const layer = this.shown(td);
    if (!layer) return '';
    if (layer.kind === 'baseline') return layer.raw ?? '';
    return this.t.message(exportText(layer.support, layer.values));
  }

  /** The visible part of the table as text, in the current view. */
  private plainTable(): PlainTable {
    const visible = computeVisibility(this.state, this.known, this.rows);
    const headers = [this.querySelector<HTMLElement>('thead th')!.textContent!.trim()];
    for (const col of visible.columns) headers.push(this.querySelector<HTMLElement>(`thead th[data-col="${col}"] a`)!.textContent!.trim());
    const rows = visible.rows.map((rowId) => {
      const tr = this.querySelector<HTMLElement>(`tr[data-row="${rowId}"]`)!;
      return [
        tr.querySelector('.row-link')?.textContent?.trim() ?? rowId,
        ...visible.columns.map((col) => this.cellText(tr.querySelector<HTMLElement>(`td[data-col="${col}"]`)!)),
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
    const view = this.state.mode === 'baseline' ? this.known.baselineParam : this.state.mode === 'at' ? cleanDay(this.state.at) ?? 'current' : 'current';
    link.download = `${this.dataset.name ?? 'matrix'}-${view}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private async copyLink(hash: string, state: MatrixViewState) {
    const url = `${location.origin}${location.pathname}${serializeViewState(state, this.known)}${hash}`;
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
