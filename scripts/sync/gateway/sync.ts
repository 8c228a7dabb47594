/**
 * One import run: read the reports and the mapping, check everything, and write
 * content/conformance/gateway-api.yaml only when nothing is wrong.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { conformanceImplementationsSchema, type ConformanceImplementation } from '../../../src/schemas/conformance.ts';
import { buildConformance, checkRendered, renderConformance, type Provenance, type ReportTree } from './build.ts';
import type { SyncProblem } from './reports.ts';
import { hasReportsFolder, isGitRepository, readFolderReports, readGitReports } from './source.ts';

export interface SyncOptions {
  /** A gateway-api git repository (bare or checkout), or a folder holding conformance/reports/. */
  source: string;
  /** The file to write. */
  out: string;
  /** content/conformance/implementations.yaml, or a stand-in. */
  mapping: string;
  /** For a git source: the commit or branch to read; HEAD by default. */
  ref?: string;
  /** For a plain folder: the commit the files come from, and its date. */
  provenance?: Provenance;
  /** Paths in problems are printed relative to this folder; the current one by default. */
  root?: string;
}

export interface SyncResult {
  /** `written` or `unchanged` when the run succeeded; `failed` when problems stopped it. */
  outcome: 'written' | 'unchanged' | 'failed';
  problems: SyncProblem[];
  warnings: string[];
  provenance?: Provenance;
  /** Versions imported and the number of implementations in each, for the log. */
  summary?: { version: string; implementations: number; profiles: number }[];
}

function readMapping(path: string, file: string, problems: SyncProblem[]): ConformanceImplementation[] {
  if (!existsSync(path)) {
    problems.push({ file, field: '(file)', message: 'is missing; it maps report implementations to component pages (a list, may be empty)' });
    return [];
  }
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(path, 'utf8')) ?? [];
  } catch (error) {
    problems.push({ file, field: '(file)', message: `YAML could not be read: ${error instanceof yaml.YAMLException ? error.reason : String(error)}` });
    return [];
  }
  const parsed = conformanceImplementationsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...parsed.error.issues.map((i) => ({ file, field: i.path.map(String).join('.') || '(file)', message: i.message })));
  return [];
}

/** Writes through a temporary file in the same folder, so readers never see half a file. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${Date.now()}-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export function syncGatewayConformance(options: SyncOptions): SyncResult {
  const root = options.root ?? process.cwd();
  const show = (path: string) => relative(root, path).split('\\').join('/');
  const problems: SyncProblem[] = [];
  const mapping = readMapping(options.mapping, show(options.mapping), problems);

  let tree: ReportTree;
  let provenance: Provenance;
  if (isGitRepository(options.source)) {
    ({ tree, provenance } = readGitReports(options.source, options.ref));
  } else if (hasReportsFolder(options.source)) {
    if (!options.provenance) {
      problems.push({ file: show(options.source), field: '(folder)', message: 'is not a git repository; give --commit and --date of the files' });
      return { outcome: 'failed', problems, warnings: [] };
    }
    tree = readFolderReports(options.source);
    provenance = options.provenance;
  } else {
    problems.push({ file: show(options.source), field: '(folder)', message: 'is neither a git repository nor a folder with conformance/reports/' });
    return { outcome: 'failed', problems, warnings: [] };
  }
  if (!/^[0-9a-f]{40}$/.test(provenance.commit)) {
    problems.push({ file: show(options.source), field: 'commit', message: `expected a full 40-digit commit id; found "${provenance.commit}"` });
  }

  const built = buildConformance(tree, { provenance, mapping, mappingFile: show(options.mapping) });
  problems.push(...built.problems);
  if (problems.length || !built.data) return { outcome: 'failed', problems, warnings: built.warnings, provenance };

  const text = renderConformance(built.data);
  const invalid = checkRendered(show(options.out), text);
  if (invalid.length) return { outcome: 'failed', problems: invalid, warnings: built.warnings, provenance };

  const summary = built.data.versions.map((v) => ({
    version: v.version,
    implementations: v.implementations.length,
    profiles: v.implementations.reduce((sum, i) => sum + i.profiles.length, 0),
  }));
  if (existsSync(options.out) && readFileSync(options.out, 'utf8') === text) {
    return { outcome: 'unchanged', problems: [], warnings: built.warnings, provenance, summary };
  }
  writeAtomically(options.out, text);
  return { outcome: 'written', problems: [], warnings: built.warnings, provenance, summary };
}

/** Problems as `file → field: message`, sorted, with a count first. */
export function formatSyncProblems(problems: SyncProblem[]): string {
  const sorted = [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.field.localeCompare(b.field, 'en', { numeric: true }) || (a.message < b.message ? -1 : 1),
  );
  const files = new Set(sorted.map((p) => p.file)).size;
  return [
    `Gateway API conformance import failed: ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was written.`,
    ...sorted.map((p) => `  ${p.file} → ${p.field}: ${p.message}`),
  ].join('\n');
}
