import type { ContentSet, LoadedEntry } from './content-load';
import type { Problem } from './problems';
import { inactiveStates, type ComponentData } from '../schemas/component';
import { guideRules } from './guide-rules';
import { supportLevels } from '../schemas/matrix';
import { upstreamRules } from './upstream-rules';

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
  // --- comparison matrices (feature: Ingress matrix) ---
  {
    name: 'matrix-id-matches-file',
    description: "A matrix's id is its file name, so links and files agree.",
    check: (content) =>
      content.matrices.flatMap(({ id, raw, file }) => {
        const declared = text(raw.id);
        return declared === undefined || declared === id
          ? []
          : [{ file, field: 'id', message: `is "${declared}" but the file is named ${id}.yaml; make them the same` }];
      }),
  },
  {
    name: 'matrix-columns-exist',
    description: 'Every column (and baseline column) of a matrix is a component page, listed once.',
    check: (content) => {
      const ids = new Set(content.components.map((c) => c.id));
      return content.matrices.flatMap(({ raw, file }) => {
        const baseline = raw.baseline as Record<string, unknown> | undefined;
        const check = (field: string, values: unknown[]) => {
          const seen = new Set<string>();
          return values.flatMap((value, index): Problem[] => {
            const id = text(value);
            if (id === undefined) return [];
            if (seen.has(id)) return [{ file, field: `${field}.${index}`, message: `"${id}" is listed twice` }];
            seen.add(id);
            return ids.has(id)
              ? []
              : [{ file, field: `${field}.${index}`, message: `no component has the id "${id}"; expected a file content/components/${id}.mdx` }];
          });
        };
        return [...check('columns', list(raw.columns)), ...check('baseline.columns', list(baseline?.columns))];
      });
    },
  },
  {
    name: 'matrix-rows-complete',
    description:
      'Row ids are unique; every row has a cell for every column (and, when it has a baseline, a baseline cell for every baseline column), and no others.',
    check: (content) =>
      content.matrices.flatMap(({ raw, file }) => {
        const columns = [...new Set(list(raw.columns).flatMap((c) => text(c) ?? []))];
        const baselineColumns = list((raw.baseline as Record<string, unknown> | undefined)?.columns).flatMap((c) => text(c) ?? []);
        const seen = new Set<string>();
        return list(raw.rows).flatMap((row, index): Problem[] => {
          const r = (row ?? {}) as Record<string, unknown>;
          const problems: Problem[] = [];
          const id = text(r.id);
          if (id !== undefined) {
            if (seen.has(id)) problems.push({ file, field: `rows.${index}.id`, message: `row "${id}" appears twice; row ids must be unique` });
            seen.add(id);
          }
          const compare = (field: string, wanted: string[], given: unknown) => {
            const present = given && typeof given === 'object' ? Object.keys(given) : [];
            for (const column of wanted) {
              if (!present.includes(column)) problems.push({ file, field: `rows.${index}.${field}.${column}`, message: `is missing; every row needs a cell for each column (use support: unknown when no source settles it)` });
            }
            for (const key of present) {
              if (!wanted.includes(key)) problems.push({ file, field: `rows.${index}.${field}.${key}`, message: `is not a column; expected one of ${wanted.join(', ')}` });
            }
          };
          compare('cells', columns, r.cells);
          if (r.baseline !== undefined) compare('baseline', baselineColumns, r.baseline);
          return problems;
        });
      }),
  },
  {
    name: 'matrix-cells-sourced',
    description: "Every known cell cites a source from the matrix's `sources`, and no checked date lies in the future.",
    check: (content, { today }) =>
      content.matrices.flatMap(({ raw, file }) => {
        const sources = raw.sources && typeof raw.sources === 'object' ? Object.keys(raw.sources) : [];
        return list(raw.rows).flatMap((row, index) => {
          const cells = ((row ?? {}) as Record<string, unknown>).cells;
          if (!cells || typeof cells !== 'object') return [];
          return Object.entries(cells as Record<string, unknown>).flatMap(([column, cell]): Problem[] => {
            const c = (cell ?? {}) as Record<string, unknown>;
            const field = `rows.${index}.cells.${column}`;
            const problems: Problem[] = [];
            const source = text(c.source);
            const known = supportLevels.includes(c.support as never);
            if (source === undefined && known && c.support !== 'unknown') {
              problems.push({ file, field: `${field}.source`, message: `is required when support is "${String(c.support)}"; cite a key from sources, or use support: unknown` });
            } else if (source !== undefined && !sources.includes(source)) {
              problems.push({ file, field: `${field}.source`, message: `"${source}" is not a key of sources; expected one of ${sources.join(', ')}` });
            }
            const checked = c.checked instanceof Date ? c.checked.toISOString().slice(0, 10) : text(c.checked);
            if (checked && /^\d{4}-\d{2}-\d{2}$/.test(checked) && checked > today) {
              problems.push({ file, field: `${field}.checked`, message: `${checked} is in the future; use the date the cell was checked` });
            }
            return problems;
          });
        });
      }),
  },
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
  ...releaseRules(),
  // Imported upstream data (providers, advisories, provenance): their rules live in upstream-rules.ts.
  ...upstreamRules,
  // Guides (content/guides/): their rules live in guide-rules.ts.
  ...guideRules,
];

