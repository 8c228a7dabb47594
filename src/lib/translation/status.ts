import { defaultLocale, locales, localeInfo, type Locale } from '../../i18n/locales';

/**
 * Where an entry's words come from in the locale being built: its translation, or English when
 * there is none. Pages collect these to decide their canonical URL, their hreflang alternates,
 * whether they belong in the locale's search index and which notice they show.
 */
export interface EntryI18n {
  /** The language of the text as shown: the locale's, or English when it fell back. */
  lang: string;
  /** True when the locale has no translation of the entry, so English is shown. */
  fallback: boolean;
  /** True when the translation was made from an older English text. */
  stale: boolean;
  /** The locales in which the entry has its own text (English always). */
  locales: Locale[];
}

/** The entry as English shows it: no translation involved. */
export const englishEntry = (translated: readonly Locale[]): EntryI18n => ({ lang: localeInfo[defaultLocale].lang, fallback: false, stale: false, locales: [defaultLocale, ...translated] });

/** What a page as a whole is, in the locale being built. */
export interface PageI18n {
  /** 'page' when its main content has no translation, 'parts' when some text on it has none. */
  fallback: 'none' | 'page' | 'parts';
  /** True when its main content was translated from an older English text. */
  stale: boolean;
  /** The locales in which the page exists without falling back: its hreflang alternates. */
  locales: Locale[];
}

/** A page whose every word is the interface's: translated in every locale. */
export const interfacePage: PageI18n = { fallback: 'none', stale: false, locales: [...locales] };

/**
 * Sums up a page from the entries it shows: `main` is what the page is about (a component, a
 * guide, the page's prose), `shown` the rest (summaries in lists, names of categories).
 */
export function pageI18n(main: readonly EntryI18n[], shown: readonly EntryI18n[] = []): PageI18n {
  const all = [...main, ...shown];
  return {
    fallback: main.some((e) => e.fallback) ? 'page' : shown.some((e) => e.fallback) ? 'parts' : 'none',
    stale: main.some((e) => e.stale),
    locales: locales.filter((l) => all.every((e) => e.locales.includes(l))),
  };
}

/** The `lang` attribute for an entry's text on a page in `pageLang`: only when they differ. */
export const langIfOther = (entry: { i18n: EntryI18n }, pageLang: string): string | undefined => (entry.i18n.lang === pageLang ? undefined : entry.i18n.lang);
