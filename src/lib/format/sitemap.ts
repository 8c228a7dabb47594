import { localeInfo, locales, defaultLocale } from '../../i18n/locales';

/**
 * The sitemap (sitemaps.org 0.9): every page but the 404, each with its translations as
 * hreflang alternates (Google's xhtml:link form) when the same page exists in another locale.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The locales as the sitemap needs them; src/i18n/locales.ts by default. */
export interface SitemapLocale {
  id: string;
  lang: string;
  /** '' for the default locale, else its prefix with a trailing slash. */
  pathPrefix: string;
}

const siteLocales: SitemapLocale[] = locales.map((id) => ({ id, lang: localeInfo[id].lang, pathPrefix: localeInfo[id].pathPrefix }));

/**
 * `pages` are paths below the site's base (`''`, `components/calico/`); `url` makes them
 * absolute. The first locale listed is the default one (x-default).
 */
export function sitemapXml(pages: string[], url: (pathBelowBase: string) => string, all: SitemapLocale[] = siteLocales): string {
  const fallback = all.find((l) => l.id === defaultLocale) ?? all[0]!;
  /** A page's locale and its path below that locale's root, which is the same in every locale. */
  const splitLocale = (path: string) => {
    const locale = all.find((l) => l.pathPrefix && (path.startsWith(l.pathPrefix) || path === l.pathPrefix.replace(/\/$/, ''))) ?? fallback;
    return { locale: locale.id, rest: locale.pathPrefix && path.startsWith(locale.pathPrefix) ? path.slice(locale.pathPrefix.length) : path.replace(locale.pathPrefix.replace(/\/$/, ''), '') };
  };
  const listed = [...new Set(pages)].filter((p) => !/(^|\/)404(\.html|\/)?$/.test(p)).sort();
  const byRest = new Map<string, Map<string, string>>();
  for (const page of listed) {
    const { locale, rest } = splitLocale(page);
    const group = byRest.get(rest) ?? new Map<string, string>();
    group.set(locale, page);
    byRest.set(rest, group);
  }
  const entries = listed.map((page) => {
    const group = byRest.get(splitLocale(page).rest)!;
    const alternates =
      group.size > 1
        ? [
            ...all.filter((l) => group.has(l.id)).map((l) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(l.lang)}" href="${escapeXml(url(group.get(l.id)!))}"/>`),
            ...(group.has(fallback.id) ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(url(group.get(fallback.id)!))}"/>`] : []),
          ]
        : [];
    return ['  <url>', `    <loc>${escapeXml(url(page))}</loc>`, ...alternates, '  </url>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
