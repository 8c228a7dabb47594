import type { Problem } from '../problems';
import { supportLevels } from '../../../schemas/matrix';
import { day, fieldMatchesFileName, list, notInFuture, record, text, type ContentRule } from './shared';

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
    description:
      "Every known cell and earlier value cites a source from the matrix's `sources` (derived cells cite their report), and no checked date lies in the future.",
    check: (content, { today }) =>
      content.matrices.flatMap(({ raw, file }) => {
        const sources = raw.sources && typeof raw.sources === 'object' ? Object.keys(raw.sources) : [];
        const checkValue = (field: string, c: Record<string, unknown>): Problem[] => {
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
        };
        return list(raw.rows).flatMap((row, index) => {
          const cells = record(row).cells;
          if (!cells || typeof cells !== 'object') return [];
          return Object.entries(cells as Record<string, unknown>).flatMap(([column, cell]): Problem[] => {
            const c = record(cell);
            const field = `rows.${index}.cells.${column}`;
            return [
              ...checkValue(field, c),
              ...list(c.history).flatMap((entry, h) => checkValue(`${field}.history.${h}`, record(entry))),
            ];
          });
        });
      }),
  },
  {
    name: 'matrix-history-ordered',
    description:
      "A cell's earlier values are oldest first and do not overlap: each ends (until) after it starts, no later than the next one starts, and none in the future.",
    check: (content, { today }) =>
      content.matrices.flatMap(({ raw, file }) =>
        list(raw.rows).flatMap((row, index) =>
          Object.entries(record(record(row).cells)).flatMap(([column, cell]): Problem[] => {
            const c = record(cell);
            const entries = list(c.history).map(record);
            if (entries.length === 0) return [];
            const field = `rows.${index}.cells.${column}`;
            const problems: Problem[] = [];
            let previousEnd: string | undefined;
            entries.forEach((entry, h) => {
              const until = day(entry.until);
              const start = day(entry.since) ?? (h === 0 ? day(entry.checked) : previousEnd);
              problems.push(...notInFuture(file, `${field}.history.${h}.until`, entry.until, today, 'an earlier value ends on or before today'));
              if (until && start && until <= start) {
                problems.push({ file, field: `${field}.history.${h}.until`, message: `${until} is not after the day the value started (${start}); until is the first day it no longer held` });
              }
              if (start && previousEnd && start < previousEnd) {
                problems.push({ file, field: `${field}.history.${h}.since`, message: `${start} is before the previous value ended (${previousEnd}); list earlier values oldest first without overlaps` });
              }
              previousEnd = until ?? previousEnd;
            });
            const since = day(c.since);
            if (since && previousEnd && since < previousEnd) {
              problems.push({ file, field: `${field}.since`, message: `${since} is before the last earlier value ended (${previousEnd})` });
            }
            return problems;
          }),
        ),
      ),
  },
  {
    name: 'matrix-derived-cells',
    description:
      'In a row derived from Gateway API conformance data, the cells of controllers with a report are derived (never typed) and the others typed; derived cells appear only in such rows.',
    check: (content) => {
      const mapping = content.conformanceImplementations?.data ?? [];
      const data = record(content.conformance?.raw);
      const reported = new Set(
        [...list(data.versions), ...list(data.earlier)].flatMap((v) =>
          list(record(v).implementations).map((i) => `${text(record(i).organization)}/${text(record(i).project)}`),
        ),
      );
      const withReport = new Set(mapping.filter((m) => reported.has(`${m.organization}/${m.project}`)).map((m) => m.id));
      return content.matrices.flatMap(({ raw, file }) =>
        list(raw.rows).flatMap((row, index): Problem[] => {
          const r = record(row);
          const from = text(r.derivedFrom);
          return Object.entries(record(r.cells)).flatMap(([column, cell]): Problem[] => {
            const derived = text(record(cell).derived);
            const field = `rows.${index}.cells.${column}`;
            if (derived !== undefined && from !== derived) {
              return [{ file, field: `${field}.derived`, message: `the row does not set derivedFrom: ${derived}; derive cells only in such a row` }];
            }
            if (from !== 'gateway-api-conformance') return [];
            if (withReport.has(column) && derived === undefined) {
              return [{ file, field, message: `${column} has a Gateway API conformance report in content/conformance/; write { derived: gateway-api-conformance, checked: … } instead of typing support and values` }];
            }
            if (!withReport.has(column) && derived !== undefined) {
              return [{ file, field: `${field}.derived`, message: `${column} has no Gateway API conformance report in content/conformance/ (see implementations.yaml); type the cell instead` }];
            }
            return [];
          });
        }),
      );
    },
  },
];
