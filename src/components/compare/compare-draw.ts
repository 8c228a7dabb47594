import { canonicalSlug } from '../../lib/compare/pairs';
import { compareView } from '../../lib/compare/view';
import { mergeCompareData, type CompareDataPart } from '../../lib/compare/data';
import { compareTable, type TableWords } from './compare-table';
import { toDom } from './tree-dom';

/**
 * What the compare page needs to draw a view in the browser, loaded only there (a pair page
 * has its table in the HTML already): merge the chosen components' data files, derive the
 * rows, lay them out as DOM.
 */
export function drawView(parts: CompareDataPart[], ids: string[], t: TableWords, pairBase: string) {
  const view = compareView(mergeCompareData(parts), ids);
  const caption = t('compare.caption', { names: view.columns.map((c) => c.name) });
  const table = toDom(compareTable(view, t, { caption, removable: true }));
  const categories = new Set(view.columns.map((c) => c.category.id));
  const pair = ids.length === 2 && categories.size === 1 ? `${pairBase}${canonicalSlug(ids[0]!, ids[1]!)}/` : undefined;
  return { table, pair };
}
