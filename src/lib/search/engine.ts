import Fuse, { type FuseResult } from 'fuse.js';
import { fuseOptions, searchKinds, type SearchIndexFile, type SearchKind, type SearchRecord } from './index-format';
import { isSearchable, normalizeQuery } from './query';
import { isCjkQuery, loose, markSegments, queryTerms, type Segment } from './highlight';
import { applySynonyms, segmentQuery } from './segment';
import { editDistance } from './distance';
import { foldFields, typoCandidates, type FoldedFields } from './typo-filter';

export { isSearchable, maxQueryLength, normalizeQuery } from './query';
export { isCjkQuery, markSegments, type Segment } from './highlight';
export { editDistance } from './distance';
export { applySynonyms, segmentQuery } from './segment';
export { fuseOptions, searchKeys, searchKinds, type SearchIndexFile, type SearchKind, type SearchRecord } from './index-format';

/**
 * The search engine shared by the header field and the search page. It runs in the browser,
 * loaded on first focus, so it imports nothing but fuse.js and types: the records and Fuse's
 * index arrive prebuilt in /search-index.json (see records.ts for how they are made).
 */

const typoKeys = ['title', 'names'];

export interface SearchHit {
  record: SearchRecord;
  /** 0: the query is the title or another name; 1: it matched a name; 2: it matched elsewhere. */
  tier: 0 | 1 | 2;
  /** Fuse's score within the tier, 0 best. */
  score: number;
  /** The title, with matching text marked. */
  title: Segment[];
  /** The other text that matched (an alias, a tag, the summary), marked; or the summary. */
  detail: Segment[];
}

const plain = (text: string): Segment[] => (text ? [{ text, mark: false }] : []);
const hasMark = (segments: Segment[]) => segments.some((s) => s.mark);

/** Every searchable string of a record with the key it sits under, in the order details prefer. */
function fieldsOf(record: SearchRecord): { key: string; value: string }[] {
  return [
    ...record.names.map((value) => ({ key: 'names', value })),
    ...record.keywords.map((value) => ({ key: 'keywords', value })),
    ...record.context.map((value) => ({ key: 'context', value })),
    { key: 'summary', value: record.summary },
  ];
}

function describe(record: SearchRecord, query: string, fuseMatches: FuseResult<SearchRecord>['matches'] = []) {
  const rangesFor = (key: string, value: string) =>
    fuseMatches.find((m) => m.key === key && m.value === value)?.indices ?? [];
  const title = markSegments(record.title, query, rangesFor('title', record.title));
  // Prefer a field holding the query as typed; only then one Fuse matched loosely (a typo).
  const fields = fieldsOf(record);
  const detail =
    fields.map(({ value }) => markSegments(value, query)).find(hasMark) ??
    fields.map(({ key, value }) => markSegments(value, query, rangesFor(key, value))).find(hasMark) ??
    plain(record.summary);
  return { title, detail };
}

function tierOf(text: RecordText, wanted: string, nameMatched: boolean): 0 | 1 | 2 {
  if (text.loose.has(wanted)) return 0;
  return nameMatched ? 1 : 2;
}

const kindRank = (kind: SearchKind) => searchKinds.indexOf(kind);

function compareHits(query: string) {
  const q = query.toLowerCase();
  const prefixes = new Map<SearchRecord, number>();
  const prefix = (hit: Candidate) => {
    let value = prefixes.get(hit.record);
    if (value === undefined) prefixes.set(hit.record, (value = hit.record.title.toLowerCase().startsWith(q) ? 0 : 1));
    return value;
  };
  return (a: Candidate, b: Candidate) =>
    a.tier - b.tier ||
    prefix(a) - prefix(b) ||
    a.score - b.score ||
    kindRank(a.record.kind) - kindRank(b.record.kind) ||
    a.record.title.localeCompare(b.record.title);
}

/** A hit before its text is marked; marking waits until the list is cut to size. */
interface Candidate {
  record: SearchRecord;
  tier: 0 | 1 | 2;
  score: number;
  matches?: FuseResult<SearchRecord>['matches'];
}

/**
 * Each record's text prepared once, when the index loads, so a keystroke only compares: its
 * names and all its text lower-cased for substring tests, its names loosened for tierOf, and
 * each searchable field lower-cased for substringScore.
 */
interface RecordText {
  names: string;
  all: string;
  loose: Set<string>;
  fields: { penalty: number; lower: string; length: number }[];
}

