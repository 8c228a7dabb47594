import type { ContentSet } from '../load';
import type { Problem } from '../problems';
import { list, record, text, type ContentRule } from './shared';

/** Rules for content/conformance/ (imported Gateway API conformance reports and their mapping). */

/** Every implementation in the imported data, as `organization/project`. */
function reported(content: ContentSet): Set<string> {
  const data = record(content.conformance?.raw);
  return new Set(
    [...list(data.versions), ...list(data.earlier)].flatMap((version) =>
      list(record(version).implementations).map((i) => `${text(record(i).organization)}/${text(record(i).project)}`),
    ),
  );
}

export const conformanceRules: ContentRule[] = [
  {
    name: 'conformance-mapping-components-exist',
    description: 'Each line of implementations.yaml names a component page, and no component or implementation twice.',
    check: (content) => {
      const mapping = content.conformanceImplementations;
      if (!mapping) return [];
      const ids = new Set(content.components.map((c) => c.id));
      const seenIds = new Set<string>();
      const seenNames = new Set<string>();
      return list(mapping.raw).flatMap((item, index): Problem[] => {
        const entry = record(item);
        const id = text(entry.id);
        const name = `${text(entry.organization)}/${text(entry.project)}`;
        const problems: Problem[] = [];
        if (id !== undefined && !ids.has(id)) {
          problems.push({ file: mapping.file, field: `${index}.id`, message: `no component has the id "${id}"; expected a file content/components/${id}.mdx` });
        } else if (id !== undefined && seenIds.has(id)) {
          problems.push({ file: mapping.file, field: `${index}.id`, message: `"${id}" is listed twice; a component describes one implementation` });
        }
        if (seenNames.has(name)) {
          problems.push({ file: mapping.file, field: `${index}`, message: `${name} is listed twice; an implementation belongs to one component` });
        }
        if (id !== undefined) seenIds.add(id);
        seenNames.add(name);
        return problems;
      });
    },
  },
  {
    name: 'conformance-mapping-has-reports',
    description: 'Each implementation named in implementations.yaml has a report in the imported data.',
    check: (content) => {
      const mapping = content.conformanceImplementations;
      if (!mapping || !content.conformance) return [];
      const known = reported(content);
      return list(mapping.raw).flatMap((item, index): Problem[] => {
        const entry = record(item);
        const name = `${text(entry.organization)}/${text(entry.project)}`;
        return text(entry.organization) === undefined || text(entry.project) === undefined || known.has(name)
          ? []
          : [{ file: mapping.file, field: `${index}`, message: `${name} has no report in ${content.conformance!.file}; check the names against the report, then run npm run sync:gateway` }];
      });
    },
  },
  {
    name: 'conformance-links-at-commit',
    description: 'Every report link points at its file at the imported commit, so a hand edit cannot detach a link from its data.',
    check: (content) => {
      const entry = content.conformance;
      if (!entry) return [];
      const data = record(entry.raw);
      const source = record(data.source);
      const commit = text(source.commit);
      const repository = text(source.repository);
      if (!commit || !repository) return [];
      const problems: Problem[] = [];
      for (const key of ['versions', 'earlier'] as const) {
        list(data[key]).forEach((version, v) => {
          list(record(version).implementations).forEach((implementation, i) => {
            const impl = record(implementation);
            const refs: [string, unknown][] = [
              [`${key}.${v}.implementations.${i}.report`, impl.report],
              ...list(impl.otherReports).map((r, o): [string, unknown] => [`${key}.${v}.implementations.${i}.otherReports.${o}`, r]),
            ];
            for (const [field, ref] of refs) {
              const { path, url } = record(ref);
              if (typeof path !== 'string') continue;
              const wanted = `${repository}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
              if (url !== wanted) {
                problems.push({ file: entry.file, field: `${field}.url`, message: `expected ${wanted}; run npm run sync:gateway instead of editing this file` });
              }
            }
          });
        });
      }
      return problems;
    },
  },
];
