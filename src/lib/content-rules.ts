import type { ContentSet, LoadedEntry } from './content-load';
import type { Problem } from './problems';
import { inactiveStates, type ComponentData } from '../schemas/component';

/** A check across files, in the manner of browser-compat-data's linters. */
export interface ContentRule {
  name: string;
  description: string;
  check(content: ContentSet, context: { today: string }): Problem[];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Rules read the raw frontmatter defensively rather than the parsed data, so a file with a
 * type error in one field still has its other fields checked in the same run.
 */
function eachComponent(content: ContentSet, visit: (entry: LoadedEntry<ComponentData>) => Problem[]): Problem[] {
  return content.components.flatMap(visit);
}

export const contentRules: ContentRule[] = [
  {
    name: 'id-from-file-name',
    description: 'A component id is its file name, so it must be usable in a URL.',
    check: (content) =>
      eachComponent(content, ({ id, file }) =>
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)
          ? []
          : [{ file, field: '(file name)', message: `"${id}" is not a valid id; rename the file to lowercase letters, digits and hyphens` }],
      ),
  },
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
  {
    name: 'known-category',
    description: 'A component names a category that exists in content/categories.yaml.',
    check: (content) => {
      const known = [...new Set(content.categories.map((c) => text(c.raw.id)).filter((id): id is string => !!id))];
      return eachComponent(content, ({ raw, file }) => {
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
      return eachComponent(content, ({ id, raw, file }) =>
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
      return eachComponent(content, ({ raw, file }) =>
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
      eachComponent(content, ({ raw, file }) => {
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
      return eachComponent(content, ({ id, raw, file }) =>
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
      return eachComponent(content, ({ raw, file }) => {
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
  // --- kube-proxy dataset rules (content/datasets/) ---
  {
    name: 'dataset-source-ids-exist',
    description: 'Every figure, finding and milestone in a dataset names a source listed in the same file.',
    check: (content) =>
      content.datasets.flatMap(({ raw, file }) => {
        const known = list(raw.sources).flatMap((s) => text((s as Record<string, unknown> | null)?.id) ?? []);
        const refs: { field: string; value: unknown }[] = [
          { field: 'benchmark.source', value: (raw.benchmark as Record<string, unknown> | undefined)?.source },
          ...list(raw.series).flatMap((series, i) =>
            list((series as Record<string, unknown> | null)?.points).map((point, j) => ({
              field: `series.${i}.points.${j}.source`,
              value: (point as Record<string, unknown> | null)?.source,
            })),
          ),
          ...list(raw.findings).map((f, i) => ({ field: `findings.${i}.source`, value: (f as Record<string, unknown> | null)?.source })),
          ...list(raw.milestones).map((m, i) => ({ field: `milestones.${i}.source`, value: (m as Record<string, unknown> | null)?.source })),
        ];
        return refs.flatMap(({ field, value }) => {
          const id = text(value);
          return id === undefined || known.includes(id)
            ? []
            : [{ file, field, message: `no source has the id "${id}"; expected one of ${known.join(', ') || '(none listed)'}` }];
        });
      }),
  },
  {
    name: 'dataset-stores-quoted-figures',
    description: 'A dataset holds only figures a source gives; computed values come from the model at build time.',
    check: (content) =>
      content.datasets.flatMap(({ raw, file }) =>
        list(raw.series).flatMap((series, i) =>
          list((series as Record<string, unknown> | null)?.points).flatMap((point, j) =>
            text((point as Record<string, unknown> | null)?.basis) === 'computed'
              ? [{ file, field: `series.${i}.points.${j}.basis`, message: 'a computed value cannot be stored as a fact; remove it, the model in src/lib/kube-proxy-model.ts draws it' }]
              : [],
          ),
        ),
      ),
  },
  {
    name: 'dataset-unique-ids',
    description: 'Source, series and finding ids are each used once within a dataset.',
    check: (content) =>
      content.datasets.flatMap(({ raw, file }) =>
        (['sources', 'series', 'findings'] as const).flatMap((key) => {
          const seen = new Set<string>();
          return list(raw[key]).flatMap((item, index) => {
            const id = text((item as Record<string, unknown> | null)?.id);
            if (!id) return [];
            if (seen.has(id)) return [{ file, field: `${key}.${index}.id`, message: `"${id}" is used twice in ${key}` }];
            seen.add(id);
            return [];
          });
        }),
      ),
  },
  {
    name: 'dataset-dates-not-in-future',
    description: 'A dataset cannot be reviewed, or a source checked, later than today.',
    check: (content, { today }) =>
      content.datasets.flatMap(({ raw, file }) => {
        const asText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : text(value));
        const dates = [
          { field: 'reviewed', value: asText(raw.reviewed) },
          ...list(raw.sources).map((s, i) => ({ field: `sources.${i}.checked`, value: asText((s as Record<string, unknown> | null)?.checked) })),
        ];
        return dates.flatMap(({ field, value }) =>
          value && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today
            ? [{ file, field, message: `${value} is in the future; use the date the figures were checked` }]
            : [],
        );
      }),
  },
  // --- end of kube-proxy dataset rules ---
  {
    name: 'reviewed-not-in-future',
    description: 'A reviewed date cannot be later than today.',
    check: (content, { today }) =>
      eachComponent(content, ({ raw, file }) => {
        const reviewed = raw.reviewed instanceof Date ? raw.reviewed.toISOString().slice(0, 10) : text(raw.reviewed);
        return reviewed && /^\d{4}-\d{2}-\d{2}$/.test(reviewed) && reviewed > today
          ? [{ file, field: 'reviewed', message: `${reviewed} is in the future; use the date the facts were checked` }]
          : [];
      }),
  },
];
