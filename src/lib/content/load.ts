import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { categorySchema, type Category } from '../../schemas/category';
import { componentSchema, type ComponentData } from '../../schemas/component';
import { guideSchema, type GuideData } from '../../schemas/guide';
import type { z } from 'astro/zod';
import { kubeProxyDatasetSchema, type KubeProxyDataset } from '../../schemas/kube-proxy-dataset';
import { matrixSchema, type Matrix } from '../../schemas/matrix';
import { problemsFromZod, type Problem } from './problems';
import { releaseLineSchema, surveyTableSchema, type ReleaseLine, type SurveyTable } from '../../schemas/release';
import { contentFolder, translatedLocales, type TranslatedLocale } from '../../i18n/locales';
import {
  categoryTranslationSchema,
  componentTranslationSchema,
  datasetTranslationSchema,
  factFields,
  glossarySchema,
  guideTranslationSchema,
  matrixTranslationSchema,
  pageTextTranslationSchema,
  releaseTranslationSchema,
  type CategoryTranslation,
  type ComponentTranslation,
  type DatasetTranslation,
  type GlossaryEntry,
  type GuideTranslation,
  type MatrixTranslation,
  type PageTextTranslation,
  type ReleaseTranslation,
} from '../../schemas/translation';
import { pageTextSchema, type PageText } from '../../schemas/page-text';
import {
  conformanceImplementationsSchema,
  gatewayApiConformanceSchema,
  type ConformanceImplementation,
  type GatewayApiConformance,
} from '../../schemas/conformance';
import { providerSchema, type Provider } from '../../schemas/provider';
import { advisoriesFileSchema, type AdvisoriesFile } from '../../schemas/advisory';
import { provenanceRecordSchema, type ProvenanceRecord } from '../../schemas/provenance';
import { sourcePolicySchema, type SourcePolicy } from '../../schemas/source-policy';

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
  /** Gateway API conformance, content/conformance/gateway-api.yaml (written by npm run sync:gateway). */
  conformance?: LoadedEntry<GatewayApiConformance>;
  /** Which implementation each component page describes, content/conformance/implementations.yaml. */
  conformanceImplementations?: LoadedEntry<ConformanceImplementation[]>;
  /** Managed Kubernetes support windows, `content/providers/<id>.yaml` (imported by scripts/sync/providers.ts). */
  providers: LoadedEntry<Provider>[];
  /** CVEs per component, `content/advisories/<component>.yaml` (imported by scripts/sync/cves.ts). */
  advisories: LoadedEntry<AdvisoriesFile>[];
  /** What each importer last read, `content/provenance/<importer>.yaml`. */
  provenance: LoadedEntry<ProvenanceRecord>[];
  /** Prose of the flagship pages, content/pages/<id>.yaml. */
  pages: LoadedEntry<PageText>[];
  /** Translations, one set per locale other than English, from content/<locale folder>/. */
  translations: Partial<Record<TranslatedLocale, TranslationSet>>;
  /** Places not accepted as sources, content/source-policy.yaml (optional: without it nothing is rejected). */
  sourcePolicy?: LoadedEntry<SourcePolicy>;
}

/** Everything under content/<locale folder>/ (content/zh-cn/): translations keyed by English ids. */
export interface TranslationSet {
  locale: TranslatedLocale;
  /** The folder, relative to the project root, such as content/zh-cn. */
  folder: string;
  components: LoadedEntry<ComponentTranslation>[];
  guides: LoadedEntry<GuideTranslation>[];
  /** The entries of categories.yaml, each with its index in the list. */
  categories: (LoadedEntry<CategoryTranslation> & { index: number })[];
  pages: LoadedEntry<PageTextTranslation>[];
  datasets: LoadedEntry<DatasetTranslation>[];
  releases: LoadedEntry<ReleaseTranslation>[];
  matrices: LoadedEntry<MatrixTranslation>[];
  /** The locale's glossary of terms, glossary.yaml. */
  glossary?: LoadedEntry<GlossaryEntry[]>;
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
  const set: ContentSet = { categories: [], components: [], releases: [], guides: [], datasets: [], matrices: [], providers: [], advisories: [], provenance: [], pages: [], translations: {} };

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

