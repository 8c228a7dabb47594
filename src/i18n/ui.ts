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
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may have a typo.',
  'notFound.home': 'Go to the home page',
  'notFound.categories': 'Browse the categories',
  // Guides (content/guides/, src/pages/guides/): the survey's how-to-choose sections.
  'nav.guides': 'Guides',
  'home.guides': 'Guides',
  'home.guides.all': 'All guides',
  'guides.title': 'Guides',
  'guides.description':
    'How to choose: control-plane high availability, logging, monitoring, CI/CD, registries, tuning, security, testing and packaging, each with sourced comparison tables.',
  'guides.intro':
    'The decisions that are about a design rather than one component. Each guide weighs the options the 2020 survey weighed, says what has changed since, and puts the choice in a table with its sources.',
  'guide.categories': 'Categories',
  'guide.toc': 'On this page',
  'guide.more': 'More guides on these topics',
  'guide.tableAnchor': 'Link to this table',
  'guide.rowAnchor': 'Link to this row',
  'guide.tableSources': 'Sources for this table',
  'guide.tableChecked': 'checked',
  'category.guides': 'Guides',
  'count.table.one': 'comparison table',
  'count.table.other': 'comparison tables',
} as const;

export type UiKey = keyof typeof en;

/** Looks up an interface string. A missing key is a type error, not a blank on the page. */
export function t(key: UiKey): string {
  return en[key];
}

/** "1 component", "3 components": English plural rules for a count and a noun key. */
export function countOf(n: number, noun: 'count.component' | 'count.table'): string {
  return `${n} ${t(n === 1 ? `${noun}.one` : `${noun}.other`)}`;
}
