import { en, type UiKey } from './en';
import { zhCn } from './zh-cn';
import { fillTemplate, formatDate, formatList, formatMonth, formatNumber, pluralCategory, type Message as AnyMessage, type MessageParams } from './format';
import { defaultLocale, localeFromPath, localeInfo, type Locale } from './locales';

export type { UiKey } from './en';
export type { Locale } from './locales';
export type { MessageParams } from './format';

/** Every locale's interface words. A dictionary must have every key English has. */
const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-CN': zhCn };

/** Every locale's dictionary, for tests that compare them. */
export const allDictionaries: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = dictionaries;

/** A message whose key is checked against the dictionary (see format.ts). */
export interface Message extends AnyMessage {
  key: UiKey;
}

/** Nouns with a plural form: `count.<noun>.one`, `count.<noun>.other`, … each with `{count}`. */
export type CountNoun = 'component' | 'table' | 'result' | 'page';

export interface Translator {
  /** The interface string for `key`, with `{placeholders}` filled. */
  (key: UiKey, params?: MessageParams): string;
  locale: Locale;
  /** The page's `lang` attribute. */
  lang: string;
  /** Renders a message from src/lib. */
  message(message: AnyMessage): string;
  /** "1 component", "3 components", chosen by Intl.PluralRules. */
  count(count: number, noun: CountNoun): string;
  number(value: number): string;
  list(items: readonly string[]): string;
  date(day: string): string;
  /** A YYYY-MM month, named as the locale names months. */
  month(month: string): string;
}

/** The key of a counted noun's form for `count` in a language. */
export function countKey(count: number, noun: CountNoun, lang: string): UiKey {
  const form = `count.${noun}.${pluralCategory(count, lang)}` as UiKey;
  return form in en ? form : (`count.${noun}.other` as UiKey);
}

export function translator(locale: Locale): Translator {
  const dictionary = dictionaries[locale];
  const { lang } = localeInfo[locale];
  const render = (m: AnyMessage): string => fillTemplate(dictionary[m.key as UiKey] ?? m.key, m.params, lang, render);
  const t = ((key: UiKey, params?: MessageParams) => render({ key, params })) as Translator;
  t.locale = locale;
  t.lang = lang;
  t.message = render;
  t.count = (count, noun) => t(countKey(count, noun, lang), { count });
  t.number = (value) => formatNumber(value, lang);
  t.list = (items) => formatList(items, lang);
  t.date = (day) => formatDate(day, locale);
  t.month = (month) => formatMonth(month, lang);
  return t;
}

/** The translator for the page being rendered, from its URL. */
export function useTranslations(astro: { url: URL }): Translator {
  const base = import.meta.env.BASE_URL ?? '/';
  const path = astro.url.pathname.startsWith(base) ? astro.url.pathname.slice(base.length) : astro.url.pathname;
  return translator(localeFromPath(path));
}

/** The strings a client script needs, for one locale, to embed in the page as JSON. */
export function pickStrings<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, dictionaries[locale][k]])) as Record<K, string>;
}

export { defaultLocale };
export { locales, localeInfo } from './locales';
