import type { Problem } from '../problems';
import { list, notInFuture, record, text, type ContentRule } from './shared';

/** Rules for content/datasets/ (the kube-proxy figures). */
export const datasetRules: ContentRule[] = [
  {
    name: 'dataset-source-ids-exist',
    description: 'Every figure, finding, milestone, default and requirement in a dataset names a source listed in the same file.',
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
          { field: 'defaultMode.source', value: record(raw.defaultMode).source },
          ...list(raw.requirements).map((r, i) => ({ field: `requirements.${i}.source`, value: record(r).source })),
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
              ? [{ file, field: `series.${i}.points.${j}.basis`, message: 'a computed value cannot be stored as a fact; remove it, the model in src/lib/kube-proxy/model.ts draws it' }]
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
      content.datasets.flatMap(({ raw, file }) => [
        ...notInFuture(file, 'reviewed', raw.reviewed, today, 'use the date the figures were checked'),
        ...list(raw.sources).flatMap((s, i) => notInFuture(file, `sources.${i}.checked`, record(s).checked, today, 'use the date the figures were checked')),
      ]),
  },
];
