import { inactiveStates } from '../../../schemas/component';
import type { Problem } from '../problems';
import { idIsSlug, list, notInFuture, text, type ContentRule } from './shared';

/** Rules for content/components/*.mdx, read against the categories and the other components. */
export const componentRules: ContentRule[] = [
  {
    name: 'id-from-file-name',
    description: 'A component id is its file name, so it must be usable in a URL.',
    check: (content) =>
      content.components.flatMap(({ id, file }) => idIsSlug(file, id)),
  },
  {
    name: 'known-category',
    description: 'A component names a category that exists in content/categories.yaml.',
    check: (content) => {
      const known = [...new Set(content.categories.map((c) => text(c.raw.id)).filter((id): id is string => !!id))];
      return content.components.flatMap(({ raw, file }) => {
        const category = text(raw.category);
        if (category === undefined || known.includes(category)) return [];
        return [{ file, field: 'category', message: `unknown category "${category}"; expected one of ${known.join(', ')}` }];
      });
    },
  },
  {
    name: 'related-ids-exist',
    description: 'Every related id names another component page.',
    check: (content) => {
      const ids = new Set(content.components.map((c) => c.id));
      return content.components.flatMap(({ id, raw, file }) =>
        list(raw.related).flatMap((ref, index) => {
          const refId = text(ref);
          if (refId === undefined) return [];
          if (refId === id) return [{ file, field: `related.${index}`, message: 'a component cannot be related to itself' }];
          return ids.has(refId)
            ? []
            : [{ file, field: `related.${index}`, message: `no component has the id "${refId}"; expected a file content/components/${refId}.mdx` }];
        }),
      );
    },
  },
  {
    name: 'successor-ids-exist',
    description: 'A successor given by id names a component page.',
    check: (content) => {
      const ids = new Set(content.components.map((c) => c.id));
      return content.components.flatMap(({ raw, file }) =>
        list((raw.status as Record<string, unknown> | undefined)?.successors).flatMap((successor, index) => {
          const refId = text((successor as Record<string, unknown> | null)?.id);
          return refId === undefined || ids.has(refId)
            ? []
            : [{ file, field: `status.successors.${index}.id`, message: `no component has the id "${refId}"; give { name, url } for a project without a page here` }];
        }),
      );
    },
  },
  {
    name: 'inactive-needs-successor',
    description: 'A deprecated, archived or ended project tells readers where to go.',
    check: (content) =>
      content.components.flatMap(({ raw, file }) => {
        const status = raw.status as Record<string, unknown> | undefined;
        const state = text(status?.state);
        if (!state || !inactiveStates.has(state as never) || list(status?.successors).length > 0) return [];
        return [{ file, field: 'status.successors', message: `a project that is ${state} must name at least one successor` }];
      }),
  },
  {
    name: 'unique-aliases',
    description: 'No alias (or name) is claimed by two components, ignoring case.',
    check: (content) => {
      const owners = new Map<string, string>();
      for (const { id, raw } of content.components) {
        const name = text(raw.name);
        if (name) owners.set(name.toLowerCase(), id);
      }
      return content.components.flatMap(({ id, raw, file }) =>
        list(raw.aliases).flatMap((alias, index) => {
          const value = text(alias);
          if (value === undefined) return [];
          const key = value.toLowerCase();
          const owner = owners.get(key);
          if (owner !== undefined && owner !== id) {
            return [{ file, field: `aliases.${index}`, message: `"${value}" is already claimed by ${owner}; an alias must lead to one component` }];
          }
          owners.set(key, id);
          return [];
        }),
      );
    },
  },
  {
    name: 'traits-match-comparison',
    description:
      "A component (or each of its variants) fills every column of its category's comparison table, and only those.",
    check: (content) => {
      const columns = new Map<string, string[]>();
      for (const { raw } of content.categories) {
        const id = text(raw.id);
        const keys = list(raw.comparison).flatMap((c) => text((c as Record<string, unknown> | null)?.key) ?? []);
        if (id && keys.length > 0) columns.set(id, keys);
      }
      const checkTraits = (file: string, field: string, category: string | undefined, traits: unknown): Problem[] => {
        const present = traits && typeof traits === 'object' ? Object.keys(traits) : [];
        const wanted = (category ? columns.get(category) : undefined) ?? [];
        const problems: Problem[] = [];
        for (const key of wanted) {
          if (!present.includes(key)) {
            problems.push({ file, field: `${field}.${key}`, message: `is required by the ${category} comparison table; write "unknown" if no source settles it` });
          }
        }
        for (const key of present) {
          if (!wanted.includes(key)) {
            problems.push({
              file,
              field: `${field}.${key}`,
              message: wanted.length
                ? `is not a column of the ${category} comparison; expected one of ${wanted.join(', ')}`
                : `the ${category ?? 'unknown'} category has no comparison table; remove it or add columns in content/categories.yaml`,
            });
          }
        }
        return problems;
      };
      return content.components.flatMap(({ raw, file }) => {
        const category = text(raw.category);
        const variants = list(raw.variants);
        if (variants.length === 0) return checkTraits(file, 'traits', category, raw.traits);
        const problems = variants.flatMap((variant, index) =>
          checkTraits(file, `variants.${index}.traits`, category, (variant as Record<string, unknown> | null)?.traits),
        );
        if (raw.traits && typeof raw.traits === 'object' && Object.keys(raw.traits).length > 0) {
          problems.push({ file, field: 'traits', message: 'must be empty when variants are given; the variants carry the comparison values' });
        }
        return problems;
      });
    },
  },
  {
    name: 'reviewed-not-in-future',
    description: 'A reviewed date, and the day a list of Kubernetes versions was read, cannot be later than today.',
    check: (content, { today }) =>
      content.components.flatMap(({ raw, file }) => [
        ...notInFuture(file, 'reviewed', raw.reviewed, today, 'use the date the facts were checked'),
        ...notInFuture(file, 'kubernetes.checked', (raw.kubernetes as Record<string, unknown> | undefined)?.checked, today, 'use the date the list was read'),
      ]),
  },
];
