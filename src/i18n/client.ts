import type { UiKey } from './en';
import { fillTemplate, pluralCategory, type Message, type MessageParams } from './format';

/**
 * The browser side of the one mechanism by which client scripts get words: the server renders
 * `<ClientStrings keys={...} />` inside the custom element, which writes just those strings as
 * JSON, and the script reads them here. No client bundle imports a dictionary.
 */
export interface ClientTranslator<K extends UiKey> {
  (key: K, params?: MessageParams): string;
  message(message: Message): string;
  /** "1 result", "3 results": the form Intl.PluralRules picks, from `count.<noun>.<form>`. */
  count(count: number, noun: string): string;
  /** The page's language, for Intl. */
  lang: string;
}

export function clientTranslator<K extends UiKey>(root: ParentNode = document): ClientTranslator<K> {
  const json = root.querySelector('script[data-strings]')?.textContent ?? '{}';
  const strings = JSON.parse(json) as Record<string, string>;
  const lang = document.documentElement.lang || 'en';
  const render = (m: Message): string => fillTemplate(strings[m.key] ?? '', m.params, lang, render);
  const t = ((key: K, params?: MessageParams) => render({ key, params })) as ClientTranslator<K>;
  t.message = render;
  t.count = (count, noun) => {
    const form = `count.${noun}.${pluralCategory(count, lang)}`;
    return render({ key: form in strings ? form : `count.${noun}.other`, params: { count } });
  };
  t.lang = lang;
  return t;
}
