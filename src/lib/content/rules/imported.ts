import type { Problem } from '../problems';
import { day, list, record, text, type ContentRule } from './shared';

/**
 * Cross-file rules for the data the importers in scripts/sync/ write: the new fields of release
 * lines, provider support windows, CVE advisories and provenance records. Like the other rules
 * they read the raw YAML, so one bad field does not hide the others.
 */





/** Collects "names a source that is not in sources" problems for one file. */
function sourceChecker(file: string, sources: unknown, problems: Problem[]) {
  const keys = new Set(Object.keys(record(sources)));
  return (field: string, key: unknown) => {
    const k = text(key);
    if (k !== undefined && !keys.has(k)) {
      problems.push({ file, field, message: `names the source "${k}", which is not in sources; expected one of ${[...keys].join(', ') || '(none)'}` });
    }
  };
}

function idMatchesFile(field: string, raw: Record<string, unknown>, id: string, file: string): Problem[] {
  const value = text(raw[field]);
  return value === undefined || value === id ? [] : [{ file, field, message: `is "${value}" but the file is named ${id}.yaml; rename one so they agree` }];
}

export const importedRules: ContentRule[] = [
  {
    name: 'release-imported-source-keys-exist',
    description: 'Target dates, flags, end of maintenance, planned end of life and listed final patches name sources of their file.',
    check: (content) =>
      content.releases.flatMap(({ raw, file }) => {
        const problems: Problem[] = [];
        const need = sourceChecker(file, raw.sources, problems);
        need('endOfMaintenance.source', record(raw.endOfMaintenance).source);
        need('endOfLife.planned.source', record(record(raw.endOfLife).planned).source);
        need('finalPatch.listed.source', record(record(raw.finalPatch).listed).source);
        list(raw.patches).forEach((p, i) => {
          need(`patches.${i}.target.source`, record(record(p).target).source);
          list(record(p).flags).forEach((f, j) => need(`patches.${i}.flags.${j}.source`, record(f).source));
        });
        return problems;
      }),
  },
  {
    name: 'release-fixes-have-advisories',
    description: 'Every CVE a patch release fixes is described in content/advisories/kubernetes.yaml, once that file exists.',
    check: (content) => {
      const kubernetes = content.advisories.find((a) => a.id === 'kubernetes');
      if (!kubernetes) return [];
      const known = new Set(list(kubernetes.raw.advisories).map((a) => text(record(a).id)));
      return content.releases.flatMap(({ raw, file }) =>
        list(raw.patches).flatMap((p, i) =>
          list(record(p).fixes).flatMap((f, j) => {
            const cve = text(record(f).cve);
            return cve && !known.has(cve)
              ? [{ file, field: `patches.${i}.fixes.${j}.cve`, message: `${cve} is not in content/advisories/kubernetes.yaml; run npm run sync:cves` }]
              : [];
          }),
        ),
      );
    },
  },
  {
    name: 'provider-file-consistent',
    description: 'A provider file is named after its id, cites its own sources, and each window ends after it starts.',
    check: (content, { today }) =>
      content.providers.flatMap(({ id, raw, file }) => {
        const problems: Problem[] = [...idMatchesFile('id', raw, id, file)];
        const need = sourceChecker(file, raw.sources, problems);
        need('policy.source', record(raw.policy).source);
        list(raw.notes).forEach((n, i) => need(`notes.${i}.source`, record(n).source));
        const seen = new Set<string>();
        list(raw.windows).forEach((w, i) => {
          const window = record(w);
          need(`windows.${i}.source`, window.source);
          const line = text(window.line);
          if (line && seen.has(line)) problems.push({ file, field: `windows.${i}.line`, message: `${line} is listed twice; each line has one window` });
          if (line) seen.add(line);
          const available = day(window.available);
          const end = day(window.endOfSupport);
          const extended = day(window.endOfExtendedSupport);
          if (available && available > today) problems.push({ file, field: `windows.${i}.available`, message: `${available} is in the future; list only versions already available` });
          if (available && end && end <= available) problems.push({ file, field: `windows.${i}.endOfSupport`, message: `${end} is not after the availability date ${available}` });
          if (end && extended && extended < end) problems.push({ file, field: `windows.${i}.endOfExtendedSupport`, message: `${extended} is before the end of standard support ${end}` });
        });
        return problems;
      }),
  },
  {
    name: 'advisory-file-consistent',
    description: 'An advisories file is named after its component, cites its own sources and lists each CVE once.',
    check: (content, { today }) =>
      content.advisories.flatMap(({ id, raw, file }) => {
        const problems: Problem[] = [...idMatchesFile('component', raw, id, file)];
        const need = sourceChecker(file, raw.sources, problems);
        list(raw.notes).forEach((n, i) => need(`notes.${i}.source`, record(n).source));
        const seen = new Set<string>();
        list(raw.advisories).forEach((a, i) => {
          const advisory = record(a);
          need(`advisories.${i}.source`, advisory.source);
          const cve = text(advisory.id);
          if (cve && seen.has(cve)) problems.push({ file, field: `advisories.${i}.id`, message: `${cve} is listed twice; each CVE appears once` });
          if (cve) seen.add(cve);
          const published = day(advisory.published);
          if (published && published > today) problems.push({ file, field: `advisories.${i}.published`, message: `${published} is in the future` });
        });
        return problems;
      }),
  },
  {
    name: 'provenance-file-consistent',
    description: 'A provenance record is named after its importer.',
    check: (content) => content.provenance.flatMap(({ id, raw, file }) => idMatchesFile('importer', raw, id, file)),
  },
];
