import { localeFromPath, localeInfo, locales, defaultLocale, type Locale } from '../../i18n/locales';

/**
 * The sitemap (sitemaps.org 0.9): every page but the 404, each with its translations as
 * hreflang alternates (Google's xhtml:link form) when the same page exists in another locale.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page's path below its locale's root, which is the same in every locale. */
function splitLocale(path: string): { locale: Locale; rest: string } {
  const locale = localeFromPath(path);
  const prefix = localeInfo[locale].pathPrefix;
  return { locale, rest: prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path };
}

/** `pages` are paths below the site's base (`''`, `components/calico/`); `url` makes them absolute. */
export function sitemapXml(pages: string[], url: (pathBelowBase: string) => string): string {
  const listed = [...new Set(pages)].filter((p) => !/(^|\/)404(\.html|\/)?$/.test(p)).sort();
  const byRest = new Map<string, Map<Locale, string>>();
  for (const page of listed) {
    const { locale, rest } = splitLocale(page);
    const group = byRest.get(rest) ?? new Map<Locale, string>();
    group.set(locale, page);
    byRest.set(rest, group);
  }
  const entries = listed.map((page) => {
    const group = byRest.get(splitLocale(page).rest)!;
    const alternates =
      group.size > 1
        ? [
            ...locales.filter((l) => group.has(l)).map((l) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(localeInfo[l].lang)}" href="${escapeXml(url(group.get(l)!))}"/>`),
            ...(group.has(defaultLocale) ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(url(group.get(defaultLocale)!))}"/>`] : []),
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
