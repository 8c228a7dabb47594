import { loadCategories, loadComponents, loadMatrixViews } from './index';
import { buildCompareData, type CompareData } from '../lib/compare/data';
import { MAX_PAIRED_MEMBERS, categoryPairs, type Pair } from '../lib/compare/pairs';
import { buildRows, cellAnchor } from '../lib/matrix/matrix';
import { categoryPath, componentPath, localePath } from '../lib/format/paths';
import { formatDate } from '../i18n/format';
import { localeInfo, type Locale } from '../i18n/locales';

/**
 * The compare data of a locale, built once per build (and afresh under astro dev): the pair
 * pages and the compare page's data files (/compare-data/<id>.json) all read this, so they agree.
 */
const cache = new Map<Locale, Promise<CompareData>>();

export function loadCompareData(locale: Locale): Promise<CompareData> {
  if (import.meta.env.DEV) return compute(locale);
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = compute(locale)));
  return value;
}

async function compute(locale: Locale): Promise<CompareData> {
  const [categories, components, matrices] = await Promise.all([loadCategories(locale), loadComponents(locale), loadMatrixViews(locale)]);
  const matrixPath = (id: string) => localePath(locale, `compare/${id}/`);
  return buildCompareData({
    lang: localeInfo[locale].lang,
    categories,
    components,
    matrices: matrices.map((m) => ({ id: m.id, title: m.matrix.title, columns: m.matrix.columns, rows: buildRows(m.matrix, m.derived), i18n: m.i18n })),
    href: {
      component: (id) => componentPath(id, locale),
      category: (id) => categoryPath(id, locale),
      matrix: matrixPath,
      matrixCell: (matrix, row, column) => `${matrixPath(matrix)}#${cellAnchor(row, column)}`,
    },
    date: (day) => formatDate(day, locale),
  });
}

let warned = false;

/** Every pair page, in canonical order (the same in every locale: ids are not translated). */
export async function loadPairs(): Promise<(Pair & { category: string })[]> {
  const members = (await loadComponents()).map((c) => ({ id: c.id, category: c.data.category }));
  const sizes = new Map<string, number>();
  for (const m of members) sizes.set(m.category, (sizes.get(m.category) ?? 0) + 1);
  const unpaired = [...sizes].filter(([, n]) => n > MAX_PAIRED_MEMBERS);
  if (unpaired.length && !warned) {
    warned = true;
    console.warn(`Pair pages: ${unpaired.map(([c, n]) => `${c} (${n})`).join(', ')} ${unpaired.length === 1 ? 'has' : 'have'} more than ${MAX_PAIRED_MEMBERS} members and get no pair pages (src/lib/compare/pairs.ts).`);
  }
  return categoryPairs(members);
}
