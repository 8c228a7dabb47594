import Fuse, { type FuseResult } from 'fuse.js';
import { fuseOptions, type SearchIndexFile, type SearchRecord } from './index-format';
import { isSearchable, normalizeQuery } from './query';
import { isCjkQuery, loose, markSegments, queryTerms, type Segment } from './highlight';
import { applySynonyms, segmentQuery } from './segment';
import { editDistance } from './distance';
import { foldFields, typoCandidates, type FoldedFields } from './typo-filter';
import { fieldsOf, substringScore, textOf, tierOf, type RecordText } from './record-text';
import { compareHits, topItems, type Candidate } from './rank';

export { isSearchable, maxQueryLength, normalizeQuery } from './query';
export { isCjkQuery, markSegments, type Segment } from './highlight';
export { editDistance } from './distance';
export { groupHits } from './group';
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

/**
 * Records that hold every word of the query exactly. This is the whole search for Chinese,
 * which has no spaces between words and where Fuse's letter-by-letter fuzziness would let a
 * two-character word with one wrong character match; for short Latin queries, where one typo
 * makes a different word; and for longer ones whenever a name matches as typed.
 */
function substringSearch(records: readonly SearchRecord[], texts: readonly RecordText[], query: string, scope: Scope): Candidate[] {
  const terms = query.toLowerCase().split(' ').filter(Boolean);
  const wanted = loose(query);
  const hits: Candidate[] = [];
  for (const i of scope(terms, (i) => terms.every((t) => texts[i]!.all.includes(t)))) {
    const text = texts[i]!;
    const nameMatched = terms.every((t) => text.names.includes(t));
    hits.push({ record: records[i]!, text, tier: tierOf(text, wanted, nameMatched), score: substringScore(text, terms[0]!) });
  }
  return hits;
}

/** The indexes of the records whose text holds every term, in record order. */
type Scope = (terms: readonly string[], holds: (index: number) => boolean) => number[];

/**
 * Remembers the last few term lists and the records that held them. While a reader types,
 * each query holds the one before it (`ingr` in `ingre`), so only the records that held that
 * one need testing: a later keystroke scans a few records instead of all of them.
 */
function narrowingScope(size: number): Scope {
  const recent: { terms: readonly string[]; found: number[] }[] = [];
  return (terms, holds) => {
    const within = recent.find((r) => r.terms.every((old) => terms.some((t) => t.includes(old))));
    const found: number[] = [];
    if (within) {
      for (const i of within.found) if (holds(i)) found.push(i);
    } else {
      for (let i = 0; i < size; i += 1) if (holds(i)) found.push(i);
    }
    recent.unshift({ terms, found });
    recent.length = Math.min(recent.length, 8);
    return found;
  };
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
        hits.push({ record: result.item, text, tier: tierOf(text, wanted, true), score: distance, matches: result.matches });
        continue;
      }
      if (score > maxFuzzyScore) continue;
      nameMatched = false;
    } else {
      continue;
    }
    hits.push({ record: result.item, text, tier: tierOf(text, wanted, nameMatched), score, matches: result.matches });
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
  const scope = narrowingScope(file.records.length);
  // The first use of Intl.Segmenter for Chinese loads its word list, which took 15-25 ms in
  // Chromium; it is paid here, while the index loads, rather than on a keystroke.
  if (file.records.some((r) => isCjkQuery(r.title))) segmentQuery('日志采集');
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
    let candidates = substringSearch(file.records, texts, query, scope);
    if (expanded !== query) {
      const found = new Set(candidates.map((c) => c.record));
      candidates = [...candidates, ...substringSearch(file.records, texts, expanded, scope).filter((c) => !found.has(c.record))];
    }
    // Chinese is written without spaces: when the phrase is nowhere as typed, its words are
    // looked for one by one (日志采集方案 → 日志 采集 方案), as a Latin query's words are.
    if (cjk && candidates.length === 0) {
      const words = segmentQuery(expanded);
      if (words !== expanded) {
        candidates = substringSearch(file.records, texts, words, scope);
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
    return topItems(candidates, limit, compareHits(query)).map((c) => ({ record: c.record, tier: c.tier, score: c.score, ...describe(c.record, marked, c.matches) }));
  };
}
