/**
 * Loading a locale's translations, content/<locale folder>/ (content/zh-cn/): the translation
 * set's shape, and the loader that checks every file against its translation schema and names
 * a fact field placed in a translation as such. load.ts calls it once per translated locale.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslatedLocale } from '../../i18n/locales';
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
import { problemsFromZod, type Problem } from './problems';
import { asRecord, loadFile, loadFolder, readYamlFile, rel, type LoadedEntry } from './load-files';

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

/** The folders and files a translation set may hold, and what each is. */
const translationEntries = ['components', 'guides', 'pages', 'datasets', 'releases', 'matrices', 'categories.yaml', 'glossary.yaml'] as const;

/**
 * Loads content/<locale folder>/: every file is checked against its translation schema. A fact
 * field in a translation is reported as such, naming the English file it belongs to.
 */
export function loadTranslations(dir: string, locale: TranslatedLocale, projectRoot: string, problems: Problem[]): TranslationSet {
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
