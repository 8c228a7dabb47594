import { getCollection, getEntry, render as renderEntry, type CollectionKey } from 'astro:content';
import type { z } from 'astro/zod';
import { collections } from '../content.config';
import { sortCategories } from '../lib/catalog/derive';
import { sortGuides } from '../lib/catalog/guides';
import { toLineData, type LineData } from '../lib/versions/lines';
import type { ReleaseLine, SurveyTable } from '../schemas/release';
import type { AdvisoriesFile } from '../schemas/advisory';
import type { Provider } from '../schemas/provider';
import type { ProvenanceRecord } from '../schemas/provenance';
import type { Translator } from '../i18n';
import { proseRenderer, type ProseRef } from '../lib/format/prose';

/**
 * The one module that reads Astro's content collections. Pages and endpoints get typed data
 * from here and nowhere else; the content guard has already checked every file (and every rule
 * across files) before Astro loads them, so nothing here re-validates.
 */

/** All categories in display order. */
export async function loadCategories() {
  return sortCategories(await getCollection('categories'));
}

/** All components, in no particular order. */
export async function loadComponents() {
  return getCollection('components');
}

/** One category by id; the content guard has already proved that every referenced id exists. */
export async function loadCategory(id: string) {
  const entry = await getEntry('categories', id);
  if (!entry) throw new Error(`Unknown category ${id}`);
  return entry;
}

/** All guides in reading order. */
export async function loadGuides() {
  return sortGuides(await getCollection('guides'));
}

/** All comparison matrices. */
export async function loadMatrices() {
  return getCollection('matrices');
}

/** The kube-proxy costs dataset. */
export async function loadKubeProxyDataset() {
  const entry = await getEntry('datasets', 'kube-proxy');
  if (!entry) throw new Error('content/datasets/kube-proxy.yaml is missing');
  return entry.data;
}

/** Kubernetes release lines, oldest first, as stored and as the version rule reads them. */
export async function loadReleases(): Promise<{ entries: ReleaseLine[]; lines: LineData[] }> {
  const entries = (await getCollection('releases')).map((e) => e.data).sort((a, b) => minorOf(a.line) - minorOf(b.line));
  return { entries, lines: entries.map(toLineData) };
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

/** The prose of one page, from content/pages/<id>.yaml, rendered in the translator's locale. */
export async function loadProse(id: string, t: Translator): Promise<(ref: ProseRef | string) => string> {
  const entry = await getEntry('pageTexts', id);
  if (!entry) throw new Error(`content/pages/${id}.yaml is missing`);
  return proseRenderer(id, entry.data.texts, t.lang, t.message);
}

/**
 * Every collection with its schema and entries, for the JSON API and the change feeds, which
 * publish each collection generically (a collection added to content.config.ts appears there
 * without a change here). Entries are sorted by id.
 */
export async function loadAllCollections(): Promise<{ name: string; schema: z.ZodType; entries: { id: string; data: Record<string, unknown> }[] }[]> {
  return Promise.all(
    Object.entries(collections).map(async ([name, config]) => ({
      name,
      schema: (config as { schema: z.ZodType }).schema,
      entries: (await getCollection(name as CollectionKey))
        .map((e) => ({ id: e.id, data: e.data as Record<string, unknown> }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    })),
  );
}

/** Renders an MDX entry (component or guide) to its content and headings. */
export const render = renderEntry;

const minorOf = (line: string) => Number(line.split('.')[1]);
