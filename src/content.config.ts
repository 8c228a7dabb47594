import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema } from './schemas/category';
import { conformanceImplementationSchema, gatewayApiConformanceSchema } from './schemas/conformance';
import { componentSchema } from './schemas/component';
import { guideSchema } from './schemas/guide';
import { kubeProxyDatasetSchema } from './schemas/kube-proxy-dataset';
import { matrixSchema } from './schemas/matrix';
import { pageTextSchema } from './schemas/page-text';
import { releaseLineSchema, surveyTableSchema } from './schemas/release';
import { advisoriesFileSchema } from './schemas/advisory';
import { providerSchema } from './schemas/provider';
import { provenanceRecordSchema } from './schemas/provenance';
import yaml from 'js-yaml';
import {
  categoryTranslationSchema,
  componentTranslationSchema,
  datasetTranslationSchema,
  glossaryEntrySchema,
  guideTranslationSchema,
  matrixTranslationSchema,
  pageTextTranslationSchema,
  releaseTranslationSchema,
} from './schemas/translation';

// The same schemas run earlier in the content-guard integration, which reports every problem
// at once; here they give pages their types.
const categories = defineCollection({
  loader: file('./content/categories.yaml'),
  schema: categorySchema,
});

const components = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/components' }),
  schema: componentSchema,
});

// Guides: the survey's how-to-choose sections, with comparison tables kept as data.
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

// Sourced figures for the kube-proxy costs page; one file, content/datasets/kube-proxy.yaml.
const datasets = defineCollection({
  loader: glob({ pattern: 'kube-proxy.yaml', base: './content/datasets' }),
  schema: kubeProxyDatasetSchema,
});

const matrices = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/matrices' }),
  schema: matrixSchema,
});

// One file per Kubernetes release line; the id is the line ("1.35"), as the file name says.
const releases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/releases', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: releaseLineSchema,
});

// The 2020 survey's stable-release table, as the survey printed it.
const surveyTable = defineCollection({
  loader: glob({ pattern: 'survey-stable-table.yaml', base: './content' }),
  schema: surveyTableSchema,
});

// Prose of the flagship pages, one file per page, with {placeholders} filled from the data.
const pageTexts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/pages' }),
  schema: pageTextSchema,
});

// Gateway API conformance reports, imported by `npm run sync:gateway`: one entry, `gateway-api`.
const conformance = defineCollection({
  loader: glob({ pattern: 'gateway-api.yaml', base: './content/conformance' }),
  schema: gatewayApiConformanceSchema,
});

// Which implementation in those reports each component page describes; entry ids are component ids.
const conformanceImplementations = defineCollection({
  loader: file('./content/conformance/implementations.yaml'),
  schema: conformanceImplementationSchema,
});

// Imported by scripts/sync/: one file per id, and the id is the file name (as for releases).
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.yaml$/, '');

// CVEs from the official Kubernetes feed, one file per component; `kubernetes` is Kubernetes itself.
const advisories = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/advisories', generateId: byFileName }),
  schema: advisoriesFileSchema,
});

// Managed Kubernetes support windows, one file per provider (amazon-eks, …).
const providers = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/providers', generateId: byFileName }),
  schema: providerSchema,
});

// What each importer last read: repositories, commits and days; the data is as of then.
const provenance = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/provenance', generateId: byFileName }),
  schema: provenanceRecordSchema,
});


// Simplified Chinese translations, content/zh-cn/: text only, keyed by the English ids (see
// src/schemas/translation.ts). src/data/ lays them over the English entries. Another locale
// adds the same set for its own folder.
const zh = './content/zh-cn';
// Each kind is globbed from the locale's folder, so a kind with no translation yet is simply
// empty; the id is the file name, as for the English entry it translates.
const inZh = (pattern: string) => glob({ pattern, base: zh, generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, '') });
const zhComponents = defineCollection({ loader: inZh('components/*.mdx'), schema: componentTranslationSchema });
const zhGuides = defineCollection({ loader: inZh('guides/*.mdx'), schema: guideTranslationSchema });
const zhCategories = defineCollection({ loader: file(`${zh}/categories.yaml`), schema: categoryTranslationSchema });
const zhPageTexts = defineCollection({ loader: inZh('pages/*.yaml'), schema: pageTextTranslationSchema });
const zhDatasets = defineCollection({ loader: inZh('datasets/kube-proxy.yaml'), schema: datasetTranslationSchema });
const zhReleases = defineCollection({ loader: inZh('releases/*.yaml'), schema: releaseTranslationSchema });
const zhMatrices = defineCollection({ loader: inZh('matrices/*.yaml'), schema: matrixTranslationSchema });
// The glossary is a list of terms; each entry's id is its English term.
const zhGlossary = defineCollection({
  loader: file(`${zh}/glossary.yaml`, {
    parser: (text) => Object.fromEntries(((yaml.load(text) ?? []) as { en: string }[]).map((term) => [term.en, term])),
  }),
  schema: glossaryEntrySchema,
});

export const collections = {
  categories,
  components,
  guides,
  datasets,
  matrices,
  releases,
  surveyTable,
  pageTexts,
  conformance,
  conformanceImplementations,
  advisories,
  providers,
  provenance,
  zhComponents,
  zhGuides,
  zhCategories,
  zhPageTexts,
  zhDatasets,
  zhReleases,
  zhMatrices,
  zhGlossary,
};
