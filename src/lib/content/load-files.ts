/**
 * Reading content files from disk without Astro: the loaded-entry shape, the frontmatter and
 * whole-file YAML readers, and the loaders that check one file or every file of a folder
 * against a zod schema. Syntax errors and schema problems become entries in a problem list,
 * never exceptions, so one pass can report everything wrong. load.ts and load-translations.ts
 * build the content set from these.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { problemsFromZod, type Problem } from './problems';

/** A content file as read from disk: its raw frontmatter, and the parsed data when it is valid. */
export interface LoadedEntry<T> {
  id: string;
  file: string;
  raw: Record<string, unknown>;
  data?: T;
  /** The MDX body after the frontmatter, kept for rules that check what the prose places. */
  body?: string;
  /** The line of the file on which `body` starts (1-based), so rules can point at a line. */
  bodyLine?: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function rel(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reads the frontmatter block of an MDX file; a syntax error becomes a problem, not a crash. */
export function readFrontmatter(text: string, file: string, problems: Problem[]): Record<string, unknown> | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({ file, field: '(file)', message: 'expected a frontmatter block between two "---" lines at the top' });
    return undefined;
  }
  try {
    const parsed = yaml.load(match[1] ?? '');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push({ file, field: '(frontmatter)', message: 'expected the frontmatter to be a YAML mapping of fields' });
      return undefined;
    }
    return parsed as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` at line ${error.mark.line + 2}` : '';
    problems.push({ file, field: '(frontmatter)', message: `YAML could not be read${line}: ${reason}` });
    return undefined;
  }
}

/** Anything with zod's `safeParse`; the loaders need no more of a schema than that. */
interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: z.ZodError };
}

/**
 * Reads one data file (YAML, or the frontmatter of MDX) and checks it against `schema`. Syntax
 * errors and schema problems are appended to `problems`; the entry is returned either way so
 * the cross-file rules can still look at what it holds.
 */
export function loadFile<T>(path: string, id: string, projectRoot: string, problems: Problem[], schema: Parser<T>, keepBody = false): LoadedEntry<T> {
  const file = rel(projectRoot, path);
  let parsed: unknown;
  let body: string | undefined;
  if (path.endsWith('.mdx')) {
    const text = readFileSync(path, 'utf8');
    parsed = readFrontmatter(text, file, problems);
    const match = FRONTMATTER.exec(text);
    if (keepBody && match) body = text.slice(match[0].length);
  } else {
    parsed = readYamlFile(path, file, problems);
  }
  const entry: LoadedEntry<T> = { id, file, raw: asRecord(parsed) };
  if (body !== undefined) {
    entry.body = body;
    entry.bodyLine = (FRONTMATTER.exec(readFileSync(path, 'utf8'))?.[0].split('\n').length ?? 1);
  }
  if (parsed !== undefined) {
    const result = schema.safeParse(parsed);
    if (result.success) entry.data = result.data;
    else problems.push(...problemsFromZod(file, result.error, parsed));
  }
  return entry;
}

/** Reads every file of `content/<folder>/`, one entry each; the file name is the id. */
export function loadFolder<T>(
  contentDir: string,
  folder: string,
  projectRoot: string,
  problems: Problem[],
  options: {
    extension: '.mdx' | '.yaml';
    /** The schema for an id; undefined when the id is not one this folder accepts. */
    schemaFor: (id: string) => Parser<T> | undefined;
    /** Message for a file with another extension. */
    wrongFile?: string;
    /** Message for a file whose id has no schema. */
    unknownId?: string;
    /** Keep an MDX file's body, for rules that read it. */
    keepBody?: boolean;
  },
): LoadedEntry<T>[] {
  const dir = join(contentDir, folder);
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')).sort() : [];
  const entries: LoadedEntry<T>[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = rel(projectRoot, path);
    const id = name.slice(0, -options.extension.length);
    const schema = name.endsWith(options.extension) ? options.schemaFor(id) : undefined;
    if (!name.endsWith(options.extension) || !schema) {
      const message = !name.endsWith(options.extension)
        ? options.unknownId ?? options.wrongFile ?? `expected only ${options.extension} files in ${rel(projectRoot, dir)}/`
        : options.unknownId ?? `is not a known file for ${rel(projectRoot, dir)}/`;
      problems.push({ file, field: '(file)', message });
      continue;
    }
    entries.push(loadFile(path, id, projectRoot, problems, schema, options.keepBody));
  }
  return entries;
}

/** Reads a whole YAML file; a syntax error becomes a problem, not a crash. */
export function readYamlFile(path: string, file: string, problems: Problem[]): unknown {
  try {
    return yaml.load(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` at line ${error.mark.line + 1}` : '';
    problems.push({ file, field: '(file)', message: `YAML could not be read${line}: ${reason}` });
    return undefined;
  }
}
