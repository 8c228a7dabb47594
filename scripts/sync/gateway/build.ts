/**
 * Turns the files of conformance/reports/ into the content of content/conformance/gateway-api.yaml.
 * Pure: it reads nothing from disk and gives the same output for the same files in any order.
 */
import yaml from 'js-yaml';
import {
  gatewayApiConformanceSchema,
  gatewayApiProfiles,
  type ConformanceImplementation,
  type ConformanceResult,
  type GatewayApiConformance,
  type ImplementationResult,
  type LevelResult,
  type ProfileResult,
  type ReportRef,
  type VersionResult,
} from '../../../src/schemas/conformance.ts';
import { minorOf, readReport, reportWarnings, type SyncProblem, type UpstreamProfile, type UpstreamReport } from './reports.ts';

export const REPOSITORY = 'https://github.com/kubernetes-sigs/gateway-api';
export const REPORTS_PATH = 'conformance/reports';

/** What the importer reads: report files with their text, and symbolic links with their targets. */
export interface ReportTree {
  files: { path: string; text: string }[];
  symlinks: { path: string; target: string }[];
}

/** The commit the files were read at, and its date. */
export interface Provenance {
  commit: string;
  date: string;
}

export interface BuildResult {
  /** The data to write; absent when any problem was found. */
  data?: GatewayApiConformance;
  problems: SyncProblem[];
  /** Oddities worth a look that do not stop the import. */
  warnings: string[];
}

/** A report that passed its checks, with where it lives. */
interface Candidate {
  path: string;
  folder: string;
  report: UpstreamReport;
}

/** Code-point order, so the output never depends on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNames(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

interface ParsedVersion {
  core: number[];
  prerelease: string[];
}

/** Reads "v1.20.0-pre.2", "3.7" or "1.35.2-gke.1751000" loosely as semver; undefined when it is not. */
function parseVersion(version: string): ParsedVersion | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
  if (!match) return undefined;
  return { core: [match[1], match[2], match[3]].map((n) => Number(n ?? 0)), prerelease: match[4] ? match[4].split('.') : [] };
}

/** Semver precedence; a version that cannot be read sorts below every one that can. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : compareText(a, b);
  for (let i = 0; i < 3; i++) {
    const d = (pa.core[i] ?? 0) - (pb.core[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  // A release outranks its pre-releases.
  if (!pa.prerelease.length || !pb.prerelease.length) return Math.sign(pb.prerelease.length - pa.prerelease.length);
  for (let i = 0; i < Math.max(pa.prerelease.length, pb.prerelease.length); i++) {
    const x = pa.prerelease[i];
    const y = pb.prerelease[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = /^\d+$/.test(x) ? Number(x) : undefined;
    const ny = /^\d+$/.test(y) ? Number(y) : undefined;
    if (nx !== undefined && ny !== undefined) {
      if (nx !== ny) return Math.sign(nx - ny);
    } else if (nx !== undefined || ny !== undefined) {
      return nx !== undefined ? -1 : 1;
    } else if (x !== y) {
      return compareText(x, y);
    }
  }
  return 0;
}

const severity: Record<ConformanceResult, number> = { success: 0, partial: 1, failure: 2 };

/** A profile succeeds only when its core and its extended tests both succeeded. */
export function profileResult(profile: UpstreamProfile): ConformanceResult {
  const core = profile.core.result;
  const extended = profile.extended?.result;
  return extended !== undefined && severity[extended] > severity[core] ? extended : core;
}

function passedTests(report: UpstreamReport): number {
  return report.profiles.reduce((sum, p) => sum + p.core.statistics.Passed + (p.extended?.statistics.Passed ?? 0), 0);
}

function successfulProfiles(report: UpstreamReport): number {
  return report.profiles.filter((p) => profileResult(p) === 'success').length;
}

