/**
 * Pair pages: every two components of one category get a static comparison at
 * `/compare/<a>-vs-<b>/`, in one canonical order (ids alphabetical); the other order is a page
 * that sends the reader on to it. Matrix pages live beside them at `/compare/<matrix id>/`, so
 * the separator must never occur in a component or matrix id (a content rule says so).
 */

/** What joins the two ids of a pair page's slug. */
export const PAIR_SEPARATOR = '-vs-';

export interface Pair {
  /** The first id in canonical order. */
  a: string;
  b: string;
}

/** The two ids in the canonical order: alphabetical by id. */
export function canonicalPair(x: string, y: string): Pair {
  return x < y ? { a: x, b: y } : { a: y, b: x };
}

/** The slug of a pair page in the order given (`calico-vs-cilium`). */
export const pairSlug = (first: string, second: string) => `${first}${PAIR_SEPARATOR}${second}`;

/** The canonical slug of a pair, whatever order the ids come in. */
export function canonicalSlug(x: string, y: string): string {
  const { a, b } = canonicalPair(x, y);
  return pairSlug(a, b);
}

/** Reads a slug back into its two ids, or undefined when it is not a pair of different ids. */
export function parsePairSlug(slug: string): { first: string; second: string } | undefined {
  const parts = slug.split(PAIR_SEPARATOR);
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0] === parts[1]) return undefined;
  return { first: parts[0], second: parts[1] };
}

/** True when an id could be mistaken for part of a pair slug. */
export const clashesWithPairs = (id: string) => id.includes(PAIR_SEPARATOR);

/**
 * The most members a category may have for its pairs to get pages. Pairs grow with the square
 * of a category's size: 30 members make 435 pages per locale, 150 would make 11,175. A larger
 * category gets no pair pages (the compare page still compares any of its members); the
 * largest today has 15.
 */
export const MAX_PAIRED_MEMBERS = 30;

/**
 * Every pair within each category, in canonical order, sorted by slug. Components are
 * `{ id, category }`; a category with fewer than two members, or more than `max`, has none.
 */
export function categoryPairs(components: readonly { id: string; category: string }[], max = MAX_PAIRED_MEMBERS): (Pair & { category: string })[] {
  const byCategory = new Map<string, string[]>();
  for (const c of components) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c.id]);
  const pairs: (Pair & { category: string })[] = [];
  for (const [category, ids] of byCategory) {
    if (ids.length > max) continue;
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.push({ a: sorted[i]!, b: sorted[j]!, category });
  }
  return pairs.sort((p, q) => (pairSlug(p.a, p.b) < pairSlug(q.a, q.b) ? -1 : 1));
}

/** The pairs one component is part of, each with the other component's id. */
export function pairsOf(id: string, pairs: readonly Pair[]): (Pair & { other: string })[] {
  return pairs.flatMap((p) => (p.a === id ? [{ ...p, other: p.b }] : p.b === id ? [{ ...p, other: p.a }] : []));
}
