import { getCollection, getEntry, render as renderEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { z } from 'astro/zod';
import { collections } from '../content.config';
import type { AdvisoriesFile } from '../schemas/advisory';
import type { Provider } from '../schemas/provider';
import type { ProvenanceRecord } from '../schemas/provenance';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sortCategories } from '../lib/catalog/derive';
import { sortGuides } from '../lib/catalog/guides';
import { toLineData, type LineData } from '../lib/versions/lines';
import type { ReleaseLine, SurveyTable } from '../schemas/release';
import type { Category } from '../schemas/category';
import type { ComponentData } from '../schemas/component';
import type { GuideData } from '../schemas/guide';
import type { Matrix } from '../schemas/matrix';
import type { KubeProxyDataset } from '../schemas/kube-proxy-dataset';
import type { GlossaryEntry } from '../schemas/translation';
import type { Translator } from '../i18n';
import { contentFolder, defaultLocale, localeInfo, translatedLocales, type Locale, type TranslatedLocale } from '../i18n/locales';
import { proseRenderer, type ProseRef } from '../lib/format/prose';
import { gatewayApiRowValues } from '../lib/conformance/gateway-api-row';
import type { DerivedValues } from '../lib/matrix/matrix';
import type { ConformanceImplementation, GatewayApiConformance } from '../schemas/conformance';
import { fingerprint, type TranslationKind } from '../lib/translation/fingerprint';
import { englishSlugs, mergeCategory, mergeComponent, mergeDataset, mergeGuide, mergeMatrix, mergeRelease } from '../lib/translation/merge';
import { englishEntry, type EntryI18n } from '../lib/translation/status';

/**
 * The one place that reads Astro's content collections. Pages and endpoints get typed data
 * from here and nowhere else; the content guard has already checked every file (and every rule
 * across files, translations included) before Astro loads them, so nothing here re-validates.
 *
 * Every loader takes the locale of the page. For a locale other than English it lays the
 * locale's translation (content/zh-cn/…) over each English entry: translated text fields, the
 * English file's facts. An entry without a translation keeps its English text, and its `i18n`
 * says so (`fallback`), as it says when the translation is older than the English (`stale`).
 */

/** An entry as a page of one locale shows it. */
export interface Localized<T> {
  id: string;
  data: T;
  i18n: EntryI18n;
}

/** A category or guide also carries its name in the other language, shown beside it. */
export interface AltName {
  alt: { text: string; lang: string };
}

// --- Translations --------------------------------------------------------------------------

/** Where each kind of translation lives, per locale (see src/content.config.ts). */
const translationCollections = {
  'zh-CN': {
    components: 'zhComponents',
    guides: 'zhGuides',
    categories: 'zhCategories',
    pages: 'zhPageTexts',
    datasets: 'zhDatasets',
    releases: 'zhReleases',
    matrices: 'zhMatrices',
  },
} as const satisfies Record<TranslatedLocale, Record<TranslationKind, string>>;

type TranslationCollection<K extends TranslationKind> = (typeof translationCollections)[TranslatedLocale][K];
type Translation<K extends TranslationKind> = CollectionEntry<TranslationCollection<K>>;

/**
 * True when content/<locale folder>/ holds translations of a kind. Asking Astro for a
 * collection without files makes it warn on every call, and a kind may have no translation yet.
 */
function hasTranslations(kind: TranslationKind, locale: TranslatedLocale): boolean {
  const path = join(process.cwd(), 'content', contentFolder(locale), kind === 'categories' ? 'categories.yaml' : kind);
  return kind === 'categories' ? existsSync(path) : existsSync(path) && readdirSync(path).some((name) => !name.startsWith('.'));
}

/** The translations of one kind in one locale, by English id. */
async function translations<K extends TranslationKind>(kind: K, locale: TranslatedLocale): Promise<Map<string, Translation<K>>> {
  if (!hasTranslations(kind, locale)) return new Map();
  const entries = (await getCollection(translationCollections[locale][kind])) as Translation<K>[];
  return new Map(entries.map((entry) => [entry.id, entry]));
}

