import { createHash } from 'node:crypto';

/**
 * Which English text a translation translates, as a short fingerprint. Each kind of content
 * names the English fields that get translated; their values (and the MDX body) are written as
 * canonical JSON and hashed. A translation records the fingerprint it was made from in
 * `translationOf` (npm run i18n:stamp writes it); when the English text changes, the
 * fingerprints differ and the build warns. Facts (dates, versions, URLs) are not part of the
 * fingerprint: changing them does not make a translation outdated.
 *
 * The functions take the English data either as read from YAML or as parsed by the schemas
 * (with defaults filled in): both give the same fingerprint. This file imports nothing of the
 * project, so scripts run by plain Node can use it.
 */

/** The kinds of translated content, each named after its folder under content/. */
export type TranslationKind = 'components' | 'guides' | 'categories' | 'pages' | 'datasets' | 'releases' | 'matrices';

type Raw = Record<string, unknown>;

const rec = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Trait values that are text or lists of text; true/false are facts, not words. */
export function textTraits(traits: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(rec(traits))) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.map(String);
  }
  return out;
}

/** An MDX body as compared: line ends normalised, surrounding blank lines dropped. */
export const normalizeBody = (body: string | undefined) => (body ?? '').replace(/\r\n?/g, '\n').trim();

/** The English text fields of one entry of a kind, the part a translation restates. */
export function englishText(kind: TranslationKind, raw: Raw, body?: string): unknown {
  switch (kind) {
    case 'components':
      return {
        summary: str(raw.summary),
        note: str(rec(raw.status).note),
        traits: textTraits(raw.traits),
        variants: arr(raw.variants).map((v) => ({ key: str(rec(v).key), name: str(rec(v).name), summary: str(rec(v).summary), traits: textTraits(rec(v).traits) })),
        body: normalizeBody(body),
      };
    case 'guides':
      return {
        title: str(raw.title),
        summary: str(raw.summary),
        tables: arr(raw.tables).map((t) => ({
          id: str(rec(t).id),
          caption: str(rec(t).caption),
          columns: arr(rec(t).columns).map(String),
          rows: arr(rec(t).rows).map((r) => ({ id: str(rec(r).id), cells: arr(rec(r).cells).map(String) })),
        })),
        body: normalizeBody(body),
      };
    case 'categories':
      return {
        name: str(raw.name),
        summary: str(raw.summary),
        comparison: arr(raw.comparison).map((c) => ({ key: str(rec(c).key), label: str(rec(c).label), description: str(rec(c).description) })),
      };
    case 'pages':
      return { texts: rec(raw.texts) };
    case 'datasets':
      return {
        series: arr(raw.series).map((s) => ({
          id: str(rec(s).id),
          title: str(rec(s).title),
          x: { label: str(rec(rec(s).x).label), unit: str(rec(rec(s).x).unit) },
          y: { label: str(rec(rec(s).y).label), unit: str(rec(rec(s).y).unit) },
          notes: arr(rec(s).points).map((p) => str(rec(p).note) ?? null),
        })),
        findings: arr(raw.findings).map((f) => ({ id: str(rec(f).id), claim: str(rec(f).claim) })),
        milestones: arr(raw.milestones).map((m) => str(rec(m).stage) ?? null),
      };
    case 'releases':
      return { notes: arr(raw.notes).map((n) => str(rec(n).text) ?? null) };
    case 'matrices':
      return {
        title: str(raw.title),
        caption: str(raw.caption),
        description: str(raw.description),
        baseline: raw.baseline ? { label: str(rec(raw.baseline).label), note: str(rec(raw.baseline).note) } : null,
        rows: arr(raw.rows).map((r) => ({
          id: str(rec(r).id),
          label: str(rec(r).label),
          description: str(rec(r).description),
          notes: Object.fromEntries(Object.entries(rec(rec(r).cells)).flatMap(([col, cell]) => (str(rec(cell).note) ? [[col, str(rec(cell).note)]] : []))),
        })),
      };
  }
}

/** JSON with object keys sorted and undefined values left out, so equal data hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Raw)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The fingerprint of an English entry's text: 12 hex digits of its SHA-256. */
export function fingerprint(kind: TranslationKind, raw: Raw, body?: string): string {
  return createHash('sha256').update(`${kind}\n${canonicalJson(englishText(kind, raw, body))}`).digest('hex').slice(0, 12);
}
