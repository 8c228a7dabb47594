import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ImportStopped, type SyncProblem } from './problems.ts';
import { isIsoDay, isRecord } from './values.ts';

/**
 * A local copy of an upstream repository, read without a network. Two kinds are understood:
 *
 * - a git repository, bare or with a work tree (a mirror, or the clone the scheduled workflow
 *   makes): files are read at HEAD, and each file's commit is the last one that changed it;
 * - a folder with a `provenance.json` manifest, for copies put together by hand (single files
 *   read from an index, say). The manifest lists layers, oldest first: `{ "git": "<path>" }`
 *   for a repository, or `{ "files": [...] }` with each file's upstream path, commit, commit day
 *   (null when unknown) and local file. A path may appear in several layers or several times;
 *   `versions()` returns them all, oldest first, and the importer decides which one counts.
 */

/** One stored version of an upstream file. */
export interface FileVersion {
  /** The path inside the upstream repository. */
  path: string;
  text: string;
  /** The commit this version is from (the last commit that changed the file, for git copies). */
  commit: string;
  /** That commit's UTC day, when the copy knows it. */
  committed?: string;
  /** The day the copy's data is as of: HEAD's day for a git copy, else the commit day if known. */
  snapshot?: string;
  /** Where this version came from, for messages: the git directory or the manifest's file. */
  origin: string;
}

/** The newest commit of a git copy: the day its data is as of. */
export interface CopyHead {
  location: string;
  commit: string;
  date: string;
}

export interface UpstreamCopy {
  /** owner/name of the upstream repository. */
  repository: string;
  /** The folder given to the importer. */
  location: string;
  /** HEAD of every git layer. */
  heads: CopyHead[];
  /** The manifest's notes about how the copy was made, if any. */
  notes: string[];
  /** Every stored version of `path`, oldest first (empty when the copy lacks it). */
  versions(path: string): FileVersion[];
  /** Paths directly under `folder` whose names end with `extension`, across all layers, sorted. */
  list(folder: string, extension: string): string[];
  /** Those of `list()` with a line matching the extended regular expression `pattern`. */
  grep(folder: string, extension: string, pattern: string): string[];
}

