import { importers, type CitedSource, type Importer, type ProvenanceRecord } from '../../schemas/provenance';

/**
 * The page's sources, grouped the way they were had: per importer, each upstream copy with its
 * newest commit and day and the files read from it; then the sources people cited by hand.
 */

/** Files read at one commit (the commit that last changed each of them). */
export interface SourceCommit {
  /** Short commit id, for reading. */
  commit: string;
  committed?: string;
  /** Each file at that commit on GitHub. */
  files: { path: string; url: string }[];
}

export interface SourceInput {
  repository: string;
  /** The repository's page. */
  url: string;
  /** The copy's newest commit, short, and its page, when the copy was a git repository. */
  head?: { commit: string; url: string };
  /** That commit's day: the copy is as of then. */
  date?: string;
  /** How the copy was had, when it was not a clone, as the importer recorded it. */
  note?: string;
  /** The files read, grouped by commit: newest commit day first, undated ones last. */
  commits: SourceCommit[];
}

export interface SourceGroup {
  importer: Importer;
  inputs: SourceInput[];
}

export interface GroupedSources {
  imported: SourceGroup[];
  /** Sources without an importer (notes people wrote), each once, in first-seen order. */
  cited: { url: string; title: string }[];
}

const short = (commit: string) => commit.slice(0, 7);
const github = (repository: string) => `https://github.com/${repository}`;

/** Groups what the importers read (their provenance records, in the order they run) and the hand-cited sources among `sources`. */
export function groupSources(provenance: readonly ProvenanceRecord[], sources: readonly CitedSource[]): GroupedSources {
  const order: readonly string[] = importers;
  const imported = [...provenance].sort((a, b) => order.indexOf(a.importer) - order.indexOf(b.importer)).map((record) => ({
    importer: record.importer,
    inputs: record.inputs.map((input) => ({
      repository: input.repository,
      url: github(input.repository),
      ...(input.head ? { head: { commit: short(input.head), url: `${github(input.repository)}/tree/${input.head}` } } : {}),
      ...(input.date ? { date: input.date } : {}),
      ...(input.note ? { note: input.note } : {}),
      commits: byCommit(input.repository, input.files),
    })),
  }));
  const cited = [...new Map(sources.filter((s) => !s.upstream).map((s) => [s.url, { url: s.url, title: s.title }])).values()];
  return { imported, cited };
}

function byCommit(repository: string, files: readonly { path: string; commit: string; committed?: string }[]): SourceCommit[] {
  const groups = new Map<string, SourceCommit>();
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))) {
    let group = groups.get(f.commit);
    if (!group) groups.set(f.commit, (group = { commit: short(f.commit), ...(f.committed ? { committed: f.committed } : {}), files: [] }));
    group.files.push({ path: f.path, url: `${github(repository)}/blob/${f.commit}/${f.path}` });
  }
  return [...groups.values()].sort((a, b) => (b.committed ?? '').localeCompare(a.committed ?? '') || a.commit.localeCompare(b.commit));
}

/** The day of the release-data copy the releases importer read: the release data is as of then. */
export function releaseDataAsOf(provenance: readonly ProvenanceRecord[]): { date: string; repository: string; commit?: string } | undefined {
  const input = provenance.find((r) => r.importer === 'releases')?.inputs.find((i) => i.repository === 'endoflife-date/release-data' && i.date);
  return input?.date ? { date: input.date, repository: input.repository, ...(input.head ? { commit: short(input.head) } : {}) } : undefined;
}
