/**
 * Every string the interface prints, keyed by purpose. Facts never live here: they stay in
 * content/. A zh-CN edition adds a second dictionary with the same keys.
 */
export const en = {
  'site.name': 'K8s Atlas',
  'site.tagline': 'Choose the parts of a Kubernetes stack with sourced, dated facts.',
  'site.description':
    'A reference for platform engineers choosing Kubernetes components: network plugins, storage, monitoring, Ingress controllers and more, each with sources and review dates.',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.categories': 'Categories',
  'nav.skip': 'Skip to content',
  'footer.about':
    'K8s Atlas grew out of a 2020 Chinese-language survey of Kubernetes tools, brought up to date with sources. Every page shows when its facts were last reviewed.',
  'footer.source': 'Facts carry their sources; report an error by opening an issue.',
  'home.title': 'K8s Atlas: choose the parts of a Kubernetes stack',
  'home.intro':
    'For platform engineers who pick the components around a cluster: which network plugin, which registry, which Ingress controller, and which of them are still maintained. Every fact links to its source and every page carries the date it was last checked.',
  'home.categories': 'Categories',
  'home.flagships': 'Comparisons and tools',
  'home.flagship.planned': 'Coming soon',
  'home.recent': 'Recently reviewed',
  'count.component.one': 'component',
  'count.component.other': 'components',
  'flagship.matrix.title': 'Ingress controller matrix',
  'flagship.matrix.blurb': 'Compare Ingress controllers feature by feature, as of 2020 and today, and link to any row.',
  'flagship.versions.title': 'Kubernetes version picker',
  'flagship.versions.blurb': 'Every release line with its support window, and which patch release to run this month.',
  'flagship.kubeProxy.title': 'kube-proxy costs',
  'flagship.kubeProxy.blurb': 'What iptables, IPVS and nftables modes cost as the number of services grows.',
  'flagship.search.title': 'Search',
  'flagship.search.blurb': 'Find any component, guide or release by name, alias or Chinese name.',
  'categories.title': 'All categories',
  'categories.description': 'Every category of the Kubernetes ecosystem that K8s Atlas covers, with the number of components in each.',
  'category.components': 'Components',
  'category.empty': 'No components in this category yet.',
  'category.col.name': 'Component',
  'category.col.summary': 'Summary',
  'category.col.status': 'Status',
  'category.col.reviewed': 'Reviewed',
  'component.facts': 'Facts',
  'component.category': 'Category',
  'component.homepage': 'Home page',
  'component.repository': 'Repository',
  'component.license': 'Licence',
  'component.maintainer': 'Maintainer',
  'component.cncf': 'CNCF maturity',
  'component.status': 'Status',
  'component.statusSince': 'since',
  'component.aliases': 'Also known as',
  'component.tags': 'Tags',
  'component.related': 'Related components',
  'component.sources': 'Sources',
  'component.reviewed': 'Facts last reviewed',
  'component.successors': 'Move to',
  'banner.deprecated': 'This project is deprecated.',
  'banner.archived': 'This project is archived.',
  'banner.end-of-life': 'This project has reached its end of life.',
  'status.active': 'Active',
  'status.maintenance': 'Maintenance only',
  'status.deprecated': 'Deprecated',
  'status.archived': 'Archived',
  'status.end-of-life': 'End of life',
  'cncf.none': 'Not in the CNCF',
  'cncf.sandbox': 'Sandbox',
  'cncf.incubating': 'Incubating',
  'cncf.graduated': 'Graduated',
  'cncf.archived': 'Archived',
  'heading.anchor': 'Link to this section',
  // Search (issue 8): the header field, its results popup and the search page.
  'search.label': 'Search the site',
  'search.placeholder': 'Search',
  'search.listbox': 'Search results',
  'search.kind.component': 'Components',
  'search.kind.category': 'Categories',
  'search.kind.section': 'Page sections',
  'search.loading': 'Loading search…',
  'search.failed': 'Search could not be loaded. Press Enter to open the search page.',
  'search.none': 'No results',
  'search.short': 'Keep typing: one letter is too little to search for.',
  'search.result.one': 'result',
  'search.result.other': 'results',
  'search.all': 'All results on the search page',
  'search.page.title': 'Search',
  'search.page.description': 'Search every component, category and page section of K8s Atlas by name, alias, tag or Chinese name, and share the link.',
  'search.page.label': 'Search terms',
  'search.page.submit': 'Search',
  'search.page.intro': 'Type a name, an alias, a tag or a Chinese name. The address of this page follows your search, so you can share it.',
  'search.page.noscript': 'Searching needs JavaScript, which is off. Every component is listed on its category page; start from the categories below.',
  'search.page.empty': 'Type something to search for.',
  'search.page.browse': 'Browse by category',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may have a typo.',
  'notFound.home': 'Go to the home page',
  'notFound.categories': 'Browse the categories',
} as const;

export type UiKey = keyof typeof en;

/** Looks up an interface string. A missing key is a type error, not a blank on the page. */
export function t(key: UiKey): string {
  return en[key];
}

/** "1 component", "3 components": English plural rules for a count and a noun key. */
export function countOf(n: number, noun: 'count.component' | 'search.result'): string {
  return `${n} ${t(n === 1 ? `${noun}.one` : `${noun}.other`)}`;
}