function textOf(record: SearchRecord): RecordText {
  const names = [record.title, ...record.names].join('\n').toLowerCase();
  const fields = [{ key: 'title', value: record.title }, ...fieldsOf(record)].map(({ key, value }) => ({
    penalty: fieldPenalty[key] ?? 0.5,
    lower: value.toLowerCase(),
    length: value.length,
  }));
  return {
    names,
    all: [names, ...record.keywords, ...record.context, record.summary].join('\n').toLowerCase(),
    loose: new Set([record.title, ...record.names].map(loose)),
    fields,
  };
}

/** How far down a field sits when ranking exact matches: names first, prose last. */
const fieldPenalty: Record<string, number> = { title: 0, names: 0.05, keywords: 0.2, context: 0.3, summary: 0.5 };

const letterOrDigit = /[\p{L}\p{N}]/u;

/** A score like Fuse's (0 best) for text that holds the word as typed: by field, place and length. */
function substringScore(text: RecordText, term: string): number {
  let best = 1;
  for (const { penalty, lower, length } of text.fields) {
    const at = lower.indexOf(term);
    if (at < 0) continue;
    const place = at === 0 ? 0 : letterOrDigit.test(lower[at - 1] ?? '') ? 0.04 : 0.02;
    best = Math.min(best, penalty + place + Math.min(0.05, length / 2000));
  }
  return best;
}

/**
 * Records that hold every word of the query exactly. This is the whole search for Chinese,
 * which has no spaces between words and where Fuse's letter-by-letter fuzziness would let a
 * two-character word with one wrong character match; for short Latin queries, where one typo
 * makes a different word; and for longer ones whenever a name matches as typed.
 */
function substringSearch(records: readonly SearchRecord[], texts: readonly RecordText[], query: string): Candidate[] {
  const terms = query.toLowerCase().split(' ').filter(Boolean);
  const wanted = loose(query);
  const hits: Candidate[] = [];
  records.forEach((record, i) => {
    const text = texts[i]!;
    if (!terms.every((t) => text.all.includes(t))) return;
    const nameMatched = terms.every((t) => text.names.includes(t));
    hits.push({ record, tier: tierOf(text, wanted, nameMatched), score: substringScore(text, terms[0]!) });
  });
  return hits;
}

/** Queries shorter than this must appear letter for letter; with three letters, one typo is a different word. */
export const minFuzzyLength = 5;

/** Fuse's score above which a match with no exact word in it is noise rather than a typo. */
const maxFuzzyScore = 0.5;

/**
 * How far a typo is from the nearest of a record's names, 0 best. Fuse's own score rewards a
 * record for matching in many fields, so "Prometheus Operator" (whose tags say prometheus) would
 * beat "Prometheus" for `promtheus`; the distance to the closest name ranks the intended one first.
 */
function nameDistance(record: SearchRecord, query: string): number {
  const wanted = loose(query);
  const oneWord = !query.includes(' ');
  let best = 1;
  for (const name of [record.title, ...record.names]) {
    const whole = loose(name);
    best = Math.min(best, editDistance(wanted, whole) / Math.max(wanted.length, whole.length, 1));
    // A one-word typo may aim at one word of a longer name (`promtheus` in "Prometheus
    // Operator"); such a match ranks a little below a typo of the whole name.
    if (oneWord && name.includes(' ')) {
      for (const word of name.split(/\s+/)) {
        const part = loose(word);
        if (part.length >= minFuzzyLength) best = Math.min(best, 0.05 + editDistance(wanted, part) / Math.max(wanted.length, part.length));
      }
    }
  }
  return best;
}

/** The largest share of letters a typo may get wrong against a name and still count as that name. */
const maxNameDistance = 0.34;

/** Fuse over just the records a typo of the query can reach (typo-filter.ts), with the prebuilt index. */
type FuseFor = (query: string, everyField: boolean) => Fuse<SearchRecord>;

