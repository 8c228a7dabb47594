// Lists results for ?q= on the search page and keeps the address in step with the field, so a
// search can be shared. The query is cleaned before use and only ever written as text.
import { isSearchable, normalizeQuery } from '../../lib/search/query';
import { kindLabel, loadSearch, resultCount, segmentSpan, textSpan, type LoadedSearch } from './search-dom';
import { searchText } from './search-strings';

class SearchPage extends HTMLElement {
  private engine: LoadedSearch | undefined;

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

    const render = () => {
      const query = normalizeQuery(input.value);
      results.replaceChildren();
      if (!query) {
        status.textContent = searchText('search.page.empty');
        return;
      }
      if (!isSearchable(query)) {
        status.textContent = searchText('search.short');
        return;
      }
      if (!this.engine) {
        status.textContent = searchText('search.loading');
        return;
      }
      const hits = this.engine.search(query);
      status.textContent = hits.length === 0 ? searchText('search.none') : resultCount(hits.length);
      for (const group of this.engine.group(hits)) {
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
        results.append(section);
      }
    };

    const syncAddress = () => {
      const query = normalizeQuery(input.value);
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    };

    input.addEventListener('input', () => {
      render();
      syncAddress();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      syncAddress();
      render();
    });

    render();
    loadSearch(this.dataset.index ?? '').then(
      (engine) => {
        this.engine = engine;
        render();
      },
      () => {
        status.textContent = searchText('search.failed');
      },
    );
  }
}

customElements.define('search-page', SearchPage);