const fingerprints = new WeakMap<object, string>();
/** The fingerprint of an English entry's text, computed once per entry. */
function englishFingerprint(kind: TranslationKind, data: object, body?: string): string {
  let value = fingerprints.get(data);
  if (value === undefined) fingerprints.set(data, (value = fingerprint(kind, data as Record<string, unknown>, body)));
  return value;
}

/**
 * Every entry of a kind, as `locale` shows it: for each English entry, which locales translate
 * it, whether the page's locale does, and whether that translation is current.
 */
async function localize<K extends TranslationKind, E extends { id: string; data: object; body?: string }, T>(
  kind: K,
  english: E[],
  locale: Locale,
  merge: (entry: E, translation: Translation<K>) => T,
  keep: (entry: E) => T,
): Promise<(Localized<T> & { translation?: Translation<K>; english: E })[]> {
  const byLocale = new Map<TranslatedLocale, Map<string, Translation<K>>>();
  for (const l of translatedLocales) byLocale.set(l, await translations(kind, l));
  return english.map((entry) => {
    const translatedIn = translatedLocales.filter((l) => byLocale.get(l)!.has(entry.id));
    if (locale === defaultLocale) return { id: entry.id, data: keep(entry), i18n: englishEntry(translatedIn), english: entry };
    const translation = byLocale.get(locale as TranslatedLocale)!.get(entry.id);
    const locales: Locale[] = [defaultLocale, ...translatedIn];
    if (!translation) {
      return { id: entry.id, data: keep(entry), i18n: { lang: localeInfo[defaultLocale].lang, fallback: true, stale: false, locales }, english: entry };
    }
    const recorded = (translation.data as { translationOf?: string }).translationOf;
    const stale = recorded !== undefined && recorded !== englishFingerprint(kind, entry.data, entry.body);
    return { id: entry.id, data: merge(entry, translation), i18n: { lang: localeInfo[locale].lang, fallback: false, stale, locales }, english: entry, translation };
  });
}

// --- Catalog -------------------------------------------------------------------------------

export type LocalizedCategory = Localized<Category> & AltName;
export type LocalizedComponent = Localized<ComponentData> & { english: CollectionEntry<'components'>; translation?: CollectionEntry<'zhComponents'> };
export type LocalizedGuide = Localized<GuideData> & AltName & { english: CollectionEntry<'guides'>; translation?: CollectionEntry<'zhGuides'> };

/** All categories in display order, with the name in the other language beside each. */
export async function loadCategories(locale: Locale = defaultLocale): Promise<LocalizedCategory[]> {
  const localized = await localize('categories', await getCollection('categories'), locale, (e, t) => mergeCategory(e.data, t.data), (e) => e.data);
  return sortCategories(
    localized.map(({ id, data, i18n, english }) => ({
      id,
      data,
      i18n,
      alt: locale === defaultLocale || i18n.fallback ? { text: english.data.nameZh, lang: 'zh-CN' } : { text: english.data.name, lang: localeInfo[defaultLocale].lang },
    })),
  );
}

/** All components, in no particular order. */
export async function loadComponents(locale: Locale = defaultLocale): Promise<LocalizedComponent[]> {
  return localize('components', await getCollection('components'), locale, (e, t) => mergeComponent(e.data, t.data), (e) => e.data);
}

/** One category by id; the content guard has already proved that every referenced id exists. */
export async function loadCategory(id: string, locale: Locale = defaultLocale): Promise<LocalizedCategory> {
  const entry = (await loadCategories(locale)).find((c) => c.id === id);
  if (!entry) throw new Error(`Unknown category ${id}`);
  return entry;
}

/** All guides in reading order, with the title in the other language beside each. */
export async function loadGuides(locale: Locale = defaultLocale): Promise<LocalizedGuide[]> {
  const localized = await localize('guides', await getCollection('guides'), locale, (e, t) => mergeGuide(e.data, t.data), (e) => e.data);
  return sortGuides(
    localized.map((g) => ({
      ...g,
      alt: locale === defaultLocale || g.i18n.fallback ? { text: g.english.data.titleZh, lang: 'zh-CN' } : { text: g.english.data.title, lang: localeInfo[defaultLocale].lang },
    })),
  );
}

