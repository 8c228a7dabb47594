import type { Category } from '../../schemas/category';
import type { ComponentData } from '../../schemas/component';
import { inactiveStates } from '../../schemas/component';

/** A component with its id, the shape pages work with. */
export interface CatalogComponent {
  id: string;
  data: ComponentData;
}

export function sortCategories<T extends { data: Category }>(categories: T[]): T[] {
  return [...categories].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
}

export function sortByName<T extends CatalogComponent>(components: T[]): T[] {
  return [...components].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
}

/** Components of one category, by name. */
export function componentsIn<T extends CatalogComponent>(components: T[], categoryId: string): T[] {
  return sortByName(components.filter((c) => c.data.category === categoryId));
}

/** The most recently reviewed components first; ties by name so the order is stable. */
export function recentlyReviewed<T extends CatalogComponent>(components: T[], count: number): T[] {
  return [...components]
    .sort((a, b) => b.data.reviewed.localeCompare(a.data.reviewed) || a.data.name.localeCompare(b.data.name))
    .slice(0, count);
}

/** True when the page should warn readers away from the project. */
export function needsBanner(component: CatalogComponent): boolean {
  return inactiveStates.has(component.data.status.state);
}
