// Turns the header search form into a WAI-ARIA combobox (editable, list autocomplete) with a
// grouped listbox popup. The search worker with fuse.js and the index start on first focus,
// not on page load; the full-text index (Pagefind) on the first query.
import { isSearchable, normalizeQuery } from '../../lib/search/query';
import type { SearchHit } from '../../lib/search/engine';
import { fullTextOptions, pageOf } from './full-text-dom';
import { kindLabel, resultCount, segmentSpan, textSpan } from './search-dom';
import { loadSearch, type LoadedSearch } from './names-search';
import { fullTextSession, type FullTextResults } from './full-text';
import { searchText } from './search-strings';

/** How many results the popup shows; the search page shows the rest. */
const popupLimit = 8;
/** How many pages found by their text the popup adds below the names. */
const fullTextLimit = 3;
/** How many it asks for, so that a few may be left out for being listed by name already. */
const fullTextAsked = 5;

class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private popup!: HTMLElement;
  private listbox!: HTMLElement;
  private status!: HTMLElement;
  private engine: LoadedSearch | undefined;
  private search: ReturnType<LoadedSearch['session']> | undefined;
  private fullText: ReturnType<typeof fullTextSession> | undefined;
  private failed = false;
  private options: HTMLElement[] = [];
  private active = -1;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const popup = this.querySelector<HTMLElement>('.site-search__popup');
    const listbox = this.querySelector<HTMLElement>('[role="listbox"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!input || !popup || !listbox || !status) return;
    Object.assign(this, { input, popup, listbox, status });

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-expanded', 'false');

    input.addEventListener('focus', () => this.ensureEngine(), { once: true });
    input.addEventListener('input', () => void this.update());
    input.addEventListener('keydown', (event) => this.onKeydown(event));
    // Keep focus in the field while a click on an option is being handled.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.open(option);
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.close();
    });
    document.addEventListener('keydown', (event) => this.onGlobalKeydown(event));
  }

  private async ensureEngine() {
    try {
      this.engine = await loadSearch(this.dataset.index ?? '');
      this.search ??= this.engine.session();
      this.fullText ??= fullTextSession(this.dataset.fullText ?? '');
      this.failed = false;
    } catch {
      this.failed = true;
    }
    if (this.input.value) void this.update();
  }

  private async update() {
    const query = normalizeQuery(this.input.value);
    if (!query) {
      this.clear('');
      this.close();
      return;
    }
    if (!isSearchable(query)) {
      this.clear(searchText('search.short'));
      this.show();
      return;
    }
    if (!this.engine || !this.search) {
      this.clear(this.failed ? searchText('search.failed') : searchText('search.loading'));
      if (!this.failed) void this.ensureEngine();
      this.show();
      return;
    }
    const hits = await this.search(query, popupLimit);
    // Superseded by a newer keystroke, or the field changed meanwhile: its own update renders.
    if (!hits || normalizeQuery(this.input.value) !== query) return;
    this.renderHits(query, hits);
    const text = await this.fullText?.(query, fullTextAsked).catch(() => undefined);
    if (!text || normalizeQuery(this.input.value) !== query) return;
    this.addFullText(hits, text);
  }

  private clear(status: string) {
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren();
    this.status.textContent = status;
  }

  private renderHits(query: string, hits: readonly SearchHit[]) {
    this.clear('');
    const fragment = document.createDocumentFragment();
    let n = 0;
    for (const group of this.engine!.group(hits)) {
      const groupEl = this.makeGroup(group.kind, kindLabel(group.kind));
      for (const hit of group.hits) {
        const option = this.makeOption(`site-search-option-${n++}`, hit.record.url);
        option.append(segmentSpan('site-search__title', hit.title));
        if (hit.record.meta) option.append(textSpan('site-search__meta', hit.record.meta));
        if (hit.detail.length > 0) option.append(segmentSpan('site-search__detail', hit.detail));
        groupEl.append(option);
      }
      fragment.append(groupEl);
    }
    // The last option always leads to the search page, which shows every result.
    const pageUrl = `${this.dataset.page ?? ''}?q=${encodeURIComponent(query)}`;
    const all = this.makeOption('site-search-option-all', pageUrl);
    all.classList.add('site-search__option--all');
    all.append(textSpan('site-search__title', searchText('search.all')));
    fragment.append(all);
    this.listbox.append(fragment);
    this.options = [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
    this.status.textContent = hits.length === 0 ? searchText('search.none') : resultCount(hits.length);
    this.show();
    this.dispatchEvent(new CustomEvent('site-search:rendered', { bubbles: true }));
  }

  /** Adds the pages whose text holds the words, above "All results", keeping the chosen option. */
  private addFullText(hits: readonly SearchHit[], text: FullTextResults) {
    const listed = new Set(hits.map((hit) => pageOf(hit.record.url)));
    const found = text.hits.filter((hit) => !listed.has(pageOf(hit.url))).slice(0, fullTextLimit);
    if (found.length > 0) {
      const groupEl = this.makeGroup('text', searchText('search.kind.text'));
      fullTextOptions(found, (i, url) => this.makeOption(`site-search-option-text-${i}`, url), groupEl, 'site-search');
      const all = this.listbox.querySelector('.site-search__option--all');
      this.listbox.insertBefore(groupEl, all);
      const chosen = this.options[this.active];
      this.options = [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
      this.active = chosen ? this.options.indexOf(chosen) : -1;
      const shown = hits.length + found.length;
      this.status.textContent = resultCount(shown);
    }
    this.dispatchEvent(new CustomEvent('site-search:full-text', { bubbles: true }));
  }

  private makeGroup(kind: string, text: string): HTMLElement {
    const groupEl = document.createElement('div');
    groupEl.setAttribute('role', 'group');
    const label = document.createElement('div');
    label.setAttribute('role', 'presentation');
    label.className = 'site-search__group-label';
    label.id = `site-search-group-${kind}`;
    label.textContent = text;
    groupEl.setAttribute('aria-labelledby', label.id);
    groupEl.append(label);
    return groupEl;
  }

  private makeOption(id: string, url: string): HTMLElement {
    const option = document.createElement('div');
    option.id = id;
    option.className = 'site-search__option';
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset.url = url;
    return option;
  }

  private show() {
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close() {
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  private isOpen() {
    return !this.popup.hidden;
  }

  private setActive(index: number) {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private open(option: HTMLElement) {
    const url = option.dataset.url;
    if (url) window.location.assign(url);
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!this.isOpen()) {
          if (this.input.value) void this.update();
          event.preventDefault();
          return;
        }
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
        this.setActive(next);
        return;
      }
      case 'Enter': {
        const option = this.options[this.active];
        if (this.isOpen() && option) {
          event.preventDefault();
          this.open(option);
        }
        // Otherwise the form submits to the search page.
        return;
      }
      case 'Escape':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
        }
        return;
      case 'Tab':
        this.close();
        return;
    }
  }

  /** `/` (outside text fields) and Ctrl/Cmd-K jump to the field from anywhere on the page. */
  private onGlobalKeydown(event: KeyboardEvent) {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (!slash && !commandK) return;
    event.preventDefault();
    this.input.focus();
    this.input.select();
  }
}

customElements.define('site-search', SiteSearch);
