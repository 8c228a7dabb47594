/**
 * Reads conformance/reports/ from a copy of kubernetes-sigs/gateway-api: a git repository
 * (bare, such as a mirror, or a checkout; read at a commit, so links match the files), or a
 * plain folder, whose commit and date must then be given.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTS_PATH, type Provenance, type ReportTree } from './build.ts';

const isReport = (path: string) => /\.ya?ml$/.test(path);

function git(dir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['-C', dir, ...args], { input, maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** True when `dir` is a bare repository or the top of a checkout (not merely inside one). */
export function isGitRepository(dir: string): boolean {
  try {
    if (git(dir, ['rev-parse', '--is-bare-repository']).toString().trim() === 'true') return true;
    return realpathSync(git(dir, ['rev-parse', '--show-toplevel']).toString().trim()) === realpathSync(dir);
  } catch {
    return false;
  }
}

/** Reads the report files and links of `ref` in a git repository, with the commit and its date. */
export function readGitReports(dir: string, ref = 'HEAD'): { tree: ReportTree; provenance: Provenance } {
  const [commit = '', date = ''] = git(dir, ['log', '-1', '--format=%H%n%cI', ref, '--']).toString().trim().split('\n');
  const listing = git(dir, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', `${REPORTS_PATH}/`]).toString();
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, oid] = line.slice(0, tab).split(' ') as [string, string, string];
      return { mode, type, oid, path: line.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && (e.mode === '120000' || isReport(e.path)));
  const blobs = readBlobs(dir, entries.map((e) => e.oid));
  const tree: ReportTree = { files: [], symlinks: [] };
  for (const entry of entries) {
    const text = blobs.get(entry.oid) ?? '';
    if (entry.mode === '120000') tree.symlinks.push({ path: entry.path, target: text });
    else tree.files.push({ path: entry.path, text });
  }
  return { tree, provenance: { commit, date } };
}

/** Reads many blobs in one `git cat-file --batch` call. */
function readBlobs(dir: string, oids: string[]): Map<string, string> {
  const unique = [...new Set(oids)];
  const out = git(dir, ['cat-file', '--batch'], unique.map((oid) => `${oid}\n`).join(''));
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(0x0a, at);
    const [oid = '', , size = '0'] = out.subarray(at, newline).toString().split(' ');
    const start = newline + 1;
    const end = start + Number(size);
    blobs.set(oid, out.subarray(start, end).toString('utf8'));
    at = end + 1;
  }
  return blobs;
}

/** Reads the report files and links under `<root>/conformance/reports/` from disk. */
export function readFolderReports(root: string): ReportTree {
  const tree: ReportTree = { files: [], symlinks: [] };
  const walk = (relative: string) => {
    for (const name of readdirSync(join(root, relative)).sort()) {
      const path = `${relative}/${name}`;
      const stat = lstatSync(join(root, path));
      if (stat.isSymbolicLink()) tree.symlinks.push({ path, target: readlinkSync(join(root, path)) });
      else if (stat.isDirectory()) walk(path);
      else if (isReport(path)) tree.files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  walk(REPORTS_PATH);
  return tree;
}

/** True when `dir` has a conformance/reports folder on disk. */
export function hasReportsFolder(dir: string): boolean {
  const path = join(dir, REPORTS_PATH);
  return existsSync(path) && statSync(path).isDirectory();
}
