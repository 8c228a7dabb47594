// Lists results for ?q= on the search page and keeps the address in step with the field, so a
// search can be shared. The query is cleaned before use and only ever written as text. Names
// come from the search worker first; pages whose text holds the words follow from the
// full-text index. Nothing is fetched until there is a query or the reader focuses the field.
import { isSearchable, normalizeQuery } from '../../lib/search/query';
import type { SearchHit } from '../../lib/search/engine';
import { fullTextParts } from './full-text-dom';
import { fullTextSession, type FullTextResults } from './full-text';
import { kindLabel, resultCount, segmentSpan, textSpan } from './search-dom';
import { loadSearch, type LoadedSearch } from './names-search';
import { searchT, searchText } from './search-strings';

/** Pages found by their text that the page lists; the count says how many there are in all. */
const fullTextLimit = 30;

class SearchPage extends HTMLElement {
  private engine: LoadedSearch | undefined;
  private search: ReturnType<LoadedSearch['session']> | undefined;
  private fullText: ReturnType<typeof fullTextSession> | undefined;
  private failed = false;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const results = this.querySelector<HTMLElement>('.search-results');
    if (!form || !input || !status || !results) return;
    const notice = this.querySelector<HTMLElement>('.search-page__nojs');
    if (notice) notice.hidden = true;

    const initial = normalizeQuery(new URLSearchParams(window.location.search).get('q') ?? '');
    input.value = initial;

    const render = async () => {
      const query = normalizeQuery(input.value);
      const current = () => normalizeQuery(input.value) === query;
      if (!query) {
        results.replaceChildren();
        status.textContent = searchText('search.page.empty');
        return;
      }
      if (!isSearchable(query)) {
        results.replaceChildren();
        status.textContent = searchText('search.short');
        return;
      }
      if (!this.search) {
        results.replaceChildren();
        status.textContent = this.failed ? searchText('search.failed') : searchText('search.loading');
        return;
      }
      const hits = await this.search(query, 50);
      if (!hits || !current()) return;
      results.replaceChildren(...this.nameSections(hits));
      status.textContent = hits.length === 0 ? searchText('search.none') : resultCount(hits.length);
      this.dispatchEvent(new CustomEvent('search-page:rendered', { bubbles: true }));
      const text = await this.fullText?.(query, fullTextLimit).catch(() => undefined);
      if (!text || !current()) return;
      if (text.total > 0) {
        results.append(this.fullTextSection(text));
        status.textContent = resultCount(hits.length + text.total);
      }
      this.dispatchEvent(new CustomEvent('search-page:full-text', { bubbles: true }));
    };

    const syncAddress = () => {
      const query = normalizeQuery(input.value);
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    };

    const start = () => {
      if (this.engine || this.failed) return;
      loadSearch(this.dataset.index ?? '').then(
        (engine) => {
          this.engine = engine;
          this.search = engine.session();
          this.fullText = fullTextSession(this.dataset.fullText ?? '');
          void render();
        },
        () => {
          this.failed = true;
          status.textContent = searchText('search.failed');
        },
      );
    };

    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', () => {
      start();
      void render();
      syncAddress();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      syncAddress();
      start();
      void render();
    });

    void render();
    // A shared link (?q=) is a search already started; an empty page waits for the reader.
    if (initial) start();
  }

  private nameSections(hits: readonly SearchHit[]): HTMLElement[] {
    return this.engine!.group(hits).map((group) => {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = kindLabel(group.kind);
      const list = document.createElement('ul');
      for (const hit of group.hits) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.record.url;
        link.append(segmentSpan('search-results__title', hit.title));
        item.append(link);
        if (hit.record.meta) item.append(textSpan('search-results__meta', hit.record.meta));
        if (hit.detail.length > 0) item.append(segmentSpan('search-results__detail', hit.detail));
        list.append(item);
      }
      section.append(heading, list);
      return section;
    });
  }

  private fullTextSection(text: FullTextResults): HTMLElement {
    const t = searchT();
    const section = document.createElement('section');
    section.className = 'search-results__text';
    const heading = document.createElement('h2');
    heading.textContent = searchText('search.kind.text');
    const count = document.createElement('p');
    count.className = 'search-results__count';
    count.textContent = t.count(text.total, 'page');
    if (text.total > text.hits.length) count.textContent += ` ${t('search.text.more', { shown: text.hits.length })}`;
    const list = document.createElement('ul');
    for (const hit of text.hits) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      const { title, rest } = fullTextParts(hit, 'search-results');
      link.append(title);
      item.append(link, ...rest);
      list.append(item);
    }
    section.append(heading, count, list);
    return section;
  }
}

customElements.define('search-page', SearchPage);
