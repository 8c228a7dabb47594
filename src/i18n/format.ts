import { localeInfo, type Locale } from './locales';

/**
 * Numbers, lists and days formatted for a locale through Intl. Nothing here imports a
 * dictionary, so client scripts can use it without carrying the site's strings.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format;
}

/** A value for people: whole numbers from 1,000 up, three significant digits below. */
export function formatNumber(value: number, lang: string): string {
  return Math.abs(value) >= 1_000
    ? numberFormat(lang, { maximumFractionDigits: 0 }).format(value)
    : numberFormat(lang, { maximumSignificantDigits: 3 }).format(value);
}

/** Items joined the way the locale lists names ("a, b, c" in English). */
export function formatList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'narrow', type: 'conjunction' }).format(items);
}

/** A calendar day (YYYY-MM-DD, UTC) as the locale shows days. */
export function formatDate(day: string, locale: Locale): string {
  const style = localeInfo[locale].dates;
  if (style === 'iso' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Intl.DateTimeFormat(localeInfo[locale].lang, { ...style, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The plural category of a count in a language: 'one', 'other', and so on. */
export function pluralCategory(count: number, lang: string): Intl.LDMLPluralRule {
  return new Intl.PluralRules(lang).select(count);
}

/**
 * A sentence to show, as data: which interface string (a key of the dictionary), filled with
 * which values. Code in src/lib returns these instead of composing words, so each page renders
 * them in its own locale. A value may itself be a message, such as a mode's name.
 */
export interface Message {
  key: string;
  params?: MessageParams;
}

/** Values a message may be filled with; lists are joined for the locale, numbers formatted. */
export type MessageParams = Record<string, string | number | readonly string[] | Message | MonthValue>;

/** A YYYY-MM month, named in the reader's language when a message is filled. */
export interface MonthValue {
  month: string;
}

/**
 * Fills `{name}` placeholders. Values come from our data, never from a reader; a placeholder
 * without a value is left as it is so the gap is visible in review. `nested` renders a value
 * that is itself a message.
 */
export function fillTemplate(template: string, params: MessageParams | undefined, lang: string, nested: (m: Message) => string = () => ''): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, lang);
    if (typeof value === 'string') return value;
    if ('key' in value) return nested(value as Message);
    if ('month' in value) return formatMonth((value as MonthValue).month, lang);
    return formatList(value as readonly string[], lang);
  });
}

/** A YYYY-MM month as the language names months ("June 2019"). */
export function formatMonth(month: string, lang: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
