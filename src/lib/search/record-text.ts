/**
 * Each record's text prepared once, when the index loads, so that a keystroke only compares
 * strings: no lower-casing, loosening or splitting per record per keystroke, which on a large
 * index cost more than the comparing itself.
 */
import type { SearchRecord } from './index-format';
import { loose } from './highlight';

/** Every searchable string of a record with the key it sits under, in the order details prefer. */
export function fieldsOf(record: SearchRecord): { key: string; value: string }[] {
  return [
    ...record.names.map((value) => ({ key: 'names', value })),
    ...record.keywords.map((value) => ({ key: 'keywords', value })),
    ...record.context.map((value) => ({ key: 'context', value })),
    { key: 'summary', value: record.summary },
  ];
}

/** How far down a field sits when ranking exact matches: names first, prose last. */
const fieldPenalty: Record<string, number> = { title: 0, names: 0.05, keywords: 0.2, context: 0.3, summary: 0.5 };

export interface RecordText {
  /** The title and other names, lower-cased, one per line. */
  names: string;
  /** Every searchable string, lower-cased, one per line. */
  all: string;
  /** The lower-cased title, for ranking titles that start with the query first. */
  title: string;
  /** The title and names loosened (see `loose`), for telling an exact name from a partial one. */
  loose: Set<string>;
  /** Each field lower-cased with its rank penalty, title first. */
  fields: { penalty: number; lower: string; length: number }[];
}

export function textOf(record: SearchRecord): RecordText {
  const names = [record.title, ...record.names].join('\n').toLowerCase();
  const fields = [{ key: 'title', value: record.title }, ...fieldsOf(record)].map(({ key, value }) => ({
    penalty: fieldPenalty[key] ?? 0.5,
    lower: value.toLowerCase(),
    length: value.length,
  }));
  return {
    names,
    all: [names, ...record.keywords, ...record.context, record.summary].join('\n').toLowerCase(),
    title: record.title.toLowerCase(),
    loose: new Set([record.title, ...record.names].map(loose)),
    fields,
  };
}

/** 0: the query (loosened) is the title or another name; 1: it matched a name; 2: it matched elsewhere. */
export function tierOf(text: RecordText, wanted: string, nameMatched: boolean): 0 | 1 | 2 {
  if (text.loose.has(wanted)) return 0;
  return nameMatched ? 1 : 2;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** A score like Fuse's (0 best) for text that holds the word as typed: by field, place and length. */
export function substringScore(text: RecordText, term: string): number {
  let best = 1;
  for (const { penalty, lower, length } of text.fields) {
    const at = lower.indexOf(term);
    if (at < 0) continue;
    const place = at === 0 ? 0 : letterOrDigit.test(lower[at - 1] ?? '') ? 0.04 : 0.02;
    best = Math.min(best, penalty + place + Math.min(0.05, length / 2000));
  }
  return best;
}