/** All comparison matrices. */
export async function loadMatrices(locale: Locale = defaultLocale): Promise<(Localized<Matrix> & { english: CollectionEntry<'matrices'> })[]> {
  return localize('matrices', await getCollection('matrices'), locale, (e, t) => mergeMatrix(e.data, t.data), (e) => e.data);
}

/** The imported Gateway API conformance data and the people-kept mapping to component pages. */
export async function loadConformance(): Promise<{ data: GatewayApiConformance; mapping: ConformanceImplementation[] }> {
  const entry = await getEntry('conformance', 'gateway-api');
  if (!entry) throw new Error('content/conformance/gateway-api.yaml is missing');
  const mapping = (await getCollection('conformanceImplementations')).map((e) => e.data);
  return { data: entry.data, mapping };
}

/**
 * Each matrix, as `locale` shows it, with the imported values its derived cells need: for a row
 * with `derivedFrom: gateway-api-conformance`, each column's newest Gateway API conformance report.
 */
export async function loadMatrixViews(locale: Locale = defaultLocale) {
  const matrices = await loadMatrices(locale);
  const needsConformance = matrices.some((m) => m.data.rows.some((r) => r.derivedFrom === 'gateway-api-conformance'));
  const conformance = needsConformance ? await loadConformance() : undefined;
  return matrices.map((localized) => ({
    ...localized,
    matrix: localized.data,
    derived: (conformance
      ? { 'gateway-api-conformance': gatewayApiRowValues(conformance.data, conformance.mapping, localized.data.columns), gatewayApiAsOf: conformance.data.source.date.slice(0, 10) }
      : {}) as DerivedValues,
  }));
}

/**
 * Renders a component or guide body in the page's locale: the translation's MDX when there is
 * one, else the English. Headings keep the English slugs by position (see englishSlugs), so
 * the page hands `slugs` to its H2/H3 components through Astro.locals.headingSlugs.
 */
export async function renderLocalized(entry: LocalizedComponent | LocalizedGuide) {
  const english = await renderEntry(entry.english);
  if (!entry.translation) return { Content: english.Content, headings: english.headings, slugs: {} as Record<string, string> };
  const shown = await renderEntry(entry.translation);
  const { slugs, headings } = englishSlugs(shown.headings, english.headings);
  return { Content: shown.Content, headings, slugs };
}

/** Renders an MDX entry (component or guide) to its content and headings. */
export const render = renderEntry;

// --- Flagship pages ------------------------------------------------------------------------

/** The kube-proxy costs dataset, as stored (English): for the CSV files, which are data. */
export async function loadKubeProxyDataset(): Promise<KubeProxyDataset> {
  const entry = await getEntry('datasets', 'kube-proxy');
  if (!entry) throw new Error('content/datasets/kube-proxy.yaml is missing');
  return entry.data;
}

/** The kube-proxy costs dataset in the page's locale, with the milestone stages in its words. */
export async function loadKubeProxy(locale: Locale = defaultLocale): Promise<Localized<KubeProxyDataset> & { stages: (string | undefined)[] }> {
  const entry = await getEntry('datasets', 'kube-proxy');
  if (!entry) throw new Error('content/datasets/kube-proxy.yaml is missing');
  let stages: (string | undefined)[] = [];
  const [localized] = await localize(
    'datasets',
    [entry],
    locale,
    (e, t) => {
      const merged = mergeDataset(e.data, t.data);
      stages = merged.stages;
      return merged.data;
    },
    (e) => e.data,
  );
  return { id: localized!.id, data: localized!.data, i18n: localized!.i18n, stages };
}

/**
 * Kubernetes release lines, oldest first, as stored and as the version rule reads them, with
 * their notes in the page's locale; `i18n` has one entry per line that has notes.
 */
