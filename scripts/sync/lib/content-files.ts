import yaml from 'js-yaml';
import type { ContentPlan } from './plan.ts';
import type { SyncProblem } from './problems.ts';
import { isRecord } from './values.ts';

/**
 * Reading the target files an importer rewrites, to keep what people wrote by hand in them.
 * The core schema leaves dates as text, so what is kept is written back exactly as it was.
 */
export function readExisting(plan: ContentPlan, path: string, problems: SyncProblem[]): Record<string, unknown> | undefined {
  const text = plan.read(path);
  if (text === undefined) return undefined;
  try {
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    if (isRecord(data)) return data;
    problems.push({ file: path, entry: '(file)', message: 'expected a YAML mapping; fix the file by hand, then import again' });
  } catch (error) {
    problems.push({ file: path, entry: '(file)', message: `YAML could not be read (${(error as Error).message.split('\n')[0]}); fix the file by hand, then import again` });
  }
  return undefined;
}

/** Every source key a document cites: the `source` members anywhere outside `sources`. */
export function citedKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => citedKeys(v, into));
  else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources') continue;
      if (k === 'source' && typeof v === 'string') into.add(v);
      else citedKeys(v, into);
    }
  }
  return into;
}

/** The sources a document still cites, in key order, so unused ones drop out. */
export function keepCited(sources: Record<string, unknown>, document: unknown): Record<string, unknown> {
  const cited = citedKeys(document);
  return Object.fromEntries(Object.entries(sources).filter(([k]) => cited.has(k)).sort(([a], [b]) => a.localeCompare(b)));
}

/** True for a source entry an importer wrote (it carries `upstream`), optionally a given importer's. */
export function isImported(source: unknown, importer?: string): boolean {
  return isRecord(source) && isRecord(source.upstream) && (importer === undefined || source.upstream.importer === importer);
}

/** A hand-written list (notes) as found, or undefined when there is none. */
export function keptList(value: unknown): unknown[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value : undefined;
}
