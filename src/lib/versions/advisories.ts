import type { Message } from '../../i18n';
import type { AffectedRange, Advisory } from '../../schemas/advisory';
import type { severityRatings } from '../../schemas/advisory';

/**
 * CVEs from the official Kubernetes feed (content/advisories/), joined to the patch releases that
 * fixed them and read per release line. Pure functions; the words come from the dictionary.
 */

export type SeverityRating = (typeof severityRatings)[number];

/** What a page shows of one CVE wherever it is listed. */
export interface CveInfo {
  id: string;
  summary: string;
  /** The CVSS rating the feed's vector gives, when it has one. */
  rating?: SeverityRating;
  /** The CVSS v3 base score, written with one decimal (6.5, 5.0). */
  score?: string;
  /** The Kubernetes issue that announces it. */
  advisory: string;
}

/** The advisories of one file, by CVE id. */
export function cveIndex(advisories: readonly Advisory[]): Map<string, CveInfo> {
  return new Map(
    advisories.map((a) => [
      a.id,
      { id: a.id, summary: a.summary, rating: a.severity?.rating, score: a.severity?.score === undefined ? undefined : a.severity.score.toFixed(1), advisory: a.advisory },
    ]),
  );
}

/** How severe a CVE is, as a message: "medium, 6.5", or "not rated". */
export function severityMessage(cve: Pick<CveInfo, 'rating' | 'score'>): Message {
  if (!cve.rating) return { key: 'severity.unrated' };
  const rating: Message = { key: `severity.${cve.rating}` as const };
  return cve.score === undefined ? rating : { key: 'severity.scored', params: { rating, score: cve.score } };
}

/** A CVE as a table cell lists it: what it is, and which of the listed releases fixed it. */
export interface FixedCve extends CveInfo {
  /** The releases in the row that fixed it, such as v1.17.3, v1.16.7. */
  fixedIn: string[];
}

/**
 * Each CVE that some of `releases` fixed, once, in the order they first appear, with the
 * releases that fixed it. A CVE missing from the index (the content guard forbids it) is shown
 * with its id alone rather than dropped.
 */
export function fixedCves(releases: readonly { version: string; cves: readonly string[] }[], index: ReadonlyMap<string, CveInfo>): FixedCve[] {
  const byId = new Map<string, FixedCve>();
  for (const r of releases) {
    for (const id of r.cves) {
      const known = byId.get(id);
      if (known) known.fixedIn.push(r.version);
      else byId.set(id, { ...(index.get(id) ?? { id, summary: '', advisory: '' }), fixedIn: [r.version] });
    }
  }
  return [...byId.values()];
}

/** A version as the feed writes it, reduced to numbers; "0" is before everything. */
interface FeedVersion {
  major: number;
  minor: number;
  patch: number;
}

function parseFeedVersion(v: string): FeedVersion {
  if (v === '0') return { major: 0, minor: 0, patch: 0 };
  const [major = 0, minor = 0, patch = 0] = v.split(/[-+]/)[0]!.split('.').map(Number);
  return { major, minor, patch };
}

const minorOfLine = (line: string) => Number(line.split('.')[1]);

/**
 * Where one CVE stands in one release line, by the feed's affected ranges:
 * - `fixed`: the feed names `patch` of this line as the first version without it;
 * - `last-affected`: the feed names `patch` as the last affected version and no fix;
 * - `open`: a range covers the line and names no version of it as fixed.
 * `introduced` is the first affected patch when the range starts inside the line.
 */
export type CveStanding =
  | { cve: string; kind: 'fixed'; patch: number; introduced?: number }
  | { cve: string; kind: 'last-affected'; patch: number; introduced?: number }
  | { cve: string; kind: 'open'; introduced?: number };

