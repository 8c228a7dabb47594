/**
 * Which records can hold a typo of the query, found before fuse.js is asked. Fuse's bitap
 * search tries every name of every record, folding each to lower case without accents on every
 * keystroke; on a catalog a hundred times today's that took a quarter of a second. This filter
 * folds the names once, when the index loads, and keeps only the records where the query occurs
 * with at most as many edits as Fuse's threshold allows. Fuse then scores just those, so its
 * results (scores, match ranges, order) are the same as over every record, only sooner.
 */

/** Letters that Unicode does not decompose but Fuse's `ignoreDiacritics` folds all the same. */
const undecomposed: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss' };
const undecomposedPattern = new RegExp(`[${Object.keys(undecomposed).join('')}]`, 'g');

/** Text as Fuse compares it with `ignoreDiacritics`: lower case, accents and other marks removed. */
export function foldForFuse(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(undecomposedPattern, (ch) => undecomposed[ch]!);
}

/** The most edits Fuse accepts in a pattern of `length` letters: it scores a match errors ÷ length. */
export function maxErrors(length: number, threshold: number): number {
  let errors = 0;
  while ((errors + 1) / length <= threshold) errors += 1;
  return errors;
}

/** Fuse's bitap handles 32 letters at a time: a longer pattern is searched in chunks, any of which may match. */
export function patternChunks(pattern: string): string[] {
  if (pattern.length <= 32) return [pattern];
  const chunks: string[] = [];
  const whole = pattern.length - (pattern.length % 32);
  for (let at = 0; at < whole; at += 32) chunks.push(pattern.slice(at, at + 32));
  if (pattern.length % 32) chunks.push(pattern.slice(pattern.length - 32));
  return chunks;
}

/** A pattern prepared for occursWithin: per letter, the bit mask of the places it holds. */
export interface PreparedPattern {
  length: number;
  /** Masks of ASCII letters by code; other letters in `wide`. */
  ascii: Int32Array;
  wide: Map<number, number>;
  k: number;
}

/** Prepares a pattern of at most 32 letters for occursWithin with at most `k` edits. */
export function preparePattern(pattern: string, k: number): PreparedPattern {
  if (pattern.length > 32) throw new RangeError('patterns longer than 32 letters go through patternChunks first');
  const ascii = new Int32Array(128);
  const wide = new Map<number, number>();
  for (let i = 0; i < pattern.length; i += 1) {
    const code = pattern.charCodeAt(i);
    if (code < 128) ascii[code]! |= 1 << i;
    else wide.set(code, (wide.get(code) ?? 0) | (1 << i));
  }
  return { length: pattern.length, ascii, wide, k };
}

/**
 * True when the pattern occurs somewhere in `text` with at most `k` insertions, deletions or
 * substitutions: the edit distance of Sellers' search (a match may start and end anywhere),
 * computed with Myers' bit-vector algorithm, a few bit operations per letter of the text.
 */
export function occursWithin(pattern: PreparedPattern, text: string): boolean {
  const { length: m, ascii, wide, k } = pattern;
  if (k >= m) return true;
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j += 1) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? ascii[code]! : (wide.get(code) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score += 1;
    else if (mh & high) score -= 1;
    // Shifting in a 0 (not a 1) lets the match start at any letter of the text.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) return true;
  }
  return false;
}

/** The folded values of the fields a typo may be aimed at, per record. */
export type FoldedFields = string[][];

/** Folds each record's values once, at load time. */
export function foldFields<T>(records: readonly T[], values: (record: T) => readonly string[]): FoldedFields {
  return records.map((record) => values(record).filter(Boolean).map(foldForFuse));
}

/**
 * The indexes of the records in which Fuse could match `query` at `threshold`: some value
 * holds one of the query's chunks with no more edits than Fuse allows for it.
 */
export function typoCandidates(fields: FoldedFields, query: string, threshold: number): number[] {
  const chunks = patternChunks(foldForFuse(query))
    .filter(Boolean)
    .map((chunk) => preparePattern(chunk, maxErrors(chunk.length, threshold)));
  const found: number[] = [];
  fields.forEach((values, index) => {
    if (values.some((value) => chunks.some((chunk) => occursWithin(chunk, value)))) found.push(index);
  });
  return found;
}
