import yaml from 'js-yaml';
import { isImported, keepCited, keptList, readExisting } from './lib/content-files.ts';
import type { ContentPlan } from './lib/plan.ts';
import { ImportStopped, problemsFor, type SyncProblem } from './lib/problems.ts';
import { provenanceRecord } from './lib/provenance.ts';
import { label, newest, type FileVersion, type UpstreamCopy } from './lib/source.ts';
import { blobUrl, compareLines, isIsoDay, isRecord, parseLine, show } from './lib/values.ts';
import { compact, emitDocument } from './lib/yaml-out.ts';

/**
 * Imports managed Kubernetes support windows from endoflife.date's product files into
 * content/providers/<id>.yaml. A product counts when its frontmatter tags it `managed-kubernetes`
 * (Amazon EKS, Azure AKS, Google GKE, Alibaba ACK today). Per Kubernetes line it keeps the day the
 * provider made it available (`releaseDate`), the end of standard support (`eol`) and the end of
 * paid extended support (`eoes`). GKE's `eoas` is left out: endoflife.date derives it from `eol`
 * itself (two months earlier, to the month's end), so it is not a fact Google states.
 *
 * endoflife-date/release-data also has releases/<product>.json for EKS and AKS; on the copies
 * checked they repeat the same windows, so they are not read.
 */

export const PROVIDER_REPO = 'endoflife-date/endoflife.date';
const TAG = 'managed-kubernetes';

export interface ProviderReport {
  providers: { id: string; windows: number }[];
}

const HEADER = (name: string) => [
  `${name}: how long it supports each Kubernetes minor version.`,
  'Written by `npm run sync` (scripts/sync/providers.ts) from endoflife.date, which tracks the',
  "provider's own pages (see `policy`). Edit by hand only `notes` and the sources they cite.",
];

function frontmatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error('has no frontmatter between two "---" lines');
  return yaml.load(match[1] ?? '', { schema: yaml.FAILSAFE_SCHEMA });
}

/** Product files tagged managed-kubernetes, found without parsing every product. */
function productPaths(copy: UpstreamCopy): string[] {
  return copy.grep('products', '.md', `^tags:.*${TAG}`).filter((path) => {
    const text = newest(copy, path)?.text ?? '';
    return new RegExp(`^tags:.*\\b${TAG}\\b`, 'm').test(text.split(/\r?\n---/)[0] ?? '');
  });
}

/** Plans one file per provider. Checks every product file first; throws ImportStopped on problems. */
export function planProviders(inputs: { endoflife: UpstreamCopy }, plan: ContentPlan, options: { today: string }): ProviderReport {
  const copy = inputs.endoflife;
  const problems: SyncProblem[] = [];
  const paths = productPaths(copy);
  if (paths.length === 0) problems.push({ file: label(copy, 'products/'), entry: '(folder)', message: `has no product tagged ${TAG} in the copy at ${copy.location}` });
  const outputs = new Map<string, string>();
  const used: FileVersion[] = [];
  const report: ProviderReport = { providers: [] };
  for (const path of paths) {
    const version = newest(copy, path)!;
    const problem = problemsFor(label(copy, path), problems);
    const before = problems.length;
    const id = path.slice('products/'.length, -'.md'.length);
    const limit = version.snapshot && version.snapshot < options.today ? { day: version.snapshot, what: `the snapshot day ${version.snapshot}` } : { day: options.today, what: `today (${options.today})` };
    let data: unknown;
    try {
      data = frontmatter(version.text);
    } catch (error) {
      problem('(frontmatter)', (error as Error).message.split('\n')[0] ?? 'could not be read');
      continue;
    }
    if (!isRecord(data)) {
      problem('(frontmatter)', 'expected a mapping of fields');
      continue;
    }
    if (typeof data.title !== 'string' || !data.title) problem('title', 'is missing; expected the product name');
    if (typeof data.releasePolicyLink !== 'string' || !/^https:\/\/\S+$/.test(data.releasePolicyLink)) problem('releasePolicyLink', `expected the provider's https:// policy page; found ${show(data.releasePolicyLink)}`);
    const releases = Array.isArray(data.releases) ? data.releases : undefined;
    if (!releases || releases.length === 0) problem('releases', 'is missing; expected a list of Kubernetes versions');
    const windows: Record<string, unknown>[] = [];
    const key = `eold-${id}`;
    (releases ?? []).forEach((r, i) => {
      if (!isRecord(r)) return problem(`releases.${i}`, `expected a mapping; found ${show(r)}`);
      const line = parseLine(r.releaseCycle);
      if (!line || line.major !== 1) return problem(`releases.${i}.releaseCycle`, `expected a Kubernetes line such as "1.33"; found ${show(r.releaseCycle)}`);
      const where = `releases[${line.text}]`;
      const day = (field: string, required: boolean, past: boolean): string | undefined => {
        const value = r[field];
        if (value === undefined) return void (required && problem(`${where}.${field}`, 'is missing; expected a day written YYYY-MM-DD'));
        if (!isIsoDay(value)) return void problem(`${where}.${field}`, `expected a day written YYYY-MM-DD; found ${show(value)}`);
        if (past && value > limit.day) return void problem(`${where}.${field}`, `${value} is in the future: after ${limit.what}`);
        return value;
      };
      const available = day('releaseDate', true, true);
      const endOfSupport = day('eol', true, false);
      const endOfExtendedSupport = day('eoes', false, false);
      const link = typeof r.link === 'string' && /^https:\/\/\S+$/.test(r.link) ? r.link : undefined;
      if (r.link !== undefined && !link) problem(`${where}.link`, `expected an https:// URL; found ${show(r.link)}`);
      if (available && endOfSupport) windows.push(compact({ line: line.text, available, endOfSupport, endOfExtendedSupport, link, source: key }));
    });
    if (problems.length > before) continue;
    windows.sort((a, b) => compareLines(String(b.line), String(a.line)));
    const target = `content/providers/${id}.yaml`;
    const existing = readExisting(plan, target, problems);
    const notes = keptList(existing?.notes);
    const sources: Record<string, unknown> = Object.fromEntries(Object.entries(isRecord(existing?.sources) ? existing.sources : {}).filter(([, s]) => !isImported(s)));
    sources[key] = {
      url: blobUrl(copy.repository, version.commit, path),
      title: `${copy.repository} ${path}: ${data.title} support dates per Kubernetes version`,
      upstream: compact({ importer: 'providers', repository: copy.repository, path, commit: version.commit, committed: version.committed }),
    };
    const policy = { url: data.releasePolicyLink as string, source: key };
    outputs.set(
      target,
      emitDocument(HEADER(data.title as string), [
        { key: 'id', value: id },
        { key: 'name', value: data.title },
        { key: 'policy', value: policy },
        { key: 'sources', value: keepCited(sources, { policy, windows, notes }), style: 'map' },
        { key: 'windows', value: windows, style: 'list' },
        ...(notes ? [{ key: 'notes', value: notes, style: 'list' as const }] : []),
      ]),
    );
    used.push(version);
    report.providers.push({ id, windows: windows.length });
  }
  if (problems.length) throw new ImportStopped(problems);
  for (const [path, text] of outputs) plan.write(path, text);
  plan.write('content/provenance/providers.yaml', provenanceRecord('providers', [{ copy, files: used }]));
  return report;
}
