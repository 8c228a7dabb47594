/**
 * Cleans text a reader typed or put in a URL: text only, control and format characters dropped,
 * compatibility forms folded (NFKC), spaces collapsed, at most `maxLength` characters. Returns ''
 * for anything unusable. Every query box and URL parameter of free text goes through this.
 */
export function cleanReaderText(input: unknown, maxLength: number): string {
  if (typeof input !== 'string') return '';
  return input
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}
