import { getCollection, getEntry } from 'astro:content';
import { sortCategories } from './derive';
import { sortGuides } from './guides';

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
