/**
 * Reader input for search, kept apart from engine.ts so that the script every page loads
 * can clean a query without pulling in fuse.js.
 */

/** Longest query we search for; longer input is cut, since no name on the site comes close. */
export const maxQueryLength = 100;

/**
 * Cleans what a reader typed or put in `?q=`: text only, control characters dropped, spaces
 * collapsed, at most `maxQueryLength` characters. Returns '' for anything unusable.
 */
export function normalizeQuery(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxQueryLength)
    .trim();
}

/** True when a cleaned query is worth searching: one Latin letter matches half the site. */
export function isSearchable(query: string): boolean {
  return query.length >= 2 || /\p{Script=Han}/u.test(query);
}
