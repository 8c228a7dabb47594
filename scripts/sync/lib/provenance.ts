import type { FileVersion, UpstreamCopy } from './source.ts';
import { compact, flow } from './yaml-out.ts';

/**
 * content/provenance/<importer>.yaml: which upstream copies an import read, the newest commit of
 * each and its day (the data is as of then), and every file with the commit that last changed it.
 */
export function provenanceRecord(importer: string, inputs: { copy: UpstreamCopy; files: FileVersion[] }[]): string {
  const lines = [
    `# What scripts/sync/${importer}.ts read on its last run: each upstream copy, its newest commit and`,
    "# that commit's day (the data is as of then), and every file with the commit that last changed it.",
    '# Written by the importer; do not edit by hand.',
    `importer: ${importer}`,
    'inputs:',
  ];
  for (const { copy, files } of inputs) {
    const head = copy.heads.at(-1);
    const fields = compact({
      repository: copy.repository,
      head: head?.commit,
      date: head?.date,
      note: copy.notes.length ? copy.notes.join(' ') : undefined,
    });
    Object.entries(fields).forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${flow(v)}`));
    lines.push('    files:');
    const seen = new Set<string>();
    for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path) || a.commit.localeCompare(b.commit))) {
      const id = `${f.path}@${f.commit}`;
      if (seen.has(id)) continue;
      seen.add(id);
      lines.push(`      - ${flow(compact({ path: f.path, commit: f.commit, committed: f.committed }))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
