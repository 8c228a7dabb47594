import type { UiKey } from '../i18n/ui';

/**
 * The site's flagship pages. `path` is null until the page exists, so nothing links to a page
 * that is not built yet; the home page lists those as coming soon.
 */
export interface Flagship {
  key: 'matrix' | 'versions' | 'kubeProxy' | 'search';
  title: UiKey;
  blurb: UiKey;
  path: string | null;
}

export const flagships: Flagship[] = [
  { key: 'matrix', title: 'flagship.matrix.title', blurb: 'flagship.matrix.blurb', path: 'compare/ingress/' },
  { key: 'versions', title: 'flagship.versions.title', blurb: 'flagship.versions.blurb', path: 'versions/' },
  { key: 'kubeProxy', title: 'flagship.kubeProxy.title', blurb: 'flagship.kubeProxy.blurb', path: 'kube-proxy/' },
  { key: 'search', title: 'flagship.search.title', blurb: 'flagship.search.blurb', path: 'search/' },
];
