import { PAIR_SEPARATOR, clashesWithPairs } from '../../compare/pairs';
import type { ContentRule } from './shared';

/**
 * Pair pages (/compare/<a>-vs-<b>/) share the /compare/ folder with the matrix pages
 * (/compare/<matrix id>/). An id holding the separator could make two pairs, or a pair and a
 * matrix, want the same address, so no component or matrix id may hold it.
 */
export const compareRules: ContentRule[] = [
  {
    name: 'compare-addresses-unique',
    description: `No component or matrix id contains "${PAIR_SEPARATOR}", so every pair page and matrix page under /compare/ has an address of its own.`,
    check: (content) => [
      ...content.components
        .filter((c) => clashesWithPairs(c.id))
        .map((c) => ({ file: c.file, field: '(file name)', message: `"${c.id}" contains "${PAIR_SEPARATOR}", which separates the two ids of a pair page (/compare/<a>${PAIR_SEPARATOR}<b>/); rename the file` })),
      ...content.matrices
        .filter((m) => clashesWithPairs(m.id))
        .map((m) => ({ file: m.file, field: 'id', message: `"${m.id}" contains "${PAIR_SEPARATOR}", so /compare/${m.id}/ could be a pair page's address; choose an id without it` })),
    ],
  },
];