function fuzzySearch(fuseFor: FuseFor, texts: readonly RecordText[], query: string, everyField: boolean): Candidate[] {
  const terms = queryTerms(query);
  const wanted = loose(query);
  const hits: Candidate[] = [];
  // Typos are looked for in names only: bitap over every tag and summary costs most of the
  // time on a large index and mostly finds words that merely look alike. Tags and summaries
  // are still found when a word in them is typed as written.
  const expression = { $or: typoKeys.map((key) => ({ [key]: query })) };
  for (const result of fuseFor(query, everyField).search(everyField ? query : expression)) {
    const text = texts[result.refIndex]!;
    const score = result.score ?? 1;
    let nameMatched: boolean;
    if (terms.length > 0 && terms.every((t) => text.all.includes(t))) {
      // Every word is there as typed: rank by where it is.
      nameMatched = terms.every((t) => text.names.includes(t));
    } else if (query.length >= minFuzzyLength) {
      // A typo. Fuse finds the candidates; the distance to the nearest name decides whether it
      // was aimed at a name, and ranks those, since Fuse's score favours records that match in
      // many fields over the one whose name is closest.
      const distance = nameDistance(result.item, query);
      if (distance <= maxNameDistance) {
        hits.push({ record: result.item, tier: tierOf(text, wanted, true), score: distance, matches: result.matches });
        continue;
      }
      if (score > maxFuzzyScore) continue;
      nameMatched = false;
    } else {
      continue;
    }
    hits.push({ record: result.item, tier: tierOf(text, wanted, nameMatched), score, matches: result.matches });
  }
  return hits;
}

export type Search = (query: string, limit?: number) => SearchHit[];

/** Builds the search function from the served index file, without rebuilding Fuse's index. */
export function createSearch(file: SearchIndexFile): Search {
  const index = Fuse.parseIndex<SearchRecord>(file.index);
  const texts = file.records.map(textOf);
  const byRecord = new Map(index.records.map((r) => [r.i, r]));
  const names: FoldedFields = foldFields(file.records, (r) => [r.title, ...r.names]);
  const everything: FoldedFields = foldFields(file.records, (r) => [r.title, ...r.names, ...r.keywords]);
  const fuseFor: FuseFor = (query, everyField) => {
    const reachable = typoCandidates(everyField ? everything : names, query, fuseOptions.threshold!);
    const subset = Fuse.parseIndex<SearchRecord>({ keys: index.keys, records: reachable.flatMap((i) => byRecord.get(i) ?? []) });
    return new Fuse(file.records, fuseOptions, subset);
  };
  const synonyms = file.synonyms ?? {};
  return (input, limit = 50) => {
    const query = normalizeQuery(input);
    const cjk = isCjkQuery(query);
    if (!isSearchable(query)) return [];
    // Words a reader types for a term the site spells otherwise (入口控制器 for Ingress 控制器)
    // are searched as that term too; the query as typed still counts.
    const expanded = applySynonyms(query, synonyms);
    let marked = expanded === query ? query : `${query} ${expanded}`;
    // Fuse's fuzzy pass is the slow part, and only needed for a typo: a Latin query long enough
    // for one to be told apart from another word, that matches no name as typed.
    let candidates = substringSearch(file.records, texts, query);
    if (expanded !== query) {
      const found = new Set(candidates.map((c) => c.record));
      candidates = [...candidates, ...substringSearch(file.records, texts, expanded).filter((c) => !found.has(c.record))];
    }
    // Chinese is written without spaces: when the phrase is nowhere as typed, its words are
    // looked for one by one (日志采集方案 → 日志 采集 方案), as a Latin query's words are.
    if (cjk && candidates.length === 0) {
      const words = segmentQuery(expanded);
      if (words !== expanded) {
        candidates = substringSearch(file.records, texts, words);
        marked = words;
      }
    }
    const typoPossible = !cjk && query.length >= minFuzzyLength && !candidates.some((c) => c.tier < 2);
    if (typoPossible) {
      // Exact words found in keywords or prose stay; typo matches on names join them.
      const found = new Set(candidates.map((c) => c.record));
      candidates = [...candidates, ...fuzzySearch(fuseFor, texts, query, false).filter((c) => !found.has(c.record))];
    }
    else if (cjk && candidates.length === 0) candidates = fuzzySearch(fuseFor, texts, query, true);
    return candidates
      .sort(compareHits(query))
      .slice(0, limit)
      .map((c) => ({ record: c.record, tier: c.tier, score: c.score, ...describe(c.record, marked, c.matches) }));
  };
}

/** Hits in groups of one kind each; groups come in the order of their best hit. */
export function groupHits(hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.record.kind);
    if (group) group.push(hit);
    else groups.set(hit.record.kind, [hit]);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}
