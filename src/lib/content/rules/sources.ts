import type { RejectedSource } from '../../../schemas/source-policy';
import type { ContentSet, LoadedEntry } from '../load';
import type { Problem } from '../problems';
import { list, record, text, type ContentRule } from './shared';

/**
 * The source policy (content/source-policy.yaml) as a rule: no file in content/ may cite a
 * place the policy rejects, whether in a `url` field, a source list, a note or the prose of an
 * MDX body. Each problem names the file, the field, the URL and the policy's reason.
 */

/** URLs inside a piece of text; trailing punctuation of the sentence around them is left out. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`()[\]{}]+/gi;

export function urlsIn(value: string): string[] {
  return [...value.matchAll(URL_IN_TEXT)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
}

function parse(url: string): { host: string; path: string } | undefined {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase().replace(/^www\./, ''), path: `${u.pathname}${u.search}`.toLowerCase() };
  } catch {
    return undefined;
  }
}

/**
 * The policy entry that rejects `url`, if any. A host entry covers the host and its subdomains;
 * a prefix entry covers URLs that start with it at a path boundary (so a prefix for
 * github.com/owner/repo does not catch github.com/owner/repository), ignoring case, the scheme
 * and a leading "www.".
 */
export function rejectionFor(url: string, policy: readonly RejectedSource[]): RejectedSource | undefined {
  const target = parse(url);
  if (!target) return undefined;
  return policy.find((entry) => {
    if (entry.host) {
      const host = entry.host.toLowerCase();
      return target.host === host || target.host.endsWith(`.${host}`);
    }
    const prefix = entry.urlPrefix ? parse(entry.urlPrefix) : undefined;
    if (!prefix || prefix.host !== target.host) return false;
    const wanted = prefix.path.replace(/\/+$/, '');
    if (wanted === '') return true;
    if (!target.path.startsWith(wanted)) return false;
    const next = target.path.charAt(wanted.length);
    return next === '' || next === '/' || next === '?' || next === '#' || prefix.path.endsWith('/');
  });
}

/** Every string in a YAML value with its dotted field path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], path ? `${path}.${i}` : String(i));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) yield* strings(inner, path ? `${path}.${key}` : key);
  }
}

/** Every loaded entry whose fields (and MDX body) the policy applies to, with a prefix for list files. */
function entries(content: ContentSet): Array<{ entry: LoadedEntry<unknown>; prefix: string }> {
  const one = (entry: LoadedEntry<unknown> | undefined) => (entry ? [{ entry, prefix: '' }] : []);
  return [
    // categories.yaml is a list: each entry is one item, so its field paths start with its index.
    ...content.categories.map((entry, index) => ({ entry: entry as LoadedEntry<unknown>, prefix: String(index) })),
    ...[
      ...content.components,
      ...content.guides,
      ...content.releases,
      ...content.datasets,
      ...content.matrices,
      ...content.providers,
      ...content.advisories,
      ...content.provenance,
    ].map((entry) => ({ entry: entry as LoadedEntry<unknown>, prefix: '' })),
    ...one(content.surveyTable),
    ...one(content.conformance),
    ...one(content.conformanceImplementations),
  ];
}

function describe(entry: RejectedSource, policyFile: string, url: string): string {
  const what = entry.host ? `host ${entry.host}` : `prefix ${entry.urlPrefix}`;
  return `${url} is rejected by ${policyFile} (${what}: ${entry.reason}). ${entry.note}`;
}

export const sourceRules: ContentRule[] = [
  {
    name: 'sources-not-rejected',
    description: 'No URL anywhere in content/ points at a host or URL prefix that content/source-policy.yaml rejects.',
    check: (content) => {
      const policy = content.sourcePolicy;
      const rejected = list(record(policy?.raw).rejected).flatMap((item): RejectedSource[] => {
        const r = record(item);
        const host = text(r.host);
        const urlPrefix = text(r.urlPrefix);
        if (!host === !urlPrefix) return [];
        return [{ host, urlPrefix, reason: (text(r.reason) ?? 'mirror') as RejectedSource['reason'], note: text(r.note) ?? '' }];
      });
      if (!policy || rejected.length === 0) return [];
      const problems: Problem[] = [];
      for (const { entry, prefix } of entries(content)) {
        // A list file (implementations.yaml) has no mapping at the top, so its data is walked instead.
        const value = Object.keys(entry.raw).length > 0 ? entry.raw : entry.data;
        for (const [field, s] of strings(value, prefix)) {
          for (const url of urlsIn(s)) {
            const hit = rejectionFor(url, rejected);
            if (hit) problems.push({ file: entry.file, field: field || '(file)', message: describe(hit, policy.file, url) });
          }
        }
        if (entry.body) {
          entry.body.split('\n').forEach((line, index) => {
            for (const url of urlsIn(line)) {
              const hit = rejectionFor(url, rejected);
              if (hit) problems.push({ file: entry.file, field: `(body, line ${(entry.bodyLine ?? 1) + index})`, message: describe(hit, policy.file, url) });
            }
          });
        }
      }
      return problems;
    },
  },
];
