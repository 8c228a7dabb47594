import type { ComparisonColumn } from '../../schemas/category';
import type { TraitValue } from '../../schemas/component';
import type { CatalogComponent } from './derive';
import { sortByName } from './derive';

/** One row of a category comparison: a component, or one variant of it. */
export interface ComparisonRow {
  /** Stable fragment id for the row, so a link can point at it. */
  anchor: string;
  /** Row heading. */
  name: string;
  /** The component page the row links to. */
  componentId: string;
  /** Cell values in column order; `undefined` never happens once content is checked. */
  cells: (TraitValue | undefined)[];
}

/**
 * Builds the rows of a category's comparison table from its members' frontmatter. A component
 * with variants contributes one row per variant, in the order written.
 */
export function comparisonRows(columns: ComparisonColumn[], members: CatalogComponent[]): ComparisonRow[] {
  return sortByName(members).flatMap(({ id, data }) => {
    if (data.variants.length > 0) {
      return data.variants.map((variant) => ({
        anchor: `compare-${id}-${variant.key}`,
        name: variant.name,
        componentId: id,
        cells: columns.map((column) => variant.traits[column.key]),
      }));
    }
    return [{ anchor: `compare-${id}`, name: data.name, componentId: id, cells: columns.map((column) => data.traits[column.key]) }];
  });
}

/** How a cell reads: lists joined, booleans as yes or no, "unknown" kept as a marker. */
export type CellView = { kind: 'yes' | 'no' | 'unknown' } | { kind: 'text'; text: string } | { kind: 'list'; items: string[] };

export function viewCell(value: TraitValue | undefined): CellView {
  if (value === undefined || value === 'unknown') return { kind: 'unknown' };
  if (value === true) return { kind: 'yes' };
  if (value === false) return { kind: 'no' };
  if (Array.isArray(value)) return { kind: 'list', items: value };
  return { kind: 'text', text: value };
}
