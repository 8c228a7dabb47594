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

let column = new Int32Array(64);

/**
 * True when `pattern` occurs somewhere in `text` with at most `k` insertions, deletions or
 * substitutions (Sellers' algorithm: edit distance where the match may start and end anywhere
 * in the text). Columns whose best value already exceeds `k` below the active row are skipped
 * (Ukkonen's cut-off), so most texts are rejected after a few letters' worth of work.
 */
export function occursWithin(pattern: string, text: string, k: number): boolean {
  const m = pattern.length;
  if (m === 0) return true;
  if (k >= m) return true;
  if (text.includes(pattern)) return true;
  if (k === 0) return false;
  if (column.length <= m) column = new Int32Array(m * 2 + 1);
  const d = column;
  for (let i = 0; i <= m; i += 1) d[i] = i;
  // The last row that can still be within k; rows below it are known to be over.
  let active = k;
  for (let j = 0; j < text.length; j += 1) {
    const letter = text.charCodeAt(j);
    let diagonal = 0; // d[0] of the previous column: a match may start anywhere.
    const last = Math.min(m, active + 1);
    for (let i = 1; i <= last; i += 1) {
      const above = d[i]!;
      const value = Math.min(above + 1, d[i - 1]! + 1, diagonal + (pattern.charCodeAt(i - 1) === letter ? 0 : 1));
      diagonal = above;
      d[i] = value;
    }
    if (last < m) d[last + 1] = k + 1;
    active = last;
    while (active > 0 && d[active]! > k) active -= 1;
    if (active === m) return true;
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
  const chunks = patternChunks(foldForFuse(query)).map((chunk) => ({ chunk, k: maxErrors(chunk.length, threshold) }));
  const found: number[] = [];
  fields.forEach((values, index) => {
    if (values.some((value) => chunks.some(({ chunk, k }) => occursWithin(chunk, value, k)))) found.push(index);
  });
  return found;
}
