import { getCollection, getEntry, render as renderEntry } from 'astro:content';
import { sortCategories } from '../lib/catalog/derive';
import { sortGuides } from '../lib/catalog/guides';
import { toLineData, type LineData } from '../lib/versions/lines';
import type { ReleaseLine, SurveyTable } from '../schemas/release';
import type { Translator } from '../i18n';
import { proseRenderer, type ProseRef } from '../lib/format/prose';
import { gatewayApiRowValues } from '../lib/conformance/gateway-api-row';
import type { DerivedValues } from '../lib/matrix/matrix';
import type { Matrix } from '../schemas/matrix';
import type { ConformanceImplementation, GatewayApiConformance } from '../schemas/conformance';

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

/** The imported Gateway API conformance data and the people-kept mapping to component pages. */
export async function loadConformance(): Promise<{ data: GatewayApiConformance; mapping: ConformanceImplementation[] }> {
  const entry = await getEntry('conformance', 'gateway-api');
  if (!entry) throw new Error('content/conformance/gateway-api.yaml is missing');
  const mapping = (await getCollection('conformanceImplementations')).map((e) => e.data);
  return { data: entry.data, mapping };
}

/**
 * Each matrix with the imported values its derived cells need: for a row with
 * `derivedFrom: gateway-api-conformance`, each column's newest Gateway API conformance report.
 */
export async function loadMatrixViews(): Promise<Array<{ matrix: Matrix; derived: DerivedValues }>> {
  const matrices = await getCollection('matrices');
  const needsConformance = matrices.some((m) => m.data.rows.some((r) => r.derivedFrom === 'gateway-api-conformance'));
  const conformance = needsConformance ? await loadConformance() : undefined;
  return matrices.map(({ data: matrix }) => ({
    matrix,
    derived: conformance
      ? { 'gateway-api-conformance': gatewayApiRowValues(conformance.data, conformance.mapping, matrix.columns), gatewayApiAsOf: conformance.data.source.date.slice(0, 10) }
      : {},
  }));
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

/** The prose of one page, from content/pages/<id>.yaml, rendered in the translator's locale. */
export async function loadProse(id: string, t: Translator): Promise<(ref: ProseRef | string) => string> {
  const entry = await getEntry('pageTexts', id);
  if (!entry) throw new Error(`content/pages/${id}.yaml is missing`);
  return proseRenderer(id, entry.data.texts, t.lang, t.message);
}

/** Renders an MDX entry (component or guide) to its content and headings. */
export const render = renderEntry;

const minorOf = (line: string) => Number(line.split('.')[1]);