  // Bodies are kept so translations can be checked against them (headings, links), and the
  // source policy can check links in the prose too.
  set.components = loadFolder(contentDir, 'components', projectRoot, problems, {
    extension: '.mdx',
    schemaFor: () => componentSchema,
    keepBody: true,
  });
  set.releases = loadFolder(contentDir, 'releases', projectRoot, problems, {
    extension: '.yaml',
    schemaFor: () => releaseLineSchema,
    wrongFile: 'expected only .yaml files in content/releases/, one per release line',
  });
  const tablePath = join(contentDir, 'survey-stable-table.yaml');
  if (existsSync(tablePath)) set.surveyTable = loadFile(tablePath, 'survey-stable-table', projectRoot, problems, surveyTableSchema);

  // Guides: content/guides/<id>.mdx. The body is kept so rules can check where tables are placed.
  set.guides = loadFolder(contentDir, 'guides', projectRoot, problems, { extension: '.mdx', schemaFor: () => guideSchema, keepBody: true });

  // Datasets (kube-proxy costs): one YAML mapping per file, checked by the schema its name picks.
  set.datasets = loadFolder(contentDir, 'datasets', projectRoot, problems, {
    extension: '.yaml',
    schemaFor: (id) => (datasetSchemas as Record<string, typeof kubeProxyDatasetSchema | undefined>)[id],
    unknownId: `is not a known dataset; expected one of ${Object.keys(datasetSchemas).map((k) => `${k}.yaml`).join(', ')}`,
  });

  // Comparison matrices (the Ingress matrix): content/matrices/<id>.yaml.
  set.matrices = loadFolder(contentDir, 'matrices', projectRoot, problems, { extension: '.yaml', schemaFor: () => matrixSchema });

  // Prose of the flagship pages: content/pages/<id>.yaml.
  set.pages = loadFolder(contentDir, 'pages', projectRoot, problems, { extension: '.yaml', schemaFor: () => pageTextSchema });

  for (const locale of translatedLocales) {
    const dir = join(contentDir, contentFolder(locale));
    if (existsSync(dir)) set.translations[locale] = loadTranslations(dir, locale, projectRoot, problems);
  }

  // Gateway API conformance: the imported reports and the people-kept mapping to component pages.
  const conformanceFiles = { 'gateway-api.yaml': gatewayApiConformanceSchema, 'implementations.yaml': conformanceImplementationsSchema };
  const conformanceDir = join(contentDir, 'conformance');
  for (const name of existsSync(conformanceDir) ? readdirSync(conformanceDir).filter((n) => !n.startsWith('.')).sort() : []) {
    if (!(name in conformanceFiles)) {
      problems.push({ file: rel(projectRoot, join(conformanceDir, name)), field: '(file)', message: `is not a known file; expected ${Object.keys(conformanceFiles).join(' or ')}` });
    }
  }
  if (existsSync(join(conformanceDir, 'gateway-api.yaml'))) {
    set.conformance = loadFile(join(conformanceDir, 'gateway-api.yaml'), 'gateway-api', projectRoot, problems, gatewayApiConformanceSchema);
  }
  if (existsSync(join(conformanceDir, 'implementations.yaml'))) {
    set.conformanceImplementations = loadFile(join(conformanceDir, 'implementations.yaml'), 'implementations', projectRoot, problems, conformanceImplementationsSchema);
  }
  // Imported upstream data (scripts/sync/): provider support windows, CVE advisories, provenance.
  set.providers = loadFolder(contentDir, 'providers', projectRoot, problems, { extension: '.yaml', schemaFor: () => providerSchema });
  set.advisories = loadFolder(contentDir, 'advisories', projectRoot, problems, { extension: '.yaml', schemaFor: () => advisoriesFileSchema });
  set.provenance = loadFolder(contentDir, 'provenance', projectRoot, problems, { extension: '.yaml', schemaFor: () => provenanceRecordSchema });
  // The source policy: hosts and URL prefixes that no file may cite (src/lib/content/rules/sources.ts).
  const policyPath = join(contentDir, 'source-policy.yaml');
  if (existsSync(policyPath)) set.sourcePolicy = loadFile(policyPath, 'source-policy', projectRoot, problems, sourcePolicySchema);
  return set;
}

