/** The language tag for a short string: Chinese when it contains Han characters. */
export function langOf(text: string): 'zh-CN' | undefined {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : undefined;
}

/** A URL as a reader would say it: the host, and the path when there is one, without the scheme. */
export function displayUrl(url: string): string {
  const { host, pathname } = new URL(url);
  const path = pathname.replace(/\/+$/, '');
  return path ? `${host}${path}` : host;
}
