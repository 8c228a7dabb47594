import { defaultLocale, localeFromPath, localeInfo, type Locale } from '../../i18n/locales';

/**
 * Builds a site-internal link that carries the base path, so the same build works at the root
 * of a domain and under a sub-path such as /atlas/. `path` is written from the site root,
 * without a leading slash: `components/calico/`.
 */
export function sitePath(path = '', base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** A page of one locale: `localePath('zh-CN', 'components/calico/')` is /zh-cn/components/calico/. */
export function localePath(locale: Locale, path = '', base: string = import.meta.env.BASE_URL): string {
  return sitePath(`${localeInfo[locale].pathPrefix}${path.replace(/^\/+/, '')}`, base);
}

export const componentPath = (id: string, locale: Locale = defaultLocale) => localePath(locale, `components/${id}/`);
export const categoryPath = (id: string, locale: Locale = defaultLocale) => localePath(locale, `categories/${id}/`);
export const guidePath = (id: string, locale: Locale = defaultLocale) => localePath(locale, `guides/${id}/`);

/**
 * A page's path below the base and its locale prefix: '/zh-cn/components/calico/' and
 * '/components/calico/' both give 'components/calico/'. Paths outside the base are kept whole.
 */
export function pagePathOf(pathname: string, base: string = import.meta.env.BASE_URL): { locale: Locale; path: string } {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const below = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  const locale = localeFromPath(below);
  const folder = localeInfo[locale].pathPrefix;
  const rest = !folder ? below : below.startsWith(folder) ? below.slice(folder.length) : '';
  return { locale, path: rest };
}

/** The same page in another locale: the path with the locale prefix swapped. */
export function translatedPath(pathname: string, to: Locale, base: string = import.meta.env.BASE_URL): string {
  return localePath(to, pagePathOf(pathname, base).path, base);
}
