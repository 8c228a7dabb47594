import yaml from 'js-yaml';
import { citedKeys, isImported, keepCited, keptList, readExisting } from './lib/content-files.ts';
import type { ContentPlan } from './lib/plan.ts';
import { ImportStopped, problemsFor, type SyncProblem } from './lib/problems.ts';
import { label, newest, type FileVersion, type UpstreamCopy } from './lib/source.ts';
import { blobUrl, compareLines, isIsoDay, isRecord, parseLine, parseVersion, short, show, type Version } from './lib/values.ts';
import { provenanceRecord } from './lib/provenance.ts';
import { compact, emitDocument } from './lib/yaml-out.ts';

/**
 * Imports Kubernetes release lines into content/releases/<x.y>.yaml.
 *
 * Sources, and the one rule that decides when they disagree:
 * - endoflife-date/release-data releases/kubernetes.json: the day each version was tagged. This
 *   is the release date, always. A patch release appears only when it has a tag.
 * - kubernetes/website data/releases/schedule.yaml: target dates, maintenance mode and planned end
 *   of life for maintained lines, and notes (regressions, out-of-band releases). A target date is
 *   kept beside the tag date as `target`, never in its place. The file drops lines once they end,
 *   so facts a line had in an earlier import are kept when no copy read now covers the line.
 * - kubernetes/website data/releases/eol.yaml: the record of ended lines, whose end of life beats
 *   the planned one (kept as `endOfLife.planned` when they differ). Its final patch is kept unless
 *   a later tag exists: then the tag wins and the listed number is kept as `finalPatch.listed`.
 * - endoflife-date/endoflife.date products/kubernetes.md: end of maintenance and end of life for
 *   lines the kubernetes/website copies do not cover; lowest precedence.
 * When no list names a line's final patch but its end of life passed before the tag snapshot, the
 * newest tag is taken as final (`finalPatch.inferred`); a later tag on a later run replaces it.
 */

export const RELEASE_REPOS = {
  releaseData: 'endoflife-date/release-data',
  website: 'kubernetes/website',
  endoflife: 'endoflife-date/endoflife.date',
} as const;

const PATHS = {
  tags: 'releases/kubernetes.json',
  schedule: 'data/releases/schedule.yaml',
  eol: 'data/releases/eol.yaml',
  eold: 'products/kubernetes.md',
} as const;

/** The oldest line the site lists (the 2020 survey starts there). */
export const FIRST_MINOR = 12;

export interface ReleaseInputs {
  releaseData: UpstreamCopy;
  website: UpstreamCopy;
  endoflife: UpstreamCopy;
}

export interface ReleaseReport {
  lines: string[];
  patches: number;
  complete: string[];
  /** Patch releases whose target date differs from the tag date. */
  targetsDiffering: { version: string; tag: string; target: string }[];
  /** Lines whose recorded end of life differs from the planned one. */
  endOfLifeDiffering: { line: string; date: string; planned: string }[];
  /** Lines where a tag beats the final patch the end-of-life list names. */
  finalBeaten: { line: string; listed: number; tagged: number }[];
  removed: string[];
  warnings: string[];
}

type Dated = { date: string; source: string };
type Flag = { kind: string; of?: string; cves?: string[]; link?: string; source: string };

interface ScheduleLine {
  key: string;
  version: FileVersion;
  releaseDate?: string;
  maintenance?: string;
  endOfLife?: string;
  /** Target day per patch number. */
  targets: Map<number, string>;
  notes: { patch: number; text: string }[];
}

interface EolLine {
  key: string;
  date: string;
  final: Version;
  note?: string;
}

interface EoldLine {
  eoas?: string;
  eol?: string;
}

/** Reads YAML with every scalar as text, so "1.30" stays "1.30" and dates stay as written. */
function loadText(text: string): unknown {
  return yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
}

/** The most recent day an upstream file can speak for: its snapshot, or today when that is unknown. */
function limitOf(version: FileVersion, today: string): { day: string; what: string } {
  return version.snapshot && version.snapshot < today
    ? { day: version.snapshot, what: `the snapshot day ${version.snapshot}` }
    : { day: today, what: `today (${today})` };
}

const CVE = /CVE-\d{4}-\d{4,}/g;

/**
 * Turns an upstream note into flags the page can word itself. The note's own sentence is not
 * kept (the site writes its own prose); its link, CVE ids and the version it names are.
 */