// --- Version picker: rules for content/releases/ ------------------------------------------------

function day(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  const s = text(value);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function releaseRules(): ContentRule[] {
  return [
    {
      name: 'release-line-matches-file',
      description: 'A release file is named after its line: content/releases/1.16.yaml holds line "1.16".',
      check: (content) =>
        content.releases.flatMap(({ id, raw, file }) => {
          const line = text(raw.line);
          return line === undefined || line === id
            ? []
            : [{ file, field: 'line', message: `is "${line}" but the file is named ${id}.yaml; rename one so they agree` }];
        }),
    },
    {
      name: 'release-source-keys-exist',
      description: "Every fact in a release file names a source listed in that file's sources.",
      check: (content) =>
        content.releases.flatMap(({ raw, file }) => {
          const keys = new Set(Object.keys(record(raw.sources)));
          const problems: Problem[] = [];
          const need = (field: string, key: unknown) => {
            const k = text(key);
            if (k !== undefined && !keys.has(k)) {
              problems.push({ file, field, message: `names the source "${k}", which is not in sources; expected one of ${[...keys].join(', ') || '(none)'}` });
            }
          };
          need('released.source', record(raw.released).source);
          need('endOfLife.source', record(raw.endOfLife).source);
          need('finalPatch.source', record(raw.finalPatch).source);
          list(raw.patches).forEach((p, i) => {
            need(`patches.${i}.source`, record(p).source);
            list(record(p).fixes).forEach((f, j) => need(`patches.${i}.fixes.${j}.source`, record(f).source));
          });
          list(raw.notes).forEach((n, i) => {
            const note = record(n);
            need(`notes.${i}.source`, note.source);
            if ((note.source === undefined) === (note.fromSurvey === undefined)) {
              problems.push({ file, field: `notes.${i}`, message: 'needs exactly one of source (a key) or fromSurvey: true' });
            }
          });
          return problems;
        }),
    },
    {
      name: 'release-patches-ordered',
      description: 'Patch numbers increase with no duplicates, dates never go backwards, and the x.y.0 date is given once.',
      check: (content) =>
        content.releases.flatMap(({ raw, file }) => {
          const problems: Problem[] = [];
          const patches = list(raw.patches).map(record);
          let prev: { patch: number; date?: string } | undefined;
          patches.forEach((p, i) => {
            const patch = typeof p.patch === 'number' ? p.patch : undefined;
            const date = day(p.date);
            if (patch === undefined) return;
            if (prev && patch === prev.patch) problems.push({ file, field: `patches.${i}.patch`, message: `${patch} is listed twice; each patch release appears once` });
            else if (prev && patch < prev.patch) problems.push({ file, field: `patches.${i}.patch`, message: `${patch} comes after ${prev.patch}; list patch releases in increasing order` });
            if (prev?.date && date && date < prev.date) {
              problems.push({ file, field: `patches.${i}.date`, message: `${date} is before the date of patch ${prev.patch} (${prev.date}); a later patch cannot be older` });
            }
            prev = { patch, date: date ?? prev?.date };
          });
          const hasZero = patches.some((p) => p.patch === 0);
          if (hasZero && raw.released !== undefined) problems.push({ file, field: 'released', message: 'must be left out when patch 0 is listed; the x.y.0 patch entry carries the date' });
          if (!hasZero && raw.released === undefined) problems.push({ file, field: 'released', message: 'is required when patch 0 is not listed; give the x.y.0 date and its source' });
          const final = record(raw.finalPatch).patch;
          const highest = Math.max(-1, ...patches.map((p) => (typeof p.patch === 'number' ? p.patch : -1)));
          if (typeof final === 'number' && highest > final) problems.push({ file, field: 'finalPatch.patch', message: `is ${final} but patch ${highest} is listed; the final patch cannot be lower` });
          if (raw.patchesComplete === true && typeof final === 'number' && highest !== final) {
            problems.push({ file, field: 'patchesComplete', message: `is true but the last listed patch is ${highest}, not the final patch ${final}` });
          }
          return problems;
        }),
    },
    {
      name: 'release-before-end-of-life',
      description: 'A line is released before its end of life, and no date lies in the future.',
      check: (content, { today }) =>
        content.releases.flatMap(({ raw, file }) => {
          const problems: Problem[] = [];
          const zero = list(raw.patches).map(record).find((p) => p.patch === 0);
          const released = day(zero?.date) ?? day(record(raw.released).date);
          const eol = day(record(raw.endOfLife).date);
          if (released && eol && eol <= released) {
            problems.push({ file, field: 'endOfLife.date', message: `${eol} is not after the release date ${released}; end of life must come later` });
          }
          if (released && released > today) problems.push({ file, field: zero ? 'patches.0.date' : 'released.date', message: `${released} is in the future; list only releases that have happened` });
          list(raw.patches).forEach((p, i) => {
            const date = day(record(p).date);
            if (date && date > today && record(p).patch !== 0) problems.push({ file, field: `patches.${i}.date`, message: `${date} is in the future; list only releases that have happened` });
          });
          return problems;
        }),
    },
  ];
}
