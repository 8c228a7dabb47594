import { clientTranslator } from '../../i18n/client';
import { toCsv, toMarkdown, type PlainTable } from '../../lib/format/table-export';
import { parseIds, serializeIds, MIN_COMPARED, type IgnoredId } from '../../lib/compare/ids';
import type { CompareDataPart } from '../../lib/compare/data';
import type { CompareViewKey } from './compare-view.strings';

/**
 * <compare-view>: on a pair page it adds the export to a table the server rendered; on the
 * compare page (data-src set) it also reads the ids in the URL, fetches the site's compare
 * data (one file per chosen component, same origin, each once, only when two or more are
 * chosen) and draws the table, and keeps
 * the URL in step as components are added and removed, so back, forward and reload restore the
 * view. Everything a reader typed is shown as text only.
 */
class CompareViewElement extends HTMLElement {
  private t = clientTranslator<CompareViewKey>(this);
  private ids: string[] = [];
  /** Each component's data file, fetched once. */
  private parts = new Map<string, Promise<CompareDataPart>>();

  connectedCallback() {
    this.t = clientTranslator(this);
    this.find('[data-export]').hidden = false;
    const diff = this.diffBox;
    diff.checked = new URLSearchParams(location.search).get('diff') === '1';
    diff.addEventListener('change', () => {
      this.writeUrl('replace');
      this.updateStatus();
    });
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action], [data-remove]');
      if (!target) return;
      if (target.dataset.remove) this.change(this.ids.filter((id) => id !== target.dataset.remove));
      else if (target.dataset.action === 'add') this.add();
      else if (target.dataset.action === 'clear') this.change([]);
      else if (target.dataset.action === 'markdown') void this.exportMarkdown();
      else if (target.dataset.action === 'csv') this.exportCsv();
    });
    if (this.dataset.src) {
      this.querySelector<HTMLSelectElement>('[data-add]')?.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          this.add();
        }
      });
      window.addEventListener('popstate', () => void this.fromLocation());
      void this.fromLocation();
    } else {
      this.updateStatus();
    }
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private get diffBox() {
    return this.find<HTMLInputElement>('input[name="diff"]');
  }

  /** The ids the picker offers: every component of the site. */
  private known(): Set<string> {
    return new Set([...this.querySelectorAll<HTMLOptionElement>('[data-add] option')].map((o) => o.value).filter(Boolean));
  }

  private writeUrl(how: 'push' | 'replace') {
    const extra: Record<string, string> = this.diffBox.checked ? { diff: '1' } : {};
    const query = this.dataset.src ? serializeIds(this.ids, extra) : serializeIds([], extra);
    const url = `${location.pathname}${query}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private change(ids: string[]) {
    this.ids = ids;
    this.writeUrl('push');
    void this.fromLocation();
  }

  private add() {
    const select = this.find<HTMLSelectElement>('[data-add]');
    const id = select.value;
    if (!id) return;
    select.value = '';
    if (this.ids.includes(id)) return;
    if (this.ids.length >= Number(this.dataset.max)) {
      this.notes([], this.t('compare.full', { max: this.dataset.max ?? '' }));
      return;
    }
    this.change([...this.ids, id]);
    select.focus();
  }

  /** Reads the view from the address bar and draws it. */
  private async fromLocation() {
    const params = new URLSearchParams(location.search);
    const { ids, ignored } = parseIds(params, this.known());
    this.ids = ids;
    this.diffBox.checked = params.get('diff') === '1';
    // The address keeps only what is shown, in one spelling (?ids=a,b).
    this.writeUrl('replace');
    for (const option of this.querySelectorAll<HTMLOptionElement>('[data-add] option')) option.disabled = ids.includes(option.value);
    const container = this.find('[data-table]');
    if (ids.length < MIN_COMPARED) {
      container.replaceChildren();
      this.find('[data-controls]').hidden = true;
      this.notes(ignored, ids.length === 1 ? this.t('compare.pickMore') : undefined);
      return;
    }
    let drawn: { table: Node; pair?: string };
    try {
      // The drawing code is only fetched here, so a pair page does not carry it.
      const [{ drawView }, parts] = await Promise.all([import('./compare-draw'), this.load(ids)]);
      drawn = drawView(parts, ids, this.t, this.dataset.pairBase ?? '');
    } catch {
      this.notes(ignored, this.t('compare.loadFailed'));
      return;
    }
    // A later navigation may have changed the view while the data loaded.
    if (ids.join() !== this.ids.join()) return;
    container.replaceChildren(drawn.table);
    this.find('[data-controls]').hidden = false;
    this.notes(ignored, undefined, drawn.pair);
    this.updateStatus();
  }

  private load(ids: string[]): Promise<CompareDataPart[]> {
    const parts = ids.map((id) => {
      let part = this.parts.get(id);
      if (!part) {
        const url = new URL(`${this.dataset.src}${id}.json`, location.href);
        if (url.origin !== location.origin) return Promise.reject(new Error('compare data must come from this site'));
        part = fetch(url, { credentials: 'same-origin' }).then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.json() as Promise<CompareDataPart>;
        });
        part.catch(() => this.parts.delete(id));
        this.parts.set(id, part);
      }
      return part;
    });
    return Promise.all(parts);
  }

  /** What was left out of the URL, and any other note; every value quoted as text. */
  private notes(ignored: IgnoredId[], extra?: string, pairHref?: string) {
    const box = this.find('[data-notes]');
    box.replaceChildren();
    for (const reason of ['unknown', 'repeated', 'extra'] as const) {
      const values = ignored.filter((i) => i.reason === reason).map((i) => i.value);
      if (values.length === 0) continue;
      const p = document.createElement('p');
      p.dataset.ignored = reason;
      p.append(`${this.t(`compare.ignored.${reason}`, { max: this.dataset.max ?? '' })} `);
      values.forEach((value, i) => {
        const code = document.createElement('code');
        code.textContent = value;
        p.append(...(i > 0 ? [' '] : []), code);
      });
      box.append(p);
    }
    if (extra) {
      const p = document.createElement('p');
      p.textContent = extra;
      box.append(p);
    }
    if (pairHref) {
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.href = pairHref;
      a.textContent = this.t('compare.pairLink');
      p.append(a);
      box.append(p);
    }
  }

  /** The rows a reader sees: all, or only those that differ. */
  private visibleRows(): HTMLTableRowElement[] {
    const only = this.diffBox.checked;
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')].filter((tr) => !only || tr.dataset.state === 'differs');
  }

  private updateStatus() {
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')];
    const differing = rows.filter((r) => r.dataset.state === 'differs').length;
    this.find('[data-status]').textContent = differing === 0 ? this.t('compare.status.none') : this.t('compare.status', { differing, rows: rows.length });
  }

  /** The view as text: a section column, the row's name, then one column per component. */
  private plainTable(): PlainTable {
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const headers = [this.t('compare.col.section'), text(this.find('thead .compare-corner')), ...[...this.querySelectorAll('thead th[data-col] .compare-name')].map(text)];
    const rows = this.visibleRows().map((tr) => {
      const section = tr.closest('tbody')!.querySelector('.compare-section__title');
      const title = section?.cloneNode(true) as HTMLElement | undefined;
      title?.querySelectorAll('a').forEach((a) => a.remove());
      return [title ? text(title) : '', text(tr.querySelector('.compare-label')!), ...[...tr.querySelectorAll('td')].map(cellText)];
    });
    return { headers, rows };
  }

  private async exportMarkdown() {
    const markdown = toMarkdown(this.plainTable());
    const output = this.find<HTMLTextAreaElement>('[data-output]');
    output.hidden = false;
    output.value = markdown;
    let copied = false;
    try {
      await navigator.clipboard.writeText(markdown);
      copied = true;
    } catch {
      copied = false;
    }
    this.find('[data-status]').textContent = this.t(copied ? 'compare.exported' : 'compare.exportShown');
  }

  private exportCsv() {
    const blob = new Blob([toCsv(this.plainTable())], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.dataset.src ? `compare-${this.ids.join('-')}` : this.dataset.name}${this.diffBox.checked ? '-differences' : ''}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}

/** A cell's text for export: lists joined, links to details and words for screen readers left out. */
export function cellText(td: Element): string {
  const clone = td.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[data-noexport], .sr-only').forEach((el) => el.remove());
  clone.querySelectorAll('ul').forEach((ul) => {
    const items = [...ul.querySelectorAll(':scope > li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    ul.replaceWith(` ${items.join(ul.classList.contains('v') ? ', ' : '; ')} `);
  });
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

if (!customElements.get('compare-view')) customElements.define('compare-view', CompareViewElement);