export function classifyNote(note: string, source: string): Flag[] {
  const link = /\]\((https:\/\/[^)\s]+)\)/.exec(note)?.[1];
  const cves = [...new Set(note.match(CVE) ?? [])];
  const flags: Flag[] = [];
  const add = (kind: string, extra: Partial<Flag> = {}) => flags.push(compact({ kind, ...extra, link, source }) as Flag);
  const fixes = /(?:fix|solve)\w*\s+(?:the\s+)?regression\s+introduced\s+in\s+v?(\d+\.\d+\.\d+)/i.exec(note);
  if (fixes) add('fixes-regression', { of: fixes[1] });
  else if (/^\[?\s*regression\s*\]?(\(|$)/i.test(note.trim())) add('regression');
  if (/out[- ]of[- ]band|unplanned/i.test(note)) add('out-of-band');
  if (/after the eol date/i.test(note)) add('after-end-of-life');
  if (/unsigned/i.test(note)) add('unsigned-images');
  if (cves.length || /\bCVEs?\b/.test(note)) add('security', cves.length ? { cves } : {});
  if (flags.length === 0) add('other');
  return flags;
}

function readTags(copy: UpstreamCopy, today: string, problems: SyncProblem[]) {
  const file = label(copy, PATHS.tags);
  const problem = problemsFor(file, problems);
  const version = newest(copy, PATHS.tags);
  const tags = new Map<string, Map<number, string>>();
  if (!version) {
    problem('(file)', `is not in the copy at ${copy.location}`);
    return { tags, version };
  }
  let data: unknown;
  try {
    data = JSON.parse(version.text);
  } catch (error) {
    problem('(file)', `is not valid JSON: ${(error as Error).message}`);
    return { tags, version };
  }
  if (!isRecord(data) || !isRecord(data.versions)) {
    problem('versions', 'is missing; expected an object of versions, each with name and date');
    return { tags, version };
  }
  const limit = limitOf(version, today);
  for (const [key, entry] of Object.entries(data.versions)) {
    const where = `versions["${key}"]`;
    const v = /^\d+\.\d+\.\d+$/.test(key) ? parseVersion(key) : undefined;
    if (!v) problem(where, `"${key}" is not a version string such as 1.36.4`);
    else if (v.major !== 1) problem(where, `"${key}" is not a Kubernetes 1.x version`);
    if (!isRecord(entry)) {
      problem(where, `expected an object with name and date; found ${show(entry)}`);
      continue;
    }
    if (entry.name === undefined) problem(`${where}.name`, 'is missing; expected the version again, as in every entry');
    else if (entry.name !== key) problem(`${where}.name`, `is ${show(entry.name)}, not the entry's own version "${key}"`);
    if (entry.date === undefined) problem(`${where}.date`, 'is missing; expected the tag day, YYYY-MM-DD');
    else if (!isIsoDay(entry.date)) problem(`${where}.date`, `expected a day written YYYY-MM-DD; found ${show(entry.date)}`);
    else if (entry.date > limit.day) problem(`${where}.date`, `${entry.date} is in the future: after ${limit.what}`);
    else if (v && v.major === 1) {
      const line = tags.get(v.line) ?? new Map<number, string>();
      line.set(v.patch, entry.date);
      tags.set(v.line, line);
    }
  }
  return { tags, version };
}

