import { basename } from 'node:path';
import { isImported, keepCited, keptList, readExisting } from './lib/content-files.ts';
import { cvss3BaseScore } from './lib/cvss.ts';
import type { ContentPlan } from './lib/plan.ts';
import { ImportStopped, problemsFor, type SyncProblem } from './lib/problems.ts';
import { provenanceRecord } from './lib/provenance.ts';
import { label, type FileVersion, type UpstreamCopy } from './lib/source.ts';
import { blobUrl, dayOfTimestamp, isRecord, parseVersion, show } from './lib/values.ts';
import { compact, emitDocument } from './lib/yaml-out.ts';
import { emitReleaseLine, FIRST_MINOR } from './releases.ts';

/**
 * Imports the official Kubernetes CVE feed in OSV form (kubernetes-sigs/cve-feed-osv, vulns/*.json).
 *
 * - Every CVE goes to content/advisories/<component>.yaml: Kubernetes' own packages (k8s.io/kubelet,
 *   k8s.io/apiserver, …) to kubernetes.yaml, anything else (ingress-nginx, image-builder, CSI
 *   drivers, …) to a file named after the component, for that component's page.
 * - A Kubernetes CVE's `fixed` versions are attached as fixes to those patch releases in
 *   content/releases/<x.y>.yaml. A `last_affected` bound is kept in the advisory but attaches
 *   nothing: the feed does not say that the next patch release fixed it (for some CVEs none did).
 * - When a copy holds several versions of one file, the one with the latest `modified` counts; on
 *   a tie the one from the later layer of the copy.
 */

export const CVE_REPO = 'kubernetes-sigs/cve-feed-osv';
const FOLDER = 'vulns';

/** Packages of Kubernetes itself, as the feed names them. */
export const KUBERNETES_PACKAGES = new Set([
  'k8s.io/kubernetes',
  'k8s.io/apiserver',
  'k8s.io/kube-apiserver',
  'k8s.io/kubelet',
  'k8s.io/kubectl',
  'k8s.io/controller-manager',
  'k8s.io/kube-controller-manager',
  'k8s.io/client-go',
  'k8s.io/kube-proxy',
  'k8s.io/kube-scheduler',
  'k8s.io/kubeadm',
  'k8s.io/cloud-controller-manager',
  'k8s.io/api',
  'k8s.io/apimachinery',
]);

/** Feed names that are not their project's usual id; the id is the project's repository name. */
const COMPONENT_ALIASES: Record<string, string> = {
  'csi-driver-for-nfs': 'csi-driver-nfs',
  'csharp-client': 'kubernetes-client-csharp',
};