/**
 * The pick rule for several reports of one implementation for one Gateway API version, best
 * first: the newest implementation version; then the most profiles that fully succeeded; then
 * mode "default", which is what an installation gets unless set up otherwise; then the most
 * tests passed; then the newest report date; then the path, so the choice is always the same.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    compareVersions(b.report.implementation.version, a.report.implementation.version) ||
    successfulProfiles(b.report) - successfulProfiles(a.report) ||
    Number(b.report.mode === 'default') - Number(a.report.mode === 'default') ||
    passedTests(b.report) - passedTests(a.report) ||
    Date.parse(b.report.date) - Date.parse(a.report.date) ||
    compareText(a.path, b.path)
  );
}

export const PICK_RULE =
  'newest implementation version, then most profiles fully successful, then mode "default", then most tests passed, then newest report date, then path';

function sorted(list: string[] | undefined): string[] | undefined {
  return list && list.length ? [...list].sort(compareText) : undefined;
}

function level(status: UpstreamProfile['core']): LevelResult {
  const out: LevelResult = {
    result: status.result,
    passed: status.statistics.Passed,
    failed: status.statistics.Failed,
    skipped: status.statistics.Skipped,
  };
  const skippedTests = sorted(status.skippedTests);
  const failedTests = sorted(status.failedTests);
  if (skippedTests) out.skippedTests = skippedTests;
  if (failedTests) out.failedTests = failedTests;
  return out;
}

function profile(p: UpstreamProfile): ProfileResult {
  const out: ProfileResult = { name: p.name, result: profileResult(p), summary: p.summary, core: level(p.core) };
  if (p.extended) {
    out.extended = {
      ...level(p.extended),
      supportedFeatures: sorted(p.extended.supportedFeatures) ?? [],
      unsupportedFeatures: sorted(p.extended.unsupportedFeatures) ?? [],
    };
  }
  return out;
}

/** The report file on GitHub at the commit it was read at. */
export function reportUrl(commit: string, path: string): string {
  return `${REPOSITORY}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

function reportRef(candidate: Candidate, commit: string): ReportRef {
  const { report } = candidate;
  return {
    path: candidate.path,
    url: reportUrl(commit, candidate.path),
    implementationVersion: report.implementation.version,
    gatewayAPIVersion: report.gatewayAPIVersion,
    channel: report.gatewayAPIChannel,
    mode: report.mode,
    date: report.date,
  };
}

function implementationKey(report: UpstreamReport): string {
  return `${report.implementation.organization}\u0000${report.implementation.project}`;
}

/** One implementation's entry from all its reports for a version. */
function implementationResult(candidates: Candidate[], commit: string): ImplementationResult {
  const [best, ...rest] = [...candidates].sort(compareCandidates);
  const { implementation } = best!.report;
  const order = (name: string) => gatewayApiProfiles.indexOf(name as never);
  return {
    organization: implementation.organization,
    project: implementation.project,
    folder: best!.folder,
    url: implementation.url,
    report: reportRef(best!, commit),
    profiles: best!.report.profiles.map(profile).sort((a, b) => order(a.name) - order(b.name)),
    otherReports: rest.map((c) => reportRef(c, commit)).sort((a, b) => compareText(a.path, b.path)),
  };
}

/** A Gateway API minor line and every folder that holds its reports. */
interface MinorLine {
  version: string;
  major: number;
  minor: number;
  folders: string[];
  aliases: string[];
  /** Report files (`<folder>/<implementation>/<name>.yaml`) with their implementation folder. */
  files: { path: string; folder: string; text: string }[];
}

const REPORT_FILE = /^conformance\/reports\/([^/]+)\/([^/]+)\/[^/]+\.ya?ml$/;

/** Groups report files by minor line: v1.6 alone, or v1.4.0 and v1.4.1 together. */
function minorLines(tree: ReportTree, warnings: string[]): MinorLine[] {
  const lines = new Map<string, MinorLine>();
  const lineFor = (folderName: string): MinorLine | undefined => {
    const version = minorOf(folderName);
    if (!version) return undefined;
    let line = lines.get(version);
    if (!line) {
      const [major, minor] = version.slice(1).split('.').map(Number) as [number, number];
      line = { version, major, minor, folders: [], aliases: [], files: [] };
      lines.set(version, line);
    }
    return line;
  };
  const realFolders = new Set<string>();
  for (const file of tree.files) {
    const match = REPORT_FILE.exec(file.path);
    if (!match) continue;
    const [, folderName, implementationFolder] = match as unknown as [string, string, string];
    const line = lineFor(folderName);
    if (!line) {
      warnings.push(`${file.path}: skipped, ${folderName} is not a Gateway API version folder`);
      continue;
    }
    realFolders.add(`${REPORTS_PATH}/${folderName}`);
    if (!line.folders.includes(`${REPORTS_PATH}/${folderName}`)) line.folders.push(`${REPORTS_PATH}/${folderName}`);
    line.files.push({ path: file.path, folder: implementationFolder, text: file.text });
  }
  // Upstream keeps v1.5.0, v1.5.1 and v1.6.0 as links to v1.5 and v1.6 so old links still work;
  // they are recorded as aliases and never read twice.
  for (const link of tree.symlinks) {
    const target = link.target.includes('/') ? link.target : `${REPORTS_PATH}/${link.target}`;
    const line = realFolders.has(target) ? lineFor(target.slice(REPORTS_PATH.length + 1)) : undefined;
    if (line && link.path.startsWith(`${REPORTS_PATH}/`)) line.aliases.push(link.path);
    else warnings.push(`${link.path}: skipped, a link to ${link.target}`);
  }
  for (const line of lines.values()) {
    line.folders.sort(compareText);
    line.aliases.sort(compareText);
    line.files.sort((a, b) => compareText(a.path, b.path));
  }
  return [...lines.values()].sort((a, b) => b.major - a.major || b.minor - a.minor);
}

/** Reads and checks a set of report files; problems and warnings are appended. */
function candidatesOf(files: MinorLine['files'], minor: string, problems: SyncProblem[], warnings: string[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const file of files) {
    const { report, problems: found } = readReport(file.path, file.text, minor);
    problems.push(...found);
    if (!report) continue;
    warnings.push(...reportWarnings(file.path, report));
    candidates.push({ path: file.path, folder: file.folder, report });
  }
  return candidates;
}

function versionResult(line: MinorLine, candidates: Candidate[], commit: string, warnings: string[]): VersionResult {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = implementationKey(candidate.report);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  for (const group of groups.values()) {
    const runs = new Map<string, string[]>();
    for (const c of group) {
      const run = `${c.report.implementation.version} ${c.report.gatewayAPIChannel} ${c.report.mode}`;
      runs.set(run, [...(runs.get(run) ?? []), c.path]);
    }
    for (const [run, paths] of runs) {
      if (paths.length > 1) warnings.push(`${paths.join(' and ')}: the same version, channel and mode (${run}) twice`);
    }
  }
  const implementations = [...groups.values()]
    .map((group) => implementationResult(group, commit))
    .sort((a, b) => compareNames(a.organization, b.organization) || compareNames(a.project, b.project));
  return { version: line.version, folders: line.folders, aliases: line.aliases, implementations };
}

/** Looks inside a report only far enough to learn whose it is; unreadable files are skipped here. */
function whose(text: string): string | undefined {
  try {
    const raw = yaml.load(text) as { implementation?: { organization?: unknown; project?: unknown } } | undefined;
    const org = raw?.implementation?.organization;
    const project = raw?.implementation?.project;
    return typeof org === 'string' && typeof project === 'string' ? `${org}\u0000${project}` : undefined;
  } catch {
    return undefined;
  }
}

export interface BuildOptions {
  /** Where the reports were read. */
  provenance: Provenance;
  /** Which implementations have component pages; those without a recent report get their newest older one. */
  mapping: ConformanceImplementation[];
  /** The file the mapping came from, for problems about it. */
  mappingFile: string;
  /** How many of the newest minor lines to import in full. */
  versions?: number;
}

/**
 * Builds the conformance data: every implementation with a report for the newest two minor
 * lines, plus the newest older report of each mapped implementation missing from them. Every
 * report that could end up in the data is checked first; any problem means no data.
 */
export function buildConformance(tree: ReportTree, options: BuildOptions): BuildResult {
  const problems: SyncProblem[] = [];
  const warnings: string[] = [];
  const { commit, date } = options.provenance;
  const lines = minorLines(tree, warnings);
  if (lines.length === 0) {
    problems.push({ file: REPORTS_PATH, field: '(folder)', message: 'holds no report files; expected <version>/<implementation>/<report>.yaml' });
    return { problems, warnings: [...new Set(warnings)].sort(compareText) };
  }
  const covered = lines.slice(0, options.versions ?? 2);
  const versions = covered.map((line) => versionResult(line, candidatesOf(line.files, line.version, problems, warnings), commit, warnings));

  const present = new Set(versions.flatMap((v) => v.implementations.map((i) => `${i.organization}\u0000${i.project}`)));
  const earlier = new Map<MinorLine, Candidate[]>();
  options.mapping.forEach((entry, index) => {
    const key = `${entry.organization}\u0000${entry.project}`;
    if (present.has(key)) return;
    for (const line of lines.slice(covered.length)) {
      const files = line.files.filter((f) => whose(f.text) === key);
      if (files.length === 0) continue;
      if (line.major < 1 || (line.major === 1 && line.minor < 1)) {
        problems.push({
          file: options.mappingFile,
          field: `${index}`,
          message: `${entry.organization}/${entry.project} last reported for ${line.version}, before reports recorded mode and channel (v1.1); drop the entry or import that version by hand`,
        });
        return;
      }
      const found = candidatesOf(files, line.version, problems, warnings).filter((c) => implementationKey(c.report) === key);
      earlier.set(line, [...(earlier.get(line) ?? []), ...found]);
      return;
    }
    problems.push({
      file: options.mappingFile,
      field: `${index}`,
      message: `no report under ${REPORTS_PATH}/ names organization "${entry.organization}" and project "${entry.project}"; copy both from the implementation's report`,
    });
  });

  const notes = [...new Set(warnings)].sort(compareText);
  if (problems.length) return { problems, warnings: notes };
  const data: GatewayApiConformance = {
    source: { repository: REPOSITORY, commit, date, reportsPath: REPORTS_PATH },
    versions,
    earlier: [...earlier.entries()]
      .sort(([a], [b]) => b.major - a.major || b.minor - a.minor)
      .map(([line, candidates]) => versionResult(line, candidates, commit, notes)),
  };
  return { data, problems, warnings: [...new Set(notes)].sort(compareText) };
}

function wrap(words: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of words.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The file as written: a header saying where it came from, then the data. */
export function renderConformance(data: GatewayApiConformance): string {
  const header = [
    '# Gateway API conformance, imported from kubernetes-sigs/gateway-api conformance/reports/.',
    '# Written by `npm run sync:gateway`; do not edit by hand, run the importer again instead.',
    `# versions: ${data.versions.map((v) => v.version).join(' and ')}, the newest minor lines in the copy, with every implementation`,
    '# that reported; earlier: the newest older report of mapped implementations missing from them.',
    '# Of several reports for one version one is picked, the others listed under otherReports:',
    ...wrap(PICK_RULE, 92).map((line) => `#   ${line}`),
  ];
  return `${header.join('\n')}\n${yaml.dump(data, { lineWidth: -1, noRefs: true, noCompatMode: true })}`;
}

/** Checks the rendered text against the content schema, as the content guard will. */
export function checkRendered(file: string, text: string): SyncProblem[] {
  const parsed = gatewayApiConformanceSchema.safeParse(yaml.load(text));
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || '(file)', message: issue.message }));
}