function readSchedules(copy: UpstreamCopy, today: string, problems: SyncProblem[]) {
  const versions = copy.versions(PATHS.schedule);
  const file = label(copy, PATHS.schedule);
  const byLine = new Map<string, ScheduleLine>();
  if (versions.length === 0) problems.push({ file, entry: '(file)', message: `is not in the copy at ${copy.location}` });
  // Oldest first, so a newer copy's entry for a line replaces an older one's.
  for (const version of versions) {
    const at = versions.length > 1 ? `${file}@${short(version.commit)}` : file;
    const problem = problemsFor(at, problems);
    const limit = limitOf(version, today);
    let data: unknown;
    try {
      data = loadText(version.text);
    } catch (error) {
      problem('(file)', `YAML could not be read: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const schedules = isRecord(data) ? data.schedules : undefined;
    if (!Array.isArray(schedules)) {
      problem('schedules', 'is missing; expected a list of release lines');
      continue;
    }
    schedules.forEach((s, i) => {
      if (!isRecord(s)) return problem(`schedules.${i}`, `expected a mapping; found ${show(s)}`);
      const line = parseLine(s.release);
      if (!line) return problem(`schedules.${i}.release`, `expected a release line such as "1.31"; found ${show(s.release)}`);
      const where = `schedules[${line.text}]`;
      const entry: ScheduleLine = { key: `k8s-schedule-${short(version.commit)}`, version, targets: new Map(), notes: [] };
      const day = (field: string, value: unknown, mustBePast: boolean): string | undefined => {
        if (value === undefined || value === '') return undefined;
        if (!isIsoDay(value)) return void problem(`${where}.${field}`, `expected a day written YYYY-MM-DD; found ${show(value)}`);
        if (mustBePast && value > limit.day) return void problem(`${where}.${field}`, `${value} is in the future: after ${limit.what}, yet listed as a past release`);
        return value;
      };
      entry.releaseDate = day('releaseDate', s.releaseDate, false);
      entry.maintenance = day('maintenanceModeStartDate', s.maintenanceModeStartDate, false);
      entry.endOfLife = day('endOfLifeDate', s.endOfLifeDate, false);
      const patchOf = (field: string, p: Record<string, unknown>, past: boolean) => {
        const v = parseVersion(p.release);
        if (!v || !/^\d/.test(String(p.release))) return void problem(`${field}.release`, `expected a version such as ${line.text}.4; found ${show(p.release)}`);
        if (v.line !== line.text) return void problem(`${field}.release`, `${v.text} is not in line ${line.text}`);
        if (p.targetDate === undefined) return void problem(`${field}.targetDate`, 'is missing; expected the planned day, YYYY-MM-DD');
        const target = day(`${field.slice(where.length + 1)}.targetDate`, p.targetDate, past);
        if (target) entry.targets.set(v.patch, target);
        if (p.note !== undefined && p.note !== '') {
          if (typeof p.note !== 'string') problem(`${field}.note`, `expected text; found ${show(p.note)}`);
          else entry.notes.push({ patch: v.patch, text: p.note });
        }
      };
      const previous = s.previousPatches ?? [];
      if (!Array.isArray(previous)) problem(`${where}.previousPatches`, `expected a list; found ${show(previous)}`);
      else previous.forEach((p, j) => (isRecord(p) ? patchOf(`${where}.previousPatches.${j}`, p, true) : problem(`${where}.previousPatches.${j}`, `expected a mapping; found ${show(p)}`)));
      if (isRecord(s.next)) patchOf(`${where}.next`, s.next, false);
      byLine.set(line.text, entry);
    });
  }
  return { byLine, versions };
}

/**
 * Opens one upstream YAML file (or the YAML frontmatter of a Markdown file) and finds the list
 * under `key`; every way that can fail is reported as a problem in that file. Both end-of-life
 * readers start here.
 */
function openList(copy: UpstreamCopy, path: string, today: string, problems: SyncProblem[], key: string, what: string, frontmatter: boolean) {
  const problem = problemsFor(label(copy, path), problems);
  const version = newest(copy, path);
  if (!version) {
    problem('(file)', `is not in the copy at ${copy.location}`);
    return { problem, version, list: undefined };
  }
  const limit = limitOf(version, today);
  let text = version.text;
  if (frontmatter) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!match) {
      problem('(file)', 'has no frontmatter between two "---" lines');
      return { problem, version, list: undefined };
    }
    text = match[1] ?? '';
  }
  let data: unknown;
  try {
    data = loadText(text);
  } catch (error) {
    problem(frontmatter ? '(frontmatter)' : '(file)', `YAML could not be read: ${(error as Error).message.split('\n')[0]}`);
    return { problem, version, list: undefined };
  }
  const list = isRecord(data) ? data[key] : undefined;
  if (!Array.isArray(list)) {
    problem(key, `is missing; expected ${what}`);
    return { problem, version, list: undefined };
  }
  return { problem, version, limit, list: list as unknown[] };
}

function readEol(copy: UpstreamCopy, today: string, problems: SyncProblem[]) {
  const byLine = new Map<string, EolLine>();
  const { problem, version, limit, list: branches } = openList(copy, PATHS.eol, today, problems, 'branches', 'a list of ended release lines', false);
  if (!version || !limit || !branches) return { byLine, version };
  branches.forEach((b, i) => {
    if (!isRecord(b)) return problem(`branches.${i}`, `expected a mapping; found ${show(b)}`);
    const line = parseLine(b.release);
    if (!line) return problem(`branches.${i}.release`, `expected a release line such as "1.31"; found ${show(b.release)}`);
    const where = `branches[${line.text}]`;
    let ok = true;
    if (b.endOfLifeDate === undefined) (ok = false), problem(`${where}.endOfLifeDate`, 'is missing; expected the day the line ended, YYYY-MM-DD');
    else if (!isIsoDay(b.endOfLifeDate)) (ok = false), problem(`${where}.endOfLifeDate`, `expected a day written YYYY-MM-DD; found ${show(b.endOfLifeDate)}`);
    else if (b.endOfLifeDate > limit.day) (ok = false), problem(`${where}.endOfLifeDate`, `${b.endOfLifeDate} is in the future: after ${limit.what}, yet listed as ended`);
    const final = parseVersion(b.finalPatchRelease);
    if (b.finalPatchRelease === undefined) (ok = false), problem(`${where}.finalPatchRelease`, 'is missing; expected the last patch version, such as 1.31.14');
    else if (!final || !/^\d/.test(String(b.finalPatchRelease))) (ok = false), problem(`${where}.finalPatchRelease`, `expected a version such as ${line.text}.14; found ${show(b.finalPatchRelease)}`);
    else if (final.line !== line.text) (ok = false), problem(`${where}.finalPatchRelease`, `${final.text} is not in line ${line.text}`);
    if (!ok || !final) return;
    const known = byLine.get(line.text);
    // A line listed twice (1.22 once was): the entry with the later final patch is the record.
    if (!known || final.patch > known.final.patch) {
      byLine.set(line.text, { key: `k8s-eol-${short(version.commit)}`, date: b.endOfLifeDate as string, final, ...(typeof b.note === 'string' && b.note ? { note: b.note } : {}) });
    }
  });
  return { byLine, version };
}

function readEold(copy: UpstreamCopy, today: string, problems: SyncProblem[]) {
  const byLine = new Map<string, EoldLine>();
  const { problem, version, limit, list: releases } = openList(copy, PATHS.eold, today, problems, 'releases', 'a list of release cycles', true);
  if (!version || !limit || !releases) return { byLine, version };
  releases.forEach((r, i) => {
    if (!isRecord(r)) return problem(`releases.${i}`, `expected a mapping; found ${show(r)}`);
    const line = parseLine(r.releaseCycle);
    if (!line) return problem(`releases.${i}.releaseCycle`, `expected a release line such as "1.31"; found ${show(r.releaseCycle)}`);
    const where = `releases[${line.text}]`;
    const entry: EoldLine = {};
    const dayOrFlag = (field: string, value: unknown): string | undefined => {
      if (value === undefined || value === 'true' || value === 'false') return undefined;
      if (!isIsoDay(value)) return void problem(`${where}.${field}`, `expected a day written YYYY-MM-DD, or true/false; found ${show(value)}`);
      return value;
    };
    if (r.releaseDate === undefined) problem(`${where}.releaseDate`, 'is missing; expected the day of the x.y.0 release');
    else if (!isIsoDay(r.releaseDate)) problem(`${where}.releaseDate`, `expected a day written YYYY-MM-DD; found ${show(r.releaseDate)}`);
    else if (r.releaseDate > limit.day) problem(`${where}.releaseDate`, `${r.releaseDate} is in the future: after ${limit.what}`);
    if (r.eol === undefined) problem(`${where}.eol`, 'is missing; expected the end of life, a day or true/false');
    entry.eol = dayOrFlag('eol', r.eol);
    entry.eoas = dayOrFlag('eoas', r.eoas);
    if (r.latest !== undefined && !parseVersion(r.latest)) problem(`${where}.latest`, `expected a version such as ${line.text}.4; found ${show(r.latest)}`);
    if (r.latestReleaseDate !== undefined) {
      if (!isIsoDay(r.latestReleaseDate)) problem(`${where}.latestReleaseDate`, `expected a day written YYYY-MM-DD; found ${show(r.latestReleaseDate)}`);
      else if (r.latestReleaseDate > limit.day) problem(`${where}.latestReleaseDate`, `${r.latestReleaseDate} is in the future: after ${limit.what}`);
    }
    byLine.set(line.text, entry);
  });
  return { byLine, version };
}

function sourceEntry(copy: UpstreamCopy, version: FileVersion, title: string) {
  return {
    url: blobUrl(copy.repository, version.commit, version.path),
    title,
    upstream: compact({ importer: 'releases', repository: copy.repository, path: version.path, commit: version.commit, committed: version.committed }),
  };
}

const linePath = (line: string) => `content/releases/${line}.yaml`;

/** Schedule facts an earlier import wrote, for a line no schedule copy read now covers. */
function carriedSchedule(existing: Record<string, unknown> | undefined) {
  const sources = isRecord(existing?.sources) ? existing.sources : {};
  const fromSchedule = (key: unknown) => typeof key === 'string' && isImported(sources[key], 'releases') && (sources[key] as { upstream: { path: string } }).upstream.path === PATHS.schedule;
  const dated = (value: unknown): Dated | undefined =>
    isRecord(value) && fromSchedule(value.source) && typeof value.date === 'string' ? { date: value.date, source: value.source as string } : undefined;
  const targets = new Map<number, Dated>();
  const flags = new Map<number, Flag[]>();
  for (const p of Array.isArray(existing?.patches) ? existing.patches : []) {
    if (!isRecord(p) || typeof p.patch !== 'number') continue;
    const target = dated(p.target);
    if (target) targets.set(p.patch, target);
    const kept = (Array.isArray(p.flags) ? p.flags : []).filter((f) => isRecord(f) && fromSchedule(f.source)) as Flag[];
    if (kept.length) flags.set(p.patch, kept);
  }
  const endOfLife = isRecord(existing?.endOfLife) ? existing.endOfLife : undefined;
  return {
    maintenance: dated(existing?.endOfMaintenance),
    endOfLife: dated(endOfLife),
    planned: dated(endOfLife?.planned),
    targets,
    flags,
    sources: Object.fromEntries(Object.entries(sources).filter(([k]) => fromSchedule(k))),
  };
}

const HEADER = (line: string) => [
  `Kubernetes ${line}: release, end of life and every tagged patch release.`,
  'Written by `npm run sync` (scripts/sync/releases.ts and cves.ts) from upstream data: each fact',
  'names a source, and each imported source its repository, file and commit. Edit by hand only',
  '`notes` and the sources they cite; the importers keep those and rewrite everything else.',
];

/** Writes a release-line file in the one layout every importer uses; sources no fact cites drop out. */
export function emitReleaseLine(doc: Record<string, unknown>): string {
  const notes = keptList(doc.notes);
  return emitDocument(HEADER(String(doc.line)), [
    { key: 'line', value: doc.line },
    { key: 'released', value: doc.released },
    { key: 'endOfMaintenance', value: doc.endOfMaintenance },
    { key: 'endOfLife', value: doc.endOfLife },
    { key: 'finalPatch', value: doc.finalPatch },
    { key: 'patchesComplete', value: doc.patchesComplete },
    { key: 'sources', value: keepCited(isRecord(doc.sources) ? doc.sources : {}, { ...doc, notes }), style: 'map' },
    { key: 'patches', value: Array.isArray(doc.patches) ? doc.patches : [], style: 'list' },
    ...(notes ? [{ key: 'notes', value: notes, style: 'list' as const }] : []),
    { key: 'checked', value: doc.checked },
  ]);
}

/**
 * Plans every release-line file from the upstream copies. Reads and checks all input first and
 * throws ImportStopped with every problem found; plans nothing in that case.
 */
export function planReleases(inputs: ReleaseInputs, plan: ContentPlan, options: { today: string }): ReleaseReport {
  const { today } = options;
  const problems: SyncProblem[] = [];
  const tagData = readTags(inputs.releaseData, today, problems);
  const schedules = readSchedules(inputs.website, today, problems);
  const eol = readEol(inputs.website, today, problems);
  const eold = readEold(inputs.endoflife, today, problems);
  if (problems.length || !tagData.version || !eol.version || !eold.version) throw new ImportStopped(problems);
  const tagVersion = tagData.version;
  const snapshot = tagVersion.snapshot ?? today;

  const report: ReleaseReport = { lines: [], patches: 0, complete: [], targetsDiffering: [], endOfLifeDiffering: [], finalBeaten: [], removed: [], warnings: [] };
  const lines = [...tagData.tags.keys()].filter((l) => Number(l.split('.')[1]) >= FIRST_MINOR && l.startsWith('1.')).sort(compareLines);
  const outputs = new Map<string, string>();
  const usedSchedules = new Set<FileVersion>();

  for (const line of lines) {
    const path = linePath(line);
    const existing = readExisting(plan, path, problems);
    const tags = [...(tagData.tags.get(line) ?? new Map()).entries()].sort((a, b) => a[0] - b[0]);
    const sources: Record<string, unknown> = {
      'release-data': sourceEntry(inputs.releaseData, tagVersion, `${RELEASE_REPOS.releaseData} ${PATHS.tags}: the tag day of every Kubernetes version`),
    };
    const eoldEntry = eold.byLine.get(line);
    const eoldKey = 'eold-kubernetes';
    const useEold = () => {
      sources[eoldKey] = sourceEntry(inputs.endoflife, eold.version!, `${RELEASE_REPOS.endoflife} ${PATHS.eold}: support dates of each Kubernetes line`);
      return eoldKey;
    };

    // Schedule facts: from the newest copy that lists the line, else as an earlier import left them.
    const fresh = schedules.byLine.get(line);
    const carried = fresh ? undefined : carriedSchedule(existing);
    const targets = new Map<number, Dated>();
    const flags = new Map<number, Flag[]>();
    const addFlags = (patch: number, list: Flag[]) => flags.set(patch, [...(flags.get(patch) ?? []), ...list]);
    let maintenance: Dated | undefined;
    let scheduledEnd: Dated | undefined;
    if (fresh) {
      usedSchedules.add(fresh.version);
      sources[fresh.key] = sourceEntry(inputs.website, fresh.version, `${RELEASE_REPOS.website} ${PATHS.schedule} at ${short(fresh.version.commit)}: patch target dates, maintenance mode and planned end of life`);
      for (const [patch, date] of fresh.targets) targets.set(patch, { date, source: fresh.key });
      if (!targets.has(0) && fresh.releaseDate) targets.set(0, { date: fresh.releaseDate, source: fresh.key });
      for (const note of fresh.notes) addFlags(note.patch, classifyNote(note.text, fresh.key));
      if (fresh.maintenance) maintenance = { date: fresh.maintenance, source: fresh.key };
      if (fresh.endOfLife) scheduledEnd = { date: fresh.endOfLife, source: fresh.key };
    } else if (carried) {
      Object.assign(sources, carried.sources);
      for (const [patch, t] of carried.targets) targets.set(patch, t);
      for (const [patch, list] of carried.flags) addFlags(patch, list);
      maintenance = carried.maintenance;
      scheduledEnd = carried.planned ?? carried.endOfLife;
    }

    // End of life: the record of ended lines, else the schedule, else endoflife.date.
    const record = eol.byLine.get(line);
    let endOfLife: { date: string; source: string; planned?: Dated } | undefined;
    if (record) {
      sources[record.key] = sourceEntry(inputs.website, eol.version, `${RELEASE_REPOS.website} ${PATHS.eol} at ${short(eol.version.commit)}: end of life and final patch of each ended line`);
      endOfLife = { date: record.date, source: record.key };
      const planned = scheduledEnd ?? (eoldEntry?.eol ? { date: eoldEntry.eol, source: eoldKey } : undefined);
      if (planned && planned.date !== record.date) {
        if (planned.source === eoldKey) useEold();
        endOfLife.planned = planned;
        report.endOfLifeDiffering.push({ line, date: record.date, planned: planned.date });
      }
      if (record.note) addFlags(record.final.patch, classifyNote(record.note, record.key));
    } else if (scheduledEnd) {
      endOfLife = { ...scheduledEnd };
    } else if (eoldEntry?.eol) {
      endOfLife = { date: eoldEntry.eol, source: useEold() };
    }
    if (!endOfLife) {
      report.warnings.push(`${line}: no copy gives an end of life yet, so ${path} was left as it is`);
      continue;
    }
    if (!maintenance && eoldEntry?.eoas) maintenance = { date: eoldEntry.eoas, source: useEold() };

    // A note that a release fixes the regression of an earlier one flags the earlier one too.
    for (const list of [...flags.values()]) {
      for (const f of list) {
        const of = f.kind === 'fixes-regression' ? parseVersion(f.of) : undefined;
        if (of && of.line === line && !(flags.get(of.patch) ?? []).some((g) => g.kind === 'regression' && g.source === f.source)) {
          addFlags(of.patch, [compact({ kind: 'regression', link: f.link, source: f.source })]);
        }
      }
    }

    // Final patch: the end-of-life list, beaten by a later tag; else the newest tag once the line ended.
    const highest = tags.at(-1)?.[0] ?? 0;
    let finalPatch: Record<string, unknown> | undefined;
    if (record) {
      if (highest > record.final.patch) {
        finalPatch = { patch: highest, source: 'release-data', listed: { patch: record.final.patch, source: record.key } };
        report.finalBeaten.push({ line, listed: record.final.patch, tagged: highest });
      } else {
        finalPatch = { patch: record.final.patch, source: record.key };
        if (record.final.patch > highest) report.warnings.push(`${line}: ${PATHS.eol} names ${record.final.text} as final, but no such tag is in ${PATHS.tags}`);
      }
    } else if (endOfLife.date < snapshot) {
      finalPatch = { patch: highest, source: 'release-data', inferred: true };
    }
    const numbers = new Set(tags.map(([p]) => p));
    const finalNumber = typeof finalPatch?.patch === 'number' ? finalPatch.patch : undefined;
    const patchesComplete = finalNumber !== undefined && Array.from({ length: finalNumber + 1 }, (_, i) => i).every((i) => numbers.has(i));

    // Hand-written parts, and the fixes cves.ts owns, are kept as found.
    const existingPatches = new Map<number, Record<string, unknown>>();
    for (const p of Array.isArray(existing?.patches) ? existing.patches : []) if (isRecord(p) && typeof p.patch === 'number') existingPatches.set(p.patch, p);
    const patches = tags.map(([patch, date]) => {
      const target = targets.get(patch);
      if (target && target.date !== date) report.targetsDiffering.push({ version: `${line}.${patch}`, tag: date, target: target.date });
      const old = existingPatches.get(patch);
      const list = flags.get(patch);
      return compact({
        patch,
        date,
        source: 'release-data',
        target,
        fixes: Array.isArray(old?.fixes) && old.fixes.length ? old.fixes : undefined,
        flags: list?.length ? list : undefined,
      });
    });
    const notes = keptList(existing?.notes);
    const existingSources = isRecord(existing?.sources) ? existing.sources : {};
    const keptKeys = citedKeys({ notes, fixes: patches.map((p) => p.fixes) });
    for (const key of keptKeys) {
      if (key in sources && !isImported(existingSources[key])) {
        problems.push({ file: path, entry: `sources.${key}`, message: 'this key is used for imported data; rename the hand-written source and the notes citing it' });
      } else if (!(key in sources) && key in existingSources) sources[key] = existingSources[key];
    }

    outputs.set(
      path,
      emitReleaseLine({
        line,
        endOfMaintenance: maintenance,
        endOfLife: compact(endOfLife),
        finalPatch,
        patchesComplete,
        sources,
        patches,
        notes,
        checked: snapshot,
      }),
    );
    report.lines.push(line);
    report.patches += patches.length;
    if (patchesComplete) report.complete.push(line);
  }

  // Line files for lines the tag data does not have (a line typed in before its first tag).
  for (const path of plan.list('content/releases', '.yaml')) {
    const line = path.slice('content/releases/'.length, -'.yaml'.length);
    if (outputs.has(path) || report.warnings.some((w) => w.startsWith(`${line}:`))) continue;
    const minor = Number(line.split('.')[1]);
    if (!/^1\.\d+$/.test(line) || minor < FIRST_MINOR) continue;
    const existing = readExisting(plan, path, problems);
    if (keptList(existing?.notes)) problems.push({ file: path, entry: 'notes', message: `${line} has no tag in ${PATHS.tags}, yet the file has hand-written notes; move them, then import again` });
    else report.removed.push(path);
  }
  if (problems.length) throw new ImportStopped(problems);

  for (const [path, text] of outputs) plan.write(path, text);
  for (const path of report.removed) plan.remove(path);
  plan.write(
    'content/provenance/releases.yaml',
    provenanceRecord('releases', [
      { copy: inputs.releaseData, files: [tagVersion] },
      { copy: inputs.website, files: [...schedules.versions.filter((v) => usedSchedules.has(v)), eol.version] },
      { copy: inputs.endoflife, files: [eold.version] },
    ]),
  );
  return report;
}
