import type { Message } from '../../i18n';
import type { Advisory } from '../../schemas/advisory';
import type { ReleaseLine } from '../../schemas/release';
import { isClearOf, standingsInLine, type CveStanding } from './advisories';
import { versionOf } from './lines';

/**
 * The stricter rule the page shows beside the survey's: in each line maintained today, the
 * newest patch release that no CVE in the feed is known to affect (it is at or past every fix
 * the feed names for the line, and past every "last affected" version) and that upstream notes
 * do not flag as a regression. CVEs the feed leaves without any fix in the line cannot be
 * avoided by choosing a patch; they are reported, not used to rule patches out.
 */

/** The choice for one line, and why, as messages. */
export interface ClearChoice {
  line: string;
  /** The newest patch in the data. */
  latest?: { version: string; date: string };
  /** The patch the rule chooses, when one qualifies. */
  choice?: { patch: number; version: string; date: string; target?: string };
  /** Newer patches passed over, newest first, each with its reason. */
  passedOver: Message[];
  /** Why the choice is what it is, in reading order. */
  reasons: Message[];
}

/** What the data says about how current it is. */
export interface Freshness {
  /** The day of the release data's upstream copy (YYYY-MM-DD). */
  asOf: string;
  /** Today (YYYY-MM-DD). */
  today: string;
}

/** True when upstream notes (kubernetes/website's schedule or end-of-life list) were read for the line. */
function hasUpstreamNotes(entry: ReleaseLine): boolean {
  return Object.values(entry.sources).some((s) => s.upstream?.repository === 'kubernetes/website');
}

/** Lines maintained on `today`: released by then and not yet at end of life. */
export function maintainedOn(entries: readonly ReleaseLine[], today: string): ReleaseLine[] {
  return entries.filter((e) => {
    const zero = e.patches.find((p) => p.patch === 0)?.date ?? e.released?.date;
    return zero !== undefined && zero <= today && e.endOfLife.date >= today;
  });
}

/** The stricter rule for one line, explained as of `freshness.today`. */
export function clearChoice(entry: ReleaseLine, advisories: readonly Pick<Advisory, 'id' | 'ranges' | 'published'>[], freshness: Freshness): ClearChoice {
  const { line } = entry;
  // Known today: a CVE published later cannot have shaped a choice made today.
  const standings = standingsInLine(line, advisories.filter((a) => a.published <= freshness.today));
  const avoidable = standings.filter((s): s is Exclude<CveStanding, { kind: 'open' }> => s.kind !== 'open');
  const open = standings.filter((s) => s.kind === 'open');
  const patches = entry.patches.filter((p) => p.date <= freshness.today).sort((a, b) => b.patch - a.patch);
  const newest = patches[0];
  const passedOver: Message[] = [];
  let chosen: (typeof patches)[number] | undefined;
  for (const p of patches) {
    const version = versionOf(line, p.patch);
    const affectedBy = avoidable.filter((s) => !isClearOf(p.patch, s)).map((s) => s.cve);
    const regression = p.flags?.some((f) => f.kind === 'regression');
    if (regression) passedOver.push({ key: 'versions.clear.skipRegression', params: { version } });
    else if (affectedBy.length) passedOver.push({ key: 'versions.clear.skipAffected', params: { version, cves: affectedBy } });
    else {
      chosen = p;
      break;
    }
  }
  const reasons: Message[] = [];
  if (chosen) {
    const version = versionOf(line, chosen.patch);
    reasons.push(chosen === newest ? { key: 'versions.clear.newest', params: { version, line } } : { key: 'versions.clear.newestClear', params: { version, line } });
    const fixed = avoidable.filter((s) => s.kind === 'fixed').map((s) => s.cve);
    const lastAffected = avoidable.filter((s) => s.kind === 'last-affected').map((s) => s.cve);
    if (fixed.length) reasons.push({ key: 'versions.clear.fixes', params: { version, line, cves: fixed } });
    if (lastAffected.length) reasons.push({ key: 'versions.clear.pastAffected', params: { version, cves: lastAffected } });
    if (!fixed.length && !lastAffected.length) reasons.push({ key: 'versions.clear.noFixes', params: { line } });
    reasons.push(hasUpstreamNotes(entry) ? { key: 'versions.clear.noRegression', params: { version } } : { key: 'versions.clear.noNotes', params: { line } });
  } else {
    reasons.push({ key: 'versions.clear.none', params: { line } });
  }
  if (open.length) reasons.push({ key: 'versions.clear.open', params: { line, cves: open.map((s) => s.cve) } });
  if (!entry.patchesComplete && freshness.today > freshness.asOf) reasons.push({ key: 'versions.clear.newer', params: { line, date: freshness.asOf } });
  return {
    line,
    latest: newest && { version: versionOf(line, newest.patch), date: newest.date },
    choice: chosen && {
      patch: chosen.patch,
      version: versionOf(line, chosen.patch),
      date: chosen.date,
      ...(chosen.target && chosen.target.date !== chosen.date ? { target: chosen.target.date } : {}),
    },
    passedOver,
    reasons,
  };
}
