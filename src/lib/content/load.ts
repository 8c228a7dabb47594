import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { categorySchema, type Category } from '../../schemas/category';
import { componentSchema, type ComponentData } from '../../schemas/component';
import { guideSchema, type GuideData } from '../../schemas/guide';
import { kubeProxyDatasetSchema, type KubeProxyDataset } from '../../schemas/kube-proxy-dataset';
import { matrixSchema, type Matrix } from '../../schemas/matrix';
import { problemsFromZod, type Problem } from './problems';
import { releaseLineSchema, surveyTableSchema, type ReleaseLine, type SurveyTable } from '../../schemas/release';
import { contentFolder, translatedLocales, type TranslatedLocale } from '../../i18n/locales';
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
import { asRecord, loadFile, loadFolder, rel, type LoadedEntry } from './load-files';
import { loadTranslations, type TranslationSet } from './load-translations';

export { readFrontmatter, type LoadedEntry } from './load-files';
export type { TranslationSet } from './load-translations';

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


/** Each dataset file has its own schema, chosen by its file name. */
const datasetSchemas = { 'kube-proxy': kubeProxyDatasetSchema } as const;


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