/**
 * Reads each advisory's ranges for one line. A range whose fixed (or last affected) version is
 * in the line speaks for the line. A range that starts at or before the line and ends in a later
 * line, or never, covers the whole line with no fix in it (`open`). The feed writes one range
 * per line for most CVEs and sometimes leaves the oldest one open-ended; so an open-ended range
 * is read as reaching no further than the newest line another range of the same CVE ends in.
 * Without that, CVE-2025-13281's "introduced 1.30.0" would mark lines released after its fix.
 */
export function standingsInLine(line: string, advisories: readonly Pick<Advisory, 'id' | 'ranges'>[]): CveStanding[] {
  const minor = minorOfLine(line);
  const out: CveStanding[] = [];
  for (const a of advisories) {
    const ranges = a.ranges.map((r) => parsedRange(r));
    const bounded = ranges.flatMap((r) => (r.bound && r.bound.major === 1 ? [r.bound.minor] : []));
    const reach = bounded.length ? Math.max(...bounded) : Infinity;
    let standing: CveStanding | undefined;
    for (const r of ranges) {
      const startsHere = r.introduced.major === 1 && r.introduced.minor === minor ? r.introduced.patch : undefined;
      if (r.bound && r.bound.major === 1 && r.bound.minor === minor) {
        const candidate = { cve: a.id, kind: r.fixed ? ('fixed' as const) : ('last-affected' as const), patch: r.bound.patch, ...(startsHere ? { introduced: startsHere } : {}) };
        // Two ranges ending in the same line: the later end is the one that holds.
        if (!standing || standing.kind === 'open' || candidate.patch > standing.patch) standing = candidate;
        continue;
      }
      const startsBefore = r.introduced.major < 1 || (r.introduced.major === 1 && r.introduced.minor <= minor);
      const endsAfter = r.bound ? r.bound.major > 1 || (r.bound.major === 1 && r.bound.minor > minor) : minor <= reach;
      if (startsBefore && endsAfter && !standing) standing = { cve: a.id, kind: 'open', ...(startsHere ? { introduced: startsHere } : {}) };
    }
    if (standing) out.push(standing);
  }
  return out;
}

function parsedRange(r: AffectedRange): { introduced: FeedVersion; bound?: FeedVersion; fixed: boolean } {
  const end = r.fixed ?? r.lastAffected;
  return { introduced: parseFeedVersion(r.introduced), bound: end === undefined ? undefined : parseFeedVersion(end), fixed: r.fixed !== undefined };
}

/** Whether a patch of the line is outside what the feed says a CVE affects. */
export function isClearOf(patch: number, s: CveStanding): boolean {
  if (s.introduced !== undefined && patch < s.introduced) return true;
  if (s.kind === 'fixed') return patch >= s.patch;
  if (s.kind === 'last-affected') return patch > s.patch;
  return false;
}

/** An affected range as a component page words it: "before 1.13.9", "1.14.0 to before 1.14.5", "1.2.0 and later". */
export function rangeMessage(r: AffectedRange): Message {
  const from = r.introduced === '0' ? undefined : r.introduced;
  if (r.fixed) return from ? { key: 'advisories.range.between', params: { from, to: r.fixed } } : { key: 'advisories.range.before', params: { to: r.fixed } };
  if (r.lastAffected) return from ? { key: 'advisories.range.through', params: { from, to: r.lastAffected } } : { key: 'advisories.range.upTo', params: { to: r.lastAffected } };
  return from ? { key: 'advisories.range.from', params: { from } } : { key: 'advisories.range.all' };
}

/** One advisory on a component's page. */
export interface AdvisoryRow extends CveInfo {
  published: string;
  severity: Message;
  ranges: Message[];
}

/** A component's advisories as its page lists them, newest published first. */
export function advisoryRows(advisories: readonly Advisory[]): AdvisoryRow[] {
  const index = cveIndex(advisories);
  return [...advisories]
    .sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id))
    .map((a) => {
      const info = index.get(a.id)!;
      return { ...info, published: a.published, severity: severityMessage(info), ranges: a.ranges.map(rangeMessage) };
    });
}
