/**
 * Problems found in upstream input. Importers collect every problem first and stop once, naming
 * the upstream file and the entry inside it, so one run shows everything that needs a look.
 */

export interface SyncProblem {
  /** The upstream file: repository and path, such as "endoflife-date/release-data releases/kubernetes.json". */
  file: string;
  /** The entry inside it, such as `versions["1.36.4"].date`; "(file)" for the whole file. */
  entry: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** Thrown when upstream input is unusable; nothing has been written when it is. */
export class ImportStopped extends Error {
  readonly problems: SyncProblem[];
  constructor(problems: SyncProblem[]) {
    super(formatSyncProblems(problems));
    this.name = 'ImportStopped';
    this.problems = problems;
  }
}

/** Sorts by file, then entry, so reports are stable from run to run. */
export function sortSyncProblems(problems: SyncProblem[]): SyncProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.entry.localeCompare(b.entry, 'en', { numeric: true }) || a.message.localeCompare(b.message),
  );
}

/** One line per problem, `file → entry: message`, with a count first and the consequence last. */
export function formatSyncProblems(problems: SyncProblem[]): string {
  const sorted = sortSyncProblems(problems);
  const files = new Set(sorted.map((p) => p.file));
  return [
    `Import stopped: ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files.size} upstream file${files.size === 1 ? '' : 's'}; nothing was written.`,
    ...sorted.map((p) => `  ${p.file} → ${p.entry}: ${p.message}`),
  ].join('\n');
}

/** A small collector bound to one upstream file. */
export function problemsFor(file: string, into: SyncProblem[]) {
  return (entry: string, message: string) => {
    into.push({ file, entry, message });
  };
}