/** The folders and files a translation set may hold, and what each is. */
const translationEntries = ['components', 'guides', 'pages', 'datasets', 'releases', 'matrices', 'categories.yaml', 'glossary.yaml'] as const;

/**
 * Loads content/<locale folder>/: every file is checked against its translation schema. A fact
 * field in a translation is reported as such, naming the English file it belongs to.
 */
function loadTranslations(dir: string, locale: TranslatedLocale, projectRoot: string, problems: Problem[]): TranslationSet {
  const found: Problem[] = [];
  const folder = rel(projectRoot, dir);
  const set: TranslationSet = { locale, folder, components: [], guides: [], categories: [], pages: [], datasets: [], releases: [], matrices: [] };
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    if (!(translationEntries as readonly string[]).includes(name)) {
      found.push({ file: `${folder}/${name}`, field: '(file)', message: `is not a kind of translation; expected one of ${translationEntries.join(', ')}` });
    }
  }
  const mdx = { extension: '.mdx', keepBody: true } as const;
  const yamlFiles = { extension: '.yaml' } as const;
  set.components = loadFolder(dir, 'components', projectRoot, found, { ...mdx, schemaFor: () => componentTranslationSchema });
  set.guides = loadFolder(dir, 'guides', projectRoot, found, { ...mdx, schemaFor: () => guideTranslationSchema });
  set.pages = loadFolder(dir, 'pages', projectRoot, found, { ...yamlFiles, schemaFor: () => pageTextTranslationSchema });
  set.datasets = loadFolder(dir, 'datasets', projectRoot, found, { ...yamlFiles, schemaFor: () => datasetTranslationSchema });
  set.releases = loadFolder(dir, 'releases', projectRoot, found, { ...yamlFiles, schemaFor: () => releaseTranslationSchema });
  set.matrices = loadFolder(dir, 'matrices', projectRoot, found, { ...yamlFiles, schemaFor: () => matrixTranslationSchema });

  const categoriesFile = join(dir, 'categories.yaml');
  if (existsSync(categoriesFile)) {
    const file = rel(projectRoot, categoriesFile);
    const list = readYamlFile(categoriesFile, file, found);
    if (list !== undefined && !Array.isArray(list)) found.push({ file, field: '(file)', message: 'expected a list of categories, one entry per English category' });
    else if (Array.isArray(list)) {
      list.forEach((item, index) => {
        const raw = asRecord(item);
        const entry: LoadedEntry<CategoryTranslation> & { index: number } = { id: String(raw.id ?? `#${index}`), file, raw, index };
        const result = categoryTranslationSchema.safeParse(item);
        if (result.success) entry.data = result.data;
        else found.push(...problemsFromZod(file, result.error, item).map((p) => ({ ...p, field: `${index}.${p.field}` })));
        set.categories.push(entry);
      });
    }
  }
  const glossaryFile = join(dir, 'glossary.yaml');
  if (existsSync(glossaryFile)) set.glossary = loadFile(glossaryFile, 'glossary', projectRoot, found, glossarySchema);

  // A fact field is not merely unknown: say where it belongs.
  const unknownField = 'is not a known field; check the spelling against src/schemas/ or remove it';
  for (const p of found) {
    const key = p.field.split('.').at(-1) ?? '';
    if (p.message === unknownField && factFields.has(key)) {
      p.message = 'is a fact, which comes from the English file; a translation holds only text, so remove it';
    }
  }
  problems.push(...found);
  return set;
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
function loadFile<T>(path: string, id: string, projectRoot: string, problems: Problem[], schema: Parser<T>, keepBody = false): LoadedEntry<T> {
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
function loadFolder<T>(
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
