/**
 * Reader input for search, kept apart from engine.ts so that the script every page loads
 * can clean a query without pulling in fuse.js.
 */

import { cleanReaderText } from '../format/reader-input';

/** Longest query we search for; longer input is cut, since no name on the site comes close. */
export const maxQueryLength = 100;

/** Cleans what a reader typed or put in `?q=`; '' for anything unusable. */
export const normalizeQuery = (input: unknown): string => cleanReaderText(input, maxQueryLength);

/** True when a cleaned query is worth searching: one Latin letter matches half the site. */
export function isSearchable(query: string): boolean {
  return query.length >= 2 || /\p{Script=Han}/u.test(query);
}