export async function loadReleases(locale: Locale = defaultLocale): Promise<{ entries: ReleaseLine[]; lines: LineData[]; i18n: Map<string, EntryI18n> }> {
  const localized = (await localize('releases', await getCollection('releases'), locale, (e, t) => mergeRelease(e.data, t.data), (e) => e.data)).sort(
    (a, b) => minorOf(a.data.line) - minorOf(b.data.line),
  );
  const entries = localized.map((e) => e.data);
  const i18n = new Map(localized.filter((e) => e.data.notes?.length).map((e) => [e.data.line, e.i18n]));
  return { entries, lines: entries.map(toLineData), i18n };
}

/** The 2020 survey's stable-release table. */
export async function loadSurveyTable(): Promise<SurveyTable> {
  const entry = await getEntry('surveyTable', 'survey-stable-table');
  if (!entry) throw new Error('content/survey-stable-table.yaml is missing');
  return entry.data;
}

/** The CVE advisories of one component (or `kubernetes` for Kubernetes itself), when the feed has any file for it. */
export async function loadAdvisories(component: string): Promise<AdvisoriesFile | undefined> {
  // getCollection rather than getEntry: most components have no file, and getEntry warns for each.
  return (await getCollection('advisories')).find((e) => e.id === component)?.data;
}

/** Components with advisories of their own in the CVE feed, with their names, for links to their pages. */
export async function loadAdvisoryComponents(): Promise<{ id: string; name: string }[]> {
  const names = new Map((await getCollection('components')).map((c) => [c.id, c.data.name]));
  return (await getCollection('advisories'))
    .filter((f) => names.has(f.id) && f.data.advisories.length > 0)
    .map((f) => ({ id: f.id, name: names.get(f.id)! }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Managed Kubernetes providers and their support windows, in file-name order. */
export async function loadProviders(): Promise<Provider[]> {
  return (await getCollection('providers')).sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.data);
}

/** What each importer last read (content/provenance/), one record per importer. */
export async function loadProvenance(): Promise<ProvenanceRecord[]> {
  return (await getCollection('provenance')).map((e) => e.data);
}

/**
 * Every collection with its schema and entries, for the JSON API and the change feeds, which
 * publish each collection generically (a collection added to content.config.ts appears there
 * without a change here). Entries are sorted by id.
 */
export async function loadAllCollections(): Promise<{ name: string; schema: z.ZodType; entries: { id: string; data: Record<string, unknown> }[] }[]> {
  return Promise.all(
    // Translations are text laid over these entries, not data of their own; the API serves the data.
    Object.entries(collections)
      .filter(([name]) => !name.startsWith('zh'))
      .map(async ([name, config]) => ({
      name,
      schema: (config as { schema: z.ZodType }).schema,
      entries: (await getCollection(name as CollectionKey))
        .map((e) => ({ id: e.id, data: e.data as Record<string, unknown> }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    })),
  );
}

/** A page's prose renderer, which also says where its words come from. */
export type Prose = ((ref: ProseRef | string) => string) & { i18n: EntryI18n };

/** The prose of one page, from content/pages/<id>.yaml (or its translation), in the translator's locale. */
export async function loadProse(id: string, t: Translator): Promise<Prose> {
  const entry = await getEntry('pageTexts', id);
  if (!entry) throw new Error(`content/pages/${id}.yaml is missing`);
  const [localized] = await localize('pages', [entry], t.locale, (_, tr) => tr.data.texts, (e) => e.data.texts);
  const file = localized!.translation ? `content/${localeInfo[t.locale].pathPrefix}pages/${id}.yaml` : `content/pages/${id}.yaml`;
  const render = proseRenderer(id, localized!.data, localized!.i18n.lang, t.message, file);
  return Object.assign(render, { i18n: localized!.i18n });
}

/** A locale's glossary: each term's translation and the words readers search for it by. */
export async function loadGlossary(locale: Locale): Promise<GlossaryEntry[]> {
  if (locale === defaultLocale) return [];
  return (await getCollection('zhGlossary')).map((e) => e.data);
}

const minorOf = (line: string) => Number(line.split('.')[1]);
