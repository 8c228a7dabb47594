import { fillTemplate, type Message, type MessageParams } from '../../i18n/format';

/** A page text to show: its key in content/pages/<page>.yaml and the values it is filled with. */
export interface ProseRef {
  text: string;
  params?: MessageParams;
}

/**
 * Renders the texts of content/pages/<page>.yaml (or their translation, `file`). A missing
 * text, or a placeholder the page does not fill, stops the build with the file and key, so a
 * sentence never shows "{x}".
 */
export function proseRenderer(
  page: string,
  texts: Record<string, string>,
  lang: string,
  nested: (m: Message) => string,
  file = `content/pages/${page}.yaml`,
): (ref: ProseRef | string) => string {
  return (ref) => {
    const { text, params = {} } = typeof ref === 'string' ? { text: ref } : ref;
    const template = texts[text];
    if (template === undefined) throw new Error(`${file} → texts.${text}: missing; the page needs this text`);
    const unknown = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !(name in params));
    if (unknown.length) {
      const known = Object.keys(params);
      throw new Error(`${file} → texts.${text}: unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')}; this text can use ${known.length ? known.map((n) => `{${n}}`).join(', ') : 'no placeholders'}`);
    }
    return fillTemplate(template, params, lang, nested);
  };
}
