import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { categorySchema, type Category } from '../schemas/category';
import { componentSchema, type ComponentData } from '../schemas/component';
import { matrixSchema, type Matrix } from '../schemas/matrix';
import { problemsFromZod, type Problem } from './problems';

/** A content file as read from disk: its raw frontmatter, and the parsed data when it is valid. */
export interface LoadedEntry<T> {
  id: string;
  file: string;
  raw: Record<string, unknown>;
  data?: T;
}

/** Everything in `content/`, loaded without Astro so it can be checked in one pass. */
export interface ContentSet {
  categories: LoadedEntry<Category>[];
  components: LoadedEntry<ComponentData>[];
  /** Comparison matrices, one per `content/matrices/<id>.yaml`. */
  matrices: LoadedEntry<Matrix>[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function rel(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

function asRecord(value: unknown): Record<string, unknown> {
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

/**
 * Loads and schema-checks every content file under `contentDir`. `projectRoot` only decides
 * how file names are printed. Problems are appended to `problems`; nothing throws.
 */
export function loadContent(contentDir: string, projectRoot: string, problems: Problem[]): ContentSet {
  const set: ContentSet = { categories: [], components: [], matrices: [] };

  const categoriesFile = join(contentDir, 'categories.yaml');
  const categoriesName = rel(projectRoot, categoriesFile);
  if (!existsSync(categoriesFile)) {
    problems.push({ file: categoriesName, field: '(file)', message: 'is missing; the list of categories lives here' });
  } else {
    let list: unknown;
    try {
      list = yaml.load(readFileSync(categoriesFile, 'utf8'));
    } catch (error) {
      problems.push({ file: categoriesName, field: '(file)', message: `YAML could not be read: ${String(error)}` });
    }
    if (list !== undefined && !Array.isArray(list)) {
      problems.push({ file: categoriesName, field: '(file)', message: 'expected a list of categories' });
    } else if (Array.isArray(list)) {
      list.forEach((item, index) => {
        const raw = asRecord(item);
        const result = categorySchema.safeParse(item);
        const entry: LoadedEntry<Category> = { id: String(raw.id ?? `#${index}`), file: categoriesName, raw };
        if (result.success) entry.data = result.data;
        else
          problems.push(
            ...problemsFromZod(categoriesName, result.error, item).map((p) => ({ ...p, field: `${index}.${p.field}` })),
          );
        set.categories.push(entry);
      });
    }
  }

  const componentsDir = join(contentDir, 'components');
  const files = existsSync(componentsDir)
    ? readdirSync(componentsDir).filter((name) => !name.startsWith('.')).sort()
    : [];
  for (const name of files) {
    const path = join(componentsDir, name);
    const file = rel(projectRoot, path);
    if (!name.endsWith('.mdx')) {
      problems.push({ file, field: '(file)', message: 'expected only .mdx files in content/components/' });
      continue;
    }
    const raw = readFrontmatter(readFileSync(path, 'utf8'), file, problems);
    const entry: LoadedEntry<ComponentData> = { id: name.slice(0, -'.mdx'.length), file, raw: raw ?? {} };
    if (raw) {
      const result = componentSchema.safeParse(raw);
      if (result.success) entry.data = result.data;
      else problems.push(...problemsFromZod(file, result.error, raw));
    }
    set.components.push(entry);
  }

  // --- comparison matrices (feature: Ingress matrix) ---
  const matricesDir = join(contentDir, 'matrices');
  const matrixFiles = existsSync(matricesDir)
    ? readdirSync(matricesDir).filter((name) => !name.startsWith('.')).sort()
    : [];
  for (const name of matrixFiles) {
    const path = join(matricesDir, name);
    const file = rel(projectRoot, path);
    if (!name.endsWith('.yaml')) {
      problems.push({ file, field: '(file)', message: 'expected only .yaml files in content/matrices/' });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = yaml.load(readFileSync(path, 'utf8'));
    } catch (error) {
      const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
      const line = error instanceof yaml.YAMLException ? ` at line ${error.mark.line + 1}` : '';
      problems.push({ file, field: '(file)', message: `YAML could not be read${line}: ${reason}` });
      set.matrices.push({ id: name.slice(0, -'.yaml'.length), file, raw: {} });
      continue;
    }
    const raw = asRecord(parsed);
    const entry: LoadedEntry<Matrix> = { id: name.slice(0, -'.yaml'.length), file, raw };
    const result = matrixSchema.safeParse(parsed);
    if (result.success) entry.data = result.data;
    else problems.push(...problemsFromZod(file, result.error, parsed));
    set.matrices.push(entry);
  }
  return set;
}
