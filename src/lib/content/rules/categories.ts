import type { Problem } from '../problems';
import { list, text, type ContentRule } from './shared';

/** Rules for content/categories.yaml. */
export const categoryRules: ContentRule[] = [
  {
    name: 'unique-category-ids',
    description: 'Each category id appears once in content/categories.yaml.',
    check: (content) => {
      const seen = new Set<string>();
      return content.categories.flatMap(({ raw, file }, index) => {
        const id = text(raw.id);
        if (!id) return [];
        if (seen.has(id)) return [{ file, field: `${index}.id`, message: `category "${id}" is listed twice` }];
        seen.add(id);
        return [];
      });
    },
  },
];
