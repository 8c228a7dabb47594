/** The size of every link-preview image: what Open Graph consumers crop to 1.91:1. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The most an image may weigh, so a chat client fetches it quickly. */
export const OG_MAX_BYTES = 40 * 1024;

/** Open Graph writes locales as language_TERRITORY; a page's lang without a region gets a default one. */
const DEFAULT_TERRITORY: Record<string, string> = { en: 'en_US', zh: 'zh_CN' };

export function ogLocale(lang: string): string {
  return lang.includes('-') ? lang.replace('-', '_') : (DEFAULT_TERRITORY[lang] ?? lang);
}
