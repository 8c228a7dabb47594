import { PAIR_SEPARATOR } from '../compare/pairs';

/**
 * The kind of a page, from its path below its locale's root, as printed above the title in its
 * link preview. Returns an interface key, so each locale words it.
 */
export type PageKindKey =
  | 'og.kind.home'
  | 'og.kind.component'
  | 'og.kind.categories'
  | 'og.kind.category'
  | 'og.kind.guides'
  | 'og.kind.guide'
  | 'og.kind.matrix'
  | 'og.kind.compare'
  | 'og.kind.versions'
  | 'og.kind.kubeProxy'
  | 'og.kind.search'
  | 'og.kind.api'
  | 'og.kind.notFound'
  | 'og.kind.page';

export function pageKind(pathBelowLocale: string): PageKindKey {
  const [first = '', id] = pathBelowLocale.replace(/^\/+/, '').split('/').filter(Boolean);
  switch (first.replace(/\.html$/, '')) {
    case '':
      return 'og.kind.home';
    case 'components':
      return id ? 'og.kind.component' : 'og.kind.categories';
    case 'categories':
      return id ? 'og.kind.category' : 'og.kind.categories';
    case 'guides':
      return id ? 'og.kind.guide' : 'og.kind.guides';
    case 'compare':
      // /compare/ and its pair pages (/compare/<a>-vs-<b>/) compare components; /compare/<id>/ is a matrix.
      return id && !id.includes(PAIR_SEPARATOR) ? 'og.kind.matrix' : 'og.kind.compare';
    case 'versions':
      return 'og.kind.versions';
    case 'kube-proxy':
      return 'og.kind.kubeProxy';
    case 'search':
      return 'og.kind.search';
    case 'api':
      return 'og.kind.api';
    case '404':
      return 'og.kind.notFound';
    default:
      return 'og.kind.page';
  }
}

/** Where a page's preview image is, below the site's base: `og/components/calico.png`. */
export function ogImagePath(pathBelowBase: string): string {
  const path = pathBelowBase.replace(/^\/+/, '').replace(/(index)?\.html$/, '').replace(/\/+$/, '');
  return `og/${path || 'index'}.png`;
}
