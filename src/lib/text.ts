/** The language tag for a short string: Chinese when it contains Han characters. */
export function langOf(text: string): 'zh-CN' | undefined {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : undefined;
}
