/**
 * The locales the site is built in. English lives at the site's root; every other locale lives
 * under its own path prefix with the same slugs. Adding a locale means adding it here, giving it
 * a dictionary (src/i18n/index.ts), translation collections (src/content.config.ts and
 * src/data/translations.ts) and its translated content under content/<prefix>/.
 */
export const locales = ['en', 'zh-CN'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** How a locale is written into pages and URLs. */
export interface LocaleInfo {
  /** The `lang` attribute of its pages, a BCP 47 tag; also its `hreflang`. */
  lang: string;
  /** Its path under the site's base: '' for the default locale, else a folder such as 'zh-cn/'. */
  pathPrefix: string;
  /**
   * How calendar days are shown. English pages print ISO days (2026-11-25), as the data does;
   * other locales may use Intl's long form.
   */
  dates: 'iso' | Intl.DateTimeFormatOptions;
  /** The locale's own name for itself, shown by the language switch. */
  name: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', pathPrefix: '', dates: 'iso', name: 'English' },
  'zh-CN': { lang: 'zh-CN', pathPrefix: 'zh-cn/', dates: { year: 'numeric', month: 'long', day: 'numeric' }, name: '简体中文' },
};

/** Locales other than the default, each with translated content under content/<prefix>. */
export const translatedLocales = locales.filter((l) => l !== defaultLocale) as Exclude<Locale, typeof defaultLocale>[];
export type TranslatedLocale = (typeof translatedLocales)[number];

/** The folder of a locale's translations under content/, such as `zh-cn`. */
export const contentFolder = (locale: TranslatedLocale) => localeInfo[locale].pathPrefix.replace(/\/$/, '');

/** The locale a page belongs to, from its path below the site's base. */
export function localeFromPath(pathBelowBase: string): Locale {
  const path = pathBelowBase.replace(/^\/+/, '');
  for (const locale of locales) {
    const prefix = localeInfo[locale].pathPrefix;
    if (prefix && (path === prefix.replace(/\/$/, '') || path.startsWith(prefix))) return locale;
  }
  return defaultLocale;
}

/**
 * The value of a route's `[...locale]` parameter: undefined for the default locale (its pages
 * sit at the root), the folder name for the others.
 */
export const localeParam = (locale: Locale): string | undefined => localeInfo[locale].pathPrefix.replace(/\/$/, '') || undefined;

/**
 * `getStaticPaths` for a route under src/pages/[...locale]/: every path `paths` gives for a
 * locale, for each locale in turn, with the locale's `[...locale]` parameter added.
 */
export async function localizedPaths<P extends Record<string, string>, T extends Record<string, unknown> = Record<string, never>>(
  paths: (locale: Locale) => Promise<{ params: P; props?: T }[]> | { params: P; props?: T }[] = () => [{ params: {} as P }],
): Promise<{ params: P & { locale: string | undefined }; props: T }[]> {
  const all: { params: P & { locale: string | undefined }; props: T }[] = [];
  for (const locale of locales) {
    for (const path of await paths(locale)) all.push({ params: { ...path.params, locale: localeParam(locale) }, props: (path.props ?? {}) as T });
  }
  return all;
}
