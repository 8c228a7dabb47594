import type { UiKey } from '../../i18n';

/**
 * The site's flagship pages. `path` is null until the page exists, so nothing links to a page
 * that is not built yet; the home page lists those as coming soon.
 */
export interface Flagship {
  key: 'matrix' | 'compare' | 'conformance' | 'versions' | 'kubeProxy' | 'search';
  title: UiKey;
  /** Shorter name for the header navigation, which has to fit on one line; null keeps the page out of it. */
  nav: UiKey | null;
  blurb: UiKey;
  path: string | null;
}

export const flagships: Flagship[] = [
  { key: 'matrix', title: 'flagship.matrix.title', nav: 'flagship.matrix.nav', blurb: 'flagship.matrix.blurb', path: 'compare/ingress/' },
  {
    key: 'compare',
    title: 'flagship.compare.title',
    // Reached from the home page, component and category pages; the header has no room for it.
    nav: null,
    blurb: 'flagship.compare.blurb',
    path: 'compare/',
  },
  {
    key: 'conformance',
    title: 'flagship.conformance.title',
    // Reached from the Ingress matrix and the home page; the header has no room for a fifth tool.
    nav: null,
    blurb: 'flagship.conformance.blurb',
    path: 'conformance/gateway-api/',
  },
  { key: 'versions', title: 'flagship.versions.title', nav: 'flagship.versions.nav', blurb: 'flagship.versions.blurb', path: 'versions/' },
  { key: 'kubeProxy', title: 'flagship.kubeProxy.title', nav: 'flagship.kubeProxy.nav', blurb: 'flagship.kubeProxy.blurb', path: 'kube-proxy/' },
  { key: 'search', title: 'flagship.search.title', nav: 'flagship.search.nav', blurb: 'flagship.search.blurb', path: 'search/' },
];