interface Layer {
  heads: CopyHead[];
  versions(path: string): FileVersion[];
  list(folder: string, extension: string): string[];
  grep(folder: string, extension: string, pattern: string): string[];
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function isGitDir(dir: string): boolean {
  try {
    return git(dir, ['rev-parse', '--git-dir']).trim().length > 0;
  } catch {
    return false;
  }
}

const utcDay = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function gitLayer(dir: string): Layer {
  const [commit = '', date = ''] = git(dir, ['log', '-1', '--format=%H%x09%cI', 'HEAD']).trim().split('\t');
  const head: CopyHead = { location: dir, commit, date: utcDay(date) };
  return {
    heads: [head],
    versions(path) {
      let text: string;
      try {
        text = git(dir, ['show', `HEAD:${path}`]);
      } catch {
        return [];
      }
      const [last = commit, lastDate = date] = git(dir, ['log', '-1', '--format=%H%x09%cI', 'HEAD', '--', path]).trim().split('\t');
      return [{ path, text, commit: last, committed: utcDay(lastDate), snapshot: head.date, origin: `${dir} (HEAD ${commit.slice(0, 7)})` }];
    },
    list(folder, extension) {
      let out = '';
      try {
        out = git(dir, ['ls-tree', '--name-only', 'HEAD', `${folder.replace(/\/$/, '')}/`]);
      } catch {
        return [];
      }
      return out.split('\n').filter((p) => p.endsWith(extension));
    },
    grep(folder, extension, pattern) {
      let out = '';
      try {
        out = git(dir, ['grep', '-l', '-E', pattern, 'HEAD', '--', `${folder.replace(/\/$/, '')}/*${extension}`]);
      } catch {
        return []; // git grep exits 1 when nothing matches
      }
      return out
        .split('\n')
        .map((p) => p.replace(/^HEAD:/, ''))
        .filter((p) => p.endsWith(extension) && !p.slice(folder.length + 1).includes('/'));
    },
  };
}

function manifestLayers(location: string, repository: string, problems: SyncProblem[]): { layers: Layer[]; notes: string[] } {
  const manifestPath = join(location, 'provenance.json');
  const file = manifestPath;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    problems.push({ file, entry: '(file)', message: `could not be read as JSON: ${(error as Error).message}` });
    return { layers: [], notes: [] };
  }
  if (!isRecord(manifest)) {
    problems.push({ file, entry: '(file)', message: 'expected a JSON object with repository and layers' });
    return { layers: [], notes: [] };
  }
  if (manifest.repository !== repository) {
    problems.push({ file, entry: 'repository', message: `is ${JSON.stringify(manifest.repository)}; this importer reads ${repository}` });
  }
  const notes = typeof manifest.note === 'string' ? [manifest.note] : [];
  const layers: Layer[] = [];
  const rawLayers = Array.isArray(manifest.layers) ? manifest.layers : [];
  if (rawLayers.length === 0) problems.push({ file, entry: 'layers', message: 'expected a list of at least one layer' });
  rawLayers.forEach((raw, i) => {
    if (!isRecord(raw)) {
      problems.push({ file, entry: `layers.${i}`, message: 'expected an object with "git" or "files"' });
      return;
    }
    if (typeof raw.note === 'string') notes.push(raw.note);
    if (typeof raw.git === 'string') {
      const dir = isAbsolute(raw.git) ? raw.git : resolve(location, raw.git);
      if (!isGitDir(dir)) problems.push({ file, entry: `layers.${i}.git`, message: `${dir} is not a git repository` });
      else layers.push(gitLayer(dir));
      return;
    }
    if (!Array.isArray(raw.files)) {
      problems.push({ file, entry: `layers.${i}`, message: 'expected "git" (a path) or "files" (a list)' });
      return;
    }
    const stored: FileVersion[] = [];
    raw.files.forEach((f, j) => {
      const entry = `layers.${i}.files.${j}`;
      if (!isRecord(f)) return void problems.push({ file, entry, message: 'expected an object with path, commit, committed and file' });
      const { path, commit, committed } = f;
      const local = f.file;
      if (typeof path !== 'string' || !path) problems.push({ file, entry: `${entry}.path`, message: 'is required: the path inside the upstream repository' });
      if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit)) problems.push({ file, entry: `${entry}.commit`, message: `expected a commit id of 40 hexadecimal digits; found ${JSON.stringify(commit)}` });
      if (committed !== null && !isIsoDay(committed)) problems.push({ file, entry: `${entry}.committed`, message: 'expected the commit day (YYYY-MM-DD), or null when it is not known' });
      if (typeof local !== 'string' || !existsSync(join(location, local))) {
        problems.push({ file, entry: `${entry}.file`, message: `expected a local file under ${location}; found ${JSON.stringify(local)}` });
        return;
      }
      if (typeof path !== 'string' || typeof commit !== 'string') return;
      stored.push({
        path,
        commit,
        ...(isIsoDay(committed) ? { committed, snapshot: committed } : {}),
        text: readFileSync(join(location, local), 'utf8'),
        origin: join(location, local),
      });
    });
    const list = (folder: string, extension: string) =>
      stored.map((v) => v.path).filter((p) => p.startsWith(`${folder.replace(/\/$/, '')}/`) && !p.slice(folder.length + 1).includes('/') && p.endsWith(extension));
    layers.push({
      heads: [],
      versions: (path) => stored.filter((v) => v.path === path),
      list,
      grep: (folder, extension, pattern) => {
        const re = new RegExp(pattern, 'm');
        return list(folder, extension).filter((p) => stored.some((v) => v.path === p && re.test(v.text)));
      },
    });
  });
  return { layers, notes };
}

/**
 * Opens a copy of `repository` at `location`. Stops with a clear message when the folder is
 * missing or is neither a git repository nor a folder with a provenance.json manifest.
 */
export function openCopy(location: string, repository: string): UpstreamCopy {
  const problems: SyncProblem[] = [];
  let layers: Layer[] = [];
  let notes: string[] = [];
  if (!existsSync(location) || !statSync(location).isDirectory()) {
    problems.push({ file: location, entry: '(folder)', message: `is missing; expected a git copy of ${repository} or a folder with a provenance.json manifest` });
  } else if (existsSync(join(location, 'provenance.json'))) {
    ({ layers, notes } = manifestLayers(location, repository, problems));
  } else if (isGitDir(location)) {
    layers = [gitLayer(location)];
  } else {
    problems.push({ file: location, entry: '(folder)', message: `is neither a git repository nor a folder with provenance.json; expected a copy of ${repository}` });
  }
  if (problems.length) throw new ImportStopped(problems);
  return {
    repository,
    location,
    heads: layers.flatMap((l) => l.heads),
    notes,
    versions: (path) => layers.flatMap((l) => l.versions(path)),
    list: (folder, extension) => [...new Set(layers.flatMap((l) => l.list(folder, extension)))].sort(),
    grep: (folder, extension, pattern) => [...new Set(layers.flatMap((l) => l.grep(folder, extension, pattern)))].sort(),
  };
}

/** The newest version of a file: the last one in layer order. */
export function newest(copy: UpstreamCopy, path: string): FileVersion | undefined {
  return copy.versions(path).at(-1);
}

/** The label used in problem messages for an upstream file. */
export const label = (copy: UpstreamCopy, path: string) => `${copy.repository} ${path}`;
