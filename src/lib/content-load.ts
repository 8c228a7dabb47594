import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { categorySchema, type Category } from '../schemas/category';
import { componentSchema, type ComponentData } from '../schemas/component';
import { guideSchema, type GuideData } from '../schemas/guide';
import type { z } from 'astro/zod';
import { kubeProxyDatasetSchema, type KubeProxyDataset } from '../schemas/kube-proxy-dataset';
import { matrixSchema, type Matrix } from '../schemas/matrix';
import { problemsFromZod, type Problem } from './problems';
import { releaseLineSchema, surveyTableSchema, type ReleaseLine, type SurveyTable } from '../schemas/release';

/** A content file as read from disk: its raw frontmatter, and the parsed data when it is valid. */
export interface LoadedEntry<T> {
  id: string;
  file: string;
  raw: Record<string, unknown>;
  data?: T;
  /** The MDX body after the frontmatter, kept for rules that check what the prose places. */
  body?: string;
}

/** Everything in `content/`, loaded without Astro so it can be checked in one pass. */
export interface ContentSet {
  categories: LoadedEntry<Category>[];
  components: LoadedEntry<ComponentData>[];
  /** Kubernetes release lines, one file each under content/releases/ (version picker). */
  releases: LoadedEntry<ReleaseLine>[];
  /** The 2020 survey's stable-release table, content/survey-stable-table.yaml (version picker). */
  surveyTable?: LoadedEntry<SurveyTable>;
  /** Guides, content/guides/<id>.mdx. */
  guides: LoadedEntry<GuideData>[];
  /** `content/datasets/<id>.yaml`: series of sourced figures (kube-proxy costs). */
  datasets: LoadedEntry<KubeProxyDataset>[];
  /** Comparison matrices, one per `content/matrices/<id>.yaml`. */
  matrices: LoadedEntry<Matrix>[];
}

/** Each dataset file has its own schema, chosen by its file name. */
const datasetSchemas = { 'kube-proxy': kubeProxyDatasetSchema } as const;

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
  const set: ContentSet = { categories: [], components: [], releases: [], guides: [], datasets: [], matrices: [] };

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
  loadReleases(contentDir, projectRoot, problems, set);

  // Guides: content/guides/<id>.mdx. The body is kept so rules can check where tables are placed.
  set.guides = loadMdxFolder(contentDir, 'guides', guideSchema, projectRoot, problems);

  // Datasets (kube-proxy costs): one YAML mapping per file, checked by the schema its name picks.
  const datasetsDir = join(contentDir, 'datasets');
  const datasetFiles = existsSync(datasetsDir)
    ? readdirSync(datasetsDir).filter((name) => !name.startsWith('.')).sort()
    : [];
  for (const name of datasetFiles) {
    const file = rel(projectRoot, join(datasetsDir, name));
    const id = name.replace(/\.ya?ml$/, '');
    const schema = (datasetSchemas as Record<string, typeof kubeProxyDatasetSchema | undefined>)[id];
    if (id === name || !schema) {
      problems.push({
        file,
        field: '(file)',
        message: `is not a known dataset; expected one of ${Object.keys(datasetSchemas).map((k) => `${k}.yaml`).join(', ')}`,
      });
      continue;
    }
    const parsed = readYamlFile(join(datasetsDir, name), file, problems);
    const entry: LoadedEntry<KubeProxyDataset> = { id, file, raw: asRecord(parsed) };
    if (parsed !== undefined) {
      const result = schema.safeParse(parsed);
      if (result.success) entry.data = result.data;
      else problems.push(...problemsFromZod(file, result.error, parsed));
    }
    set.datasets.push(entry);
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
    const parsed = readYamlFile(path, file, problems);
    const entry: LoadedEntry<Matrix> = { id: name.slice(0, -'.yaml'.length), file, raw: asRecord(parsed) };
    if (parsed !== undefined) {
      const result = matrixSchema.safeParse(parsed);
      if (result.success) entry.data = result.data;
      else problems.push(...problemsFromZod(file, result.error, parsed));
    }
    set.matrices.push(entry);
  }
  return set;
}

/** Reads a whole YAML file; a syntax error becomes a problem, not a crash. */
function readYamlFile(path: string, file: string, problems: Problem[]): unknown {
  try {
    return yaml.load(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` at line ${error.mark.line + 1}` : '';
    problems.push({ file, field: '(file)', message: `YAML could not be read${line}: ${reason}` });
    return undefined;
  }
}

// --- Version picker: release lines and the survey's table -------------------------------------
function loadReleases(contentDir: string, projectRoot: string, problems: Problem[], set: ContentSet): void {
  const releasesDir = join(contentDir, 'releases');
  const files = existsSync(releasesDir) ? readdirSync(releasesDir).filter((name) => !name.startsWith('.')).sort() : [];
  for (const name of files) {
    const file = rel(projectRoot, join(releasesDir, name));
    if (!name.endsWith('.yaml')) {
      problems.push({ file, field: '(file)', message: 'expected only .yaml files in content/releases/, one per release line' });
      continue;
    }
    const parsed = readYamlFile(join(releasesDir, name), file, problems);
    const entry: LoadedEntry<ReleaseLine> = { id: name.slice(0, -'.yaml'.length), file, raw: asRecord(parsed) };
    if (parsed !== undefined) {
      const result = releaseLineSchema.safeParse(parsed);
      if (result.success) entry.data = result.data;
      else problems.push(...problemsFromZod(file, result.error, parsed));
    }
    set.releases.push(entry);
  }
  const tablePath = join(contentDir, 'survey-stable-table.yaml');
  if (existsSync(tablePath)) {
    const file = rel(projectRoot, tablePath);
    const parsed = readYamlFile(tablePath, file, problems);
    const entry: LoadedEntry<SurveyTable> = { id: 'survey-stable-table', file, raw: asRecord(parsed) };
    if (parsed !== undefined) {
      const result = surveyTableSchema.safeParse(parsed);
      if (result.success) entry.data = result.data;
      else problems.push(...problemsFromZod(file, result.error, parsed));
    }
    set.surveyTable = entry;
  }
}

/** Reads every `<folder>/*.mdx` file and checks its frontmatter against `schema`. */
function loadMdxFolder<T>(
  contentDir: string,
  folder: string,
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: z.ZodError } },
  projectRoot: string,
  problems: Problem[],
): LoadedEntry<T>[] {
  const dir = join(contentDir, folder);
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')).sort() : [];
  const entries: LoadedEntry<T>[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = rel(projectRoot, path);
    if (!name.endsWith('.mdx')) {
      problems.push({ file, field: '(file)', message: `expected only .mdx files in content/${folder}/` });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const raw = readFrontmatter(text, file, problems);
    const entry: LoadedEntry<T> = { id: name.slice(0, -'.mdx'.length), file, raw: raw ?? {} };
    const match = FRONTMATTER.exec(text);
    if (match) entry.body = text.slice(match[0].length);
    if (raw) {
      const result = schema.safeParse(raw);
      if (result.success) entry.data = result.data;
      else problems.push(...problemsFromZod(file, result.error, raw));
    }
    entries.push(entry);
  }
  return entries;
}
