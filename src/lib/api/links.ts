import { API_ROOT } from './build';
import { PAIR_SEPARATOR } from '../compare/pairs';

/**
 * Which data and which feed a page offers as alternates (`<link rel="alternate">`), from the
 * page's path below its locale's root. Every path returned here is written by the build: the
 * API's files for ids that have pages, the feeds for every component and matrix.
 */
export interface PageAlternates {
  /** The JSON file with the page's data, below the site's base. */
  json?: string;
  /** The feed's name (`all`, `releases`, `components/calico`, `matrices/ingress`). */
  feed: string;
}

export function pageAlternates(pathBelowLocale: string): PageAlternates {
  const path = pathBelowLocale.replace(/^\/+/, '');
  const [first = '', id] = path.split('/').filter(Boolean);
  const api = (file: string) => `${API_ROOT}${file}`;
  switch (first) {
    case '':
    case 'api':
    case 'search':
      return { json: api('index.json'), feed: 'all' };
    case 'components':
      return id ? { json: api(`components/${id}.json`), feed: `components/${id}` } : { json: api('components.json'), feed: 'all' };
    case 'categories':
      return { json: api(id ? `categories/${id}.json` : 'categories.json'), feed: 'all' };
    case 'guides':
      return { json: api(id ? `guides/${id}.json` : 'guides.json'), feed: 'all' };
    case 'compare':
      // The compare page and pair pages (/compare/<a>-vs-<b>/) show components; the others are matrices.
      return id && !id.includes(PAIR_SEPARATOR) ? { json: api(`matrices/${id}.json`), feed: `matrices/${id}` } : { json: api('components.json'), feed: 'all' };
    case 'versions':
      return { json: api('releases.json'), feed: 'releases' };
    case 'kube-proxy':
      return { json: api('datasets/kube-proxy.json'), feed: 'all' };
    case 'conformance':
      return { json: api(id ? `conformance/${id}.json` : 'conformance.json'), feed: 'matrices/ingress' };
    default:
      return { feed: 'all' };
  }
}