/** The component a feed package belongs to: "kubernetes", or an id such as "ingress-nginx". */
export function componentOf(pkg: string): string {
  if (KUBERNETES_PACKAGES.has(pkg)) return 'kubernetes';
  const last = pkg.split('/').filter(Boolean).at(-1) ?? pkg;
  const id = last
    .toLowerCase()
    .replace(/^kubernetes[\s-]+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return COMPONENT_ALIASES[id] ?? id;
}

export interface CveReport {
  advisories: number;
  kubernetes: number;
  components: string[];
  fixesAttached: number;
  /** Kubernetes CVEs the feed gives no fixed version for. */
  withoutFix: string[];
  warnings: string[];
}

type Range = { introduced: string; fixed?: string; lastAffected?: string };

interface Parsed {
  id: string;
  summary: string;
  published: string;
  modified: string;
  advisory: string;
  /** Per component: packages, ranges and the best severity. */
  byComponent: Map<string, { packages: string[]; ranges: Range[]; severity?: { vector: string; score?: number; rating?: string } }>;
  version: FileVersion;
}

/** A semantic version as the feed writes it, without a leading "v" (pre-releases allowed). */
function semver(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(value);
  return m?.[1];
}

const sourceKey = (id: string) => `osv-${id.toLowerCase()}`;

function sourceEntry(copy: UpstreamCopy, version: FileVersion) {
  return {
    url: blobUrl(copy.repository, version.commit, version.path),
    title: `${copy.repository} ${version.path}: the official Kubernetes CVE feed's record`,
    upstream: compact({ importer: 'cves', repository: copy.repository, path: version.path, commit: version.commit, committed: version.committed }),
  };
}

/** Reads one feed file; every problem is reported, and undefined returned when it is unusable. */
function parseAdvisory(copy: UpstreamCopy, version: FileVersion, data: Record<string, unknown>, today: string, problems: SyncProblem[]): Parsed | undefined {
  const problem = problemsFor(label(copy, version.path), problems);
  const before = problems.length;
  const limit = version.snapshot && version.snapshot < today ? { day: version.snapshot, what: `the snapshot day ${version.snapshot}` } : { day: today, what: `today (${today})` };
  const id = typeof data.id === 'string' ? data.id : undefined;
  if (!id) problem('id', 'is missing; expected the CVE id');
  else if (!/^CVE-\d{4}-\d{4,}$/.test(id)) problem('id', `expected a CVE id such as CVE-2025-0426; found ${show(id)}`);
  else if (basename(version.path, '.json') !== id) problem('id', `is ${id} but the file is ${basename(version.path)}`);
  if (typeof data.summary !== 'string' || !data.summary.trim()) problem('summary', 'is missing; expected the one-line title of the CVE');
  const days: Record<string, string> = {};
  for (const field of ['published', 'modified']) {
    const day = dayOfTimestamp(data[field]);
    if (data[field] === undefined) problem(field, 'is missing; expected a timestamp such as 2025-02-06T20:03:44Z');
    else if (!day) problem(field, `expected a timestamp such as 2025-02-06T20:03:44Z; found ${show(data[field])}`);
    else if (day > limit.day) problem(field, `${data[field]} is in the future: after ${limit.what}`);
    else days[field] = day;
  }
  const refs = Array.isArray(data.references) ? data.references : [];
  const urls: string[] = [];
  refs.forEach((r, i) => {
    if (!isRecord(r) || typeof r.url !== 'string' || !/^https:\/\/\S+$/.test(r.url)) problem(`references.${i}.url`, `expected an https:// URL; found ${show(isRecord(r) ? r.url : r)}`);
    else urls.push(r.url);
  });
  const advisory = urls.find((u) => u.startsWith('https://github.com/kubernetes/')) ?? urls[0];
  if (!advisory) problem('references', 'is missing; expected at least one advisory link');
  const byComponent: Parsed['byComponent'] = new Map();
  const affected = Array.isArray(data.affected) ? data.affected : undefined;
  if (!affected || affected.length === 0) problem('affected', 'is missing; expected at least one affected package');
  (affected ?? []).forEach((a, i) => {
    const where = `affected.${i}`;
    if (!isRecord(a)) return problem(where, `expected a mapping; found ${show(a)}`);
    const pkg = isRecord(a.package) ? a.package.name : undefined;
    if (typeof pkg !== 'string' || !pkg.replace(/\//g, '').trim()) return problem(`${where}.package.name`, `is missing; expected the affected package, such as k8s.io/kubelet; found ${show(pkg)}`);
    const component = componentOf(pkg);
    if (!component) return problem(`${where}.package.name`, `${show(pkg)} names no component`);
    const entry = byComponent.get(component) ?? { packages: [], ranges: [] };
    if (!entry.packages.includes(pkg)) entry.packages.push(pkg);
    (Array.isArray(a.severity) ? a.severity : []).forEach((s, j) => {
      if (!isRecord(s) || typeof s.score !== 'string') return problem(`${where}.severity.${j}`, `expected a type and a CVSS vector; found ${show(s)}`);
      if (s.type === 'CVSS_V3') {
        const base = cvss3BaseScore(s.score);
        if (!base) return problem(`${where}.severity.${j}.score`, `${show(s.score)} is not a CVSS v3 vector`);
        if (entry.severity?.score === undefined || base.score > entry.severity.score) entry.severity = { vector: s.score, ...base };
      } else if (s.type === 'CVSS_V4') {
        if (!/^CVSS:4\.\d\//.test(s.score)) return problem(`${where}.severity.${j}.score`, `${show(s.score)} is not a CVSS v4 vector`);
        if (!entry.severity) entry.severity = { vector: s.score };
      } else problem(`${where}.severity.${j}.type`, `expected CVSS_V3 or CVSS_V4; found ${show(s.type)}`);
    });
    (Array.isArray(a.ranges) ? a.ranges : []).forEach((r, j) => {
      const at = `${where}.ranges.${j}`;
      if (!isRecord(r) || !Array.isArray(r.events)) return problem(at, 'expected a range with a list of events');
      if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM') problem(`${at}.type`, `expected SEMVER or ECOSYSTEM; found ${show(r.type)}`);
      let open: Range | undefined;
      r.events.forEach((e, k) => {
        const keys = isRecord(e) ? Object.keys(e) : [];
        const kind = keys[0];
        if (!isRecord(e) || keys.length !== 1 || !kind || !['introduced', 'fixed', 'last_affected'].includes(kind)) {
          return problem(`${at}.events.${k}`, `expected one of introduced, fixed or last_affected; found ${show(e)}`);
        }
        const raw = e[kind];
        const value = raw === '0' ? '0' : semver(raw);
        if (!value) return problem(`${at}.events.${k}.${kind}`, `${show(raw)} is not a version string such as 1.29.14 (or "0")`);
        if (kind === 'introduced') {
          if (open) entry.ranges.push(open);
          open = { introduced: value };
        } else {
          const range: Range = open ?? { introduced: '0' };
          if (kind === 'fixed') range.fixed = value;
          else range.lastAffected = value;
          entry.ranges.push(range);
          open = undefined;
        }
      });
      if (open) entry.ranges.push(open);
    });
    const seen = new Set<string>();
    entry.ranges = entry.ranges.filter((rg) => {
      const k = JSON.stringify(rg);
      return !seen.has(k) && seen.add(k);
    });
    byComponent.set(component, entry);
  });
  if (problems.length > before || !id || !advisory || !days.published || !days.modified) return undefined;
  return { id, summary: (data.summary as string).trim(), published: days.published, modified: days.modified, advisory, byComponent, version };
}

/** The version of a feed file that counts: the latest `modified`, then the later layer. */
function choose(copy: UpstreamCopy, path: string, problems: SyncProblem[]): { version: FileVersion; data: Record<string, unknown> } | undefined {
  let best: { version: FileVersion; data: Record<string, unknown>; modified: number } | undefined;
  for (const version of copy.versions(path)) {
    let data: unknown;
    try {
      data = JSON.parse(version.text);
    } catch (error) {
      problems.push({ file: label(copy, path), entry: '(file)', message: `is not valid JSON (${version.origin}): ${(error as Error).message}` });
      continue;
    }
    if (!isRecord(data)) {
      problems.push({ file: label(copy, path), entry: '(file)', message: 'expected a JSON object' });
      continue;
    }
    const modified = typeof data.modified === 'string' ? Date.parse(data.modified) : Number.NaN;
    const rank = Number.isNaN(modified) ? -Infinity : modified;
    if (!best || rank >= best.modified) best = { version, data, modified: rank };
  }
  return best;
}

const HEADER = (component: string) => [
  `Security advisories for ${component === 'kubernetes' ? 'Kubernetes itself' : component}, from the official Kubernetes CVE feed (OSV form).`,
  'Written by `npm run sync` (scripts/sync/cves.ts); each advisory names the feed file and commit it',
  'was read from. Edit by hand only `notes` and the sources they cite; the importer keeps those.',
];

/**
 * Plans content/advisories/*.yaml and the `fixes` of every release-line file. Checks every feed
 * file first and throws ImportStopped with all problems found; plans nothing in that case.
 */
export function planCves(inputs: { feed: UpstreamCopy }, plan: ContentPlan, options: { today: string }): CveReport {
  const { feed } = inputs;
  const problems: SyncProblem[] = [];
  const paths = feed.list(FOLDER, '.json');
  if (paths.length === 0) problems.push({ file: label(feed, `${FOLDER}/`), entry: '(folder)', message: `has no .json files in the copy at ${feed.location}` });
  const parsed: Parsed[] = [];
  for (const path of paths) {
    const chosen = choose(feed, path, problems);
    if (!chosen) continue;
    const advisory = parseAdvisory(feed, chosen.version, chosen.data, options.today, problems);
    if (advisory) parsed.push(advisory);
  }
  if (problems.length) throw new ImportStopped(problems);

  const report: CveReport = { advisories: parsed.length, kubernetes: 0, components: [], fixesAttached: 0, withoutFix: [], warnings: [] };
  const byComponent = new Map<string, { advisory: Record<string, unknown>; source: [string, unknown] }[]>();
  // Fixes per release file, per patch number.
  const fixes = new Map<string, Map<number, { cve: string; source: string }[]>>();
  const fixSources = new Map<string, Map<string, unknown>>();
  for (const a of parsed.sort((x, y) => y.published.localeCompare(x.published) || x.id.localeCompare(y.id))) {
    const key = sourceKey(a.id);
    const source = sourceEntry(feed, a.version);
    for (const [component, entry] of a.byComponent) {
      const advisory = compact({
        id: a.id,
        summary: a.summary,
        severity: entry.severity ? compact(entry.severity) : undefined,
        published: a.published,
        modified: a.modified,
        advisory: a.advisory,
        packages: entry.packages,
        ranges: entry.ranges.map((r) => compact(r)),
        source: key,
      });
      byComponent.set(component, [...(byComponent.get(component) ?? []), { advisory, source: [key, source] }]);
      if (component !== 'kubernetes') continue;
      report.kubernetes += 1;
      const fixed = entry.ranges.filter((r) => r.fixed && r.fixed !== r.introduced);
      if (fixed.length === 0) report.withoutFix.push(a.id);
      for (const r of fixed) {
        const v = parseVersion(r.fixed);
        if (!v) {
          report.warnings.push(`${a.id}: fixed in ${r.fixed}, which is not a Kubernetes release; not attached`);
          continue;
        }
        if (v.major !== 1 || v.minor < FIRST_MINOR) continue;
        const path = `content/releases/${v.line}.yaml`;
        const perPatch = fixes.get(path) ?? new Map<number, { cve: string; source: string }[]>();
        const list = perPatch.get(v.patch) ?? [];
        if (!list.some((f) => f.cve === a.id)) list.push({ cve: a.id, source: key });
        perPatch.set(v.patch, list);
        fixes.set(path, perPatch);
        const sources = fixSources.get(path) ?? new Map<string, unknown>();
        sources.set(key, source);
        fixSources.set(path, sources);
      }
    }
  }

  // Release files: the fixes are this importer's; everything else is kept exactly as found.
  const releaseFiles = plan.list('content/releases', '.yaml');
  const outputs = new Map<string, string>();
  for (const path of new Set([...releaseFiles, ...fixes.keys()])) {
    const perPatch = fixes.get(path) ?? new Map();
    const existing = readExisting(plan, path, problems);
    if (!existing) {
      if (!releaseFiles.includes(path)) {
        for (const [patch, list] of perPatch) report.warnings.push(`${list.map((f: { cve: string }) => f.cve).join(', ')}: fixed in ${path.slice(17, -5)}.${patch}, a line with no release file; not attached`);
      }
      continue;
    }
    const patches = Array.isArray(existing.patches) ? existing.patches.filter(isRecord) : [];
    const numbers = new Set(patches.map((p) => p.patch));
    for (const [patch, list] of perPatch) {
      if (!numbers.has(patch)) report.warnings.push(`${list.map((f: { cve: string }) => f.cve).join(', ')}: fixed in ${existing.line}.${patch}, which the tag data does not list yet; not attached`);
    }
    const sources = Object.fromEntries(Object.entries(isRecord(existing.sources) ? existing.sources : {}).filter(([, s]) => !isImported(s, 'cves')));
    for (const [k, s] of fixSources.get(path) ?? []) sources[k] = s;
    const updated = patches.map((p) => {
      const list = (perPatch.get(p.patch as number) ?? []).sort((x: { cve: string }, y: { cve: string }) => x.cve.localeCompare(y.cve));
      report.fixesAttached += list.length;
      const { fixes: _old, flags, ...rest } = p;
      return compact({ ...rest, fixes: list.length ? list : undefined, flags });
    });
    outputs.set(path, emitReleaseLine({ ...existing, sources, patches: updated }));
  }

  // Advisory files, one per component; a stale imported file goes unless it has notes.
  const advisoryFiles = new Map<string, string>();
  for (const [component, list] of [...byComponent.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const path = `content/advisories/${component}.yaml`;
    const existing = readExisting(plan, path, problems);
    const notes = keptList(existing?.notes);
    const sources: Record<string, unknown> = Object.fromEntries(Object.entries(isRecord(existing?.sources) ? existing.sources : {}).filter(([, s]) => !isImported(s)));
    for (const { source: [k, s] } of list) sources[k] = s;
    const advisories = list.map((l) => l.advisory);
    advisoryFiles.set(
      path,
      emitDocument(HEADER(component), [
        { key: 'component', value: component },
        { key: 'sources', value: keepCited(sources, { advisories, notes }), style: 'map' },
        { key: 'advisories', value: advisories, style: 'list' },
        ...(notes ? [{ key: 'notes', value: notes, style: 'list' as const }] : []),
      ]),
    );
    if (component !== 'kubernetes') report.components.push(component);
  }
  const stale: string[] = [];
  for (const path of plan.list('content/advisories', '.yaml')) {
    if (advisoryFiles.has(path)) continue;
    const existing = readExisting(plan, path, problems);
    if (keptList(existing?.notes)) report.warnings.push(`${path}: the feed no longer lists this component, but the file has notes, so it was kept`);
    else stale.push(path);
  }
  if (problems.length) throw new ImportStopped(problems);
  for (const [path, text] of [...outputs, ...advisoryFiles]) plan.write(path, text);
  for (const path of stale) plan.remove(path);
  plan.write('content/provenance/cves.yaml', provenanceRecord('cves', [{ copy: feed, files: parsed.map((a) => a.version) }]));
  return report;
}
