import type { GuideData } from '../../schemas/guide';

/** A guide with its id, the shape pages work with. */
export interface CatalogGuide {
  id: string;
  data: GuideData;
}

/** The anchor of a guide's comparison table. */
export const tableAnchor = (tableId: string) => `table-${tableId}`;

/** The anchor of one row of a comparison table, so a reader can link to a single option. */
export const rowAnchor = (tableId: string, rowId: string) => `${tableId}-${rowId}`;

/** Guides in reading order: by `order`, then by title. */
export function sortGuides<T extends CatalogGuide>(guides: T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The guides that belong to one category, in reading order. */
export function guidesFor<T extends CatalogGuide>(guides: T[], categoryId: string): T[] {
  return sortGuides(guides.filter((g) => g.data.categories.includes(categoryId)));
}
