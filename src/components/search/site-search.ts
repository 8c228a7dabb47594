// Turns the header search form into a WAI-ARIA combobox (editable, list autocomplete) with a
// grouped listbox popup. fuse.js and the index are fetched on first focus, not on page load.
import { isSearchable, normalizeQuery } from '../../lib/search/query';
import { kindLabel, loadSearch, resultCount, segmentSpan, textSpan, type LoadedSearch } from './search-dom';
import { searchText } from './search-strings';

/** How many results the popup shows; the search page shows the rest. */
const popupLimit = 8;

class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private popup!: HTMLElement;
  private listbox!: HTMLElement;
  private status!: HTMLElement;
  private engine: LoadedSearch | undefined;
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
    input.addEventListener('input', () => this.update());
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
      this.failed = false;
    } catch {
      this.failed = true;
    }
    if (this.input.value) this.update();
  }

  private update() {
    const query = normalizeQuery(this.input.value);
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren();
    if (!query) {
      this.status.textContent = '';
      this.close();
      return;
    }
    if (!isSearchable(query)) {
      this.status.textContent = searchText('search.short');
      this.show();
      return;
    }
    if (!this.engine) {
      this.status.textContent = this.failed ? searchText('search.failed') : searchText('search.loading');
      if (!this.failed) void this.ensureEngine();
      this.show();
      return;
    }
    const hits = this.engine.search(query, popupLimit);
    const fragment = document.createDocumentFragment();
    let n = 0;
    for (const group of this.engine.group(hits)) {
      const groupEl = document.createElement('div');
      groupEl.setAttribute('role', 'group');
      const label = document.createElement('div');
      label.setAttribute('role', 'presentation');
      label.className = 'site-search__group-label';
      label.id = `site-search-group-${group.kind}`;
      label.textContent = kindLabel(group.kind);
      groupEl.setAttribute('aria-labelledby', label.id);
      groupEl.append(label);
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
    const all = this.makeOption(`site-search-option-${n}`, pageUrl);
    all.classList.add('site-search__option--all');
    all.append(textSpan('site-search__title', searchText('search.all')));
    fragment.append(all);
    this.listbox.append(fragment);
    this.options = [...this.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
    this.status.textContent = hits.length === 0 ? searchText('search.none') : resultCount(hits.length);
    this.show();
    this.dispatchEvent(new CustomEvent('site-search:rendered', { bubbles: true }));
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
          if (this.input.value) this.update();
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
