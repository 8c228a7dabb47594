/**
 * The locales the site is built in. English lives at the site's root; every other locale lives
 * under its own path prefix with the same slugs. Adding a locale means adding it here, giving it
 * a dictionary in `dictionaries.ts`, and adding its routes and translated content.
 */
export const locales = ['en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** How a locale is written into pages and URLs. */
export interface LocaleInfo {
  /** The `lang` attribute of its pages, a BCP 47 tag. */
  lang: string;
  /** Its path under the site's base: '' for the default locale. */
  pathPrefix: string;
  /**
   * How calendar days are shown. English pages print ISO days (2026-11-25), as the data does;
   * other locales may use Intl's long form.
   */
  dates: 'iso' | Intl.DateTimeFormatOptions;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', pathPrefix: '', dates: 'iso' },
};

/** The locale a page belongs to, from its path below the site's base. */
export function localeFromPath(pathBelowBase: string): Locale {
  const path = pathBelowBase.replace(/^\/+/, '');
  for (const locale of locales) {
    const prefix = localeInfo[locale].pathPrefix;
    if (prefix && (path === prefix.replace(/\/$/, '') || path.startsWith(prefix))) return locale;
  }
  return defaultLocale;
}
