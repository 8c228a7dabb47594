/** The language tag for a short string: Chinese when it contains Han characters. */
export function langOf(text: string): 'zh-CN' | undefined {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : undefined;
}

/**
 * The `lang` attribute for a text from the data (a source title, a maintainer's name, an alias)
 * shown on a page in `pageLang`: Chinese text on an English page is marked zh-CN, Latin text on
 * a Chinese page is marked en (facts are written in English); nothing when they agree.
 */
export function foreignLang(text: string, pageLang: string): 'zh-CN' | 'en' | undefined {
  const chinesePage = pageLang.startsWith('zh');
  if (/\p{Script=Han}/u.test(text)) return chinesePage ? undefined : 'zh-CN';
  return chinesePage && /[A-Za-z]{2}/.test(text) ? 'en' : undefined;
}

/** A URL as a reader would say it: the host, and the path when there is one, without the scheme. */
export function displayUrl(url: string): string {
  const { host, pathname } = new URL(url);
  const path = pathname.replace(/\/+$/, '');
  return path ? `${host}${path}` : host;
}
