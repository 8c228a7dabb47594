import type { Problem } from '../problems';
import { supportLevels } from '../../../schemas/matrix';
import { fieldMatchesFileName, list, notInFuture, text, type ContentRule } from './shared';

/** Rules for content/matrices/ (the Ingress matrix). */
export const matrixRules: ContentRule[] = [
  {
    name: 'matrix-id-matches-file',
    description: "A matrix's id is its file name, so links and files agree.",
    check: (content) =>
      content.matrices.flatMap(({ id, raw, file }) => fieldMatchesFileName(file, id, 'id', raw.id)),
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
            problems.push(...notInFuture(file, `${field}.checked`, c.checked, today, 'use the date the cell was checked'));
            return problems;
          });
        });
      }),
  },
];
