import type { ReleaseLine } from '../../schemas/release';

/**
 * The survey's rule for choosing a Kubernetes patch release, and the month-by-month views the
 * version picker shows. Pure functions over plain data, so the same code runs at build time and
 * in the browser.
 */

/** The patch numbers the survey considers mature but not stale. */
export const PATCH_WINDOW = { min: 5, max: 8 } as const;

/** One patch release, flattened for the rule. */
export interface PatchPoint {
  patch: number;
  date: string;
  cves: string[];
}

/** A release line reduced to what the rule needs. */
export interface LineData {
  line: string;
  minor: number;
  released: string;
  endOfLife: string;
  patchesComplete: boolean;
  patches: PatchPoint[];
}

/** Turns a validated content file into the rule's input. */
export function toLineData(entry: ReleaseLine): LineData {
  const zero = entry.patches.find((p) => p.patch === 0);
  return {
    line: entry.line,
    minor: Number(entry.line.split('.')[1]),
    released: zero?.date ?? entry.released?.date ?? '',
    endOfLife: entry.endOfLife.date,
    patchesComplete: entry.patchesComplete,
    patches: entry.patches.map((p) => ({ patch: p.patch, date: p.date, cves: (p.fixes ?? []).map((f) => f.cve) })),
  };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month of a YYYY-MM-DD day. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The last day of a YYYY-MM month, as YYYY-MM-DD. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** The month after (step 1) or before (step -1) a YYYY-MM month. */
export function addMonths(month: string, step: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + step, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first and last month the data can speak about: the oldest line's release to `today`. */
export function monthRange(lines: LineData[], today: string): { first: string; last: string } {
  const first = lines.map((l) => l.released).filter(Boolean).sort()[0] ?? today;
  return { first: monthOf(first), last: monthOf(today) };
}

/**
 * Reads a month a reader asked for, such as a `?month=` parameter. Returns it only when it is a
 * well-formed YYYY-MM inside the range; anything else is ignored (undefined), never echoed.
 */
export function parseMonth(input: unknown, range: { first: string; last: string }): string | undefined {
  if (typeof input !== 'string' || !MONTH.test(input)) return undefined;
  return input >= range.first && input <= range.last ? input : undefined;
}

export const versionOf = (line: string, patch: number) => `v${line}.${patch}`;

/** Why a line was or was not picked in a month. */
export type LineVerdict =
  | { line: string; status: 'eligible'; patch: number; date: string; newer: number[] }
  | { line: string; status: 'ends-this-month'; endOfLife: string }
  | { line: string; status: 'too-early'; latest: number }
  | { line: string; status: 'past-window'; latest: number }
  | { line: string; status: 'security-fix-later'; fix: number; cves: string[] }
  | { line: string; status: 'no-data' };

export interface Recommendation {
  month: string;
  /** The pick, when some line qualifies. */
  recommended?: { line: string; patch: number; version: string; date: string };
  /** One verdict per line maintained (or ending) in the month, newest line first. */
  verdicts: LineVerdict[];
  /** Lines whose sourced patch list may be missing releases up to this month. */
  gaps: string[];
}

/**
 * The survey's rule. For a month, consider each line that is maintained through the whole month
 * (released by its last day, end of life after it; a line ending during the month is left out,
 * since picking it would leave a cluster without fixes within weeks). In each line, a candidate is
 * a patch released by the month's end whose patch number is 5 to 8 and that is not older than the
 * line's latest security fix. The newest line with a candidate wins, with its highest candidate.
 */
export function recommendPatch(month: string, lines: LineData[]): Recommendation {
  const end = monthEnd(month);
  const start = `${month}-01`;
  const verdicts: LineVerdict[] = [];
  const gaps: string[] = [];
  const relevant = lines
    .filter((l) => l.released && l.released <= end && l.endOfLife >= start)
    .sort((a, b) => b.minor - a.minor);
  for (const l of relevant) {
    const available = l.patches.filter((p) => p.date <= end).sort((a, b) => a.patch - b.patch);
    const lastKnown = available.at(-1);
    if (!l.patchesComplete && (!lastKnown || l.patches.every((p) => p.date <= end))) gaps.push(l.line);
    if (l.endOfLife <= end) {
      verdicts.push({ line: l.line, status: 'ends-this-month', endOfLife: l.endOfLife });
      continue;
    }
    if (!lastKnown) {
      verdicts.push({ line: l.line, status: 'no-data' });
      continue;
    }
    const lastFix = [...available].reverse().find((p) => p.cves.length > 0);
    const inWindow = available.filter((p) => p.patch >= PATCH_WINDOW.min && p.patch <= PATCH_WINDOW.max);
    const candidates = inWindow.filter((p) => !lastFix || p.patch >= lastFix.patch);
    const pick = candidates.at(-1);
    if (pick) {
      const newer = available.filter((p) => p.patch > pick.patch).map((p) => p.patch);
      verdicts.push({ line: l.line, status: 'eligible', patch: pick.patch, date: pick.date, newer });
    } else if (inWindow.length > 0 && lastFix) {
      verdicts.push({ line: l.line, status: 'security-fix-later', fix: lastFix.patch, cves: lastFix.cves });
    } else if (lastKnown.patch < PATCH_WINDOW.min) {
      verdicts.push({ line: l.line, status: 'too-early', latest: lastKnown.patch });
    } else {
      verdicts.push({ line: l.line, status: 'past-window', latest: lastKnown.patch });
    }
  }
  const best = verdicts.find((v): v is Extract<LineVerdict, { status: 'eligible' }> => v.status === 'eligible');
  return {
    month,
    recommended: best && { line: best.line, patch: best.patch, version: versionOf(best.line, best.patch), date: best.date },
    verdicts,
    gaps,
  };
}

/** A release as listed in a month of the table. */
export interface MonthRelease {
  line: string;
  patch: number;
  version: string;
  date: string;
  cves: string[];
}

/** Every sourced release in a month, newest line first, then by patch number descending. */
export function releasesIn(month: string, lines: LineData[]): MonthRelease[] {
  return lines
    .flatMap((l) => l.patches.filter((p) => monthOf(p.date) === month).map((p) => ({ line: l.line, minor: l.minor, ...p })))
    .sort((a, b) => b.minor - a.minor || b.patch - a.patch)
    .map(({ line, patch, date, cves }) => ({ line, patch, version: versionOf(line, patch), date, cves }));
}

/** Months from `last` back to `first`, newest first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = last; m >= first; m = addMonths(m, -1)) months.push(m);
  return months;
}

/** One row of the survey's table set against the sources. */
export interface SurveyComparison {
  month: string;
  surveyVersions: string[];
  sourcedVersions: string[];
  /** Versions the survey lists in this month that the sources date to another month (or not at all). */
  onlyInSurvey: string[];
  /** Sourced releases of this month that the survey leaves out. */
  onlyInSources: string[];
  surveyMarked: boolean;
  /** CVEs that sourced patch releases of this month fixed. */
  sourcedCves: string[];
  agrees: boolean;
}

/** Checks each month of the survey's table against the sourced releases. */
export function compareSurvey(months: { month: string; versions: string[]; securityMarked: boolean }[], lines: LineData[]): SurveyComparison[] {
  return months.map(({ month, versions, securityMarked }) => {
    const sourced = releasesIn(month, lines);
    const sourcedVersions = sourced.map((r) => r.version);
    const surveyVersions = versions.map((v) => `v${v}`);
    const onlyInSurvey = surveyVersions.filter((v) => !sourcedVersions.includes(v));
    const onlyInSources = sourcedVersions.filter((v) => !surveyVersions.includes(v));
    const sourcedCves = [...new Set(sourced.flatMap((r) => r.cves))].sort();
    const agrees = onlyInSurvey.length === 0 && onlyInSources.length === 0 && securityMarked === sourcedCves.length > 0;
    return { month, surveyVersions, sourcedVersions, onlyInSurvey, onlyInSources, surveyMarked: securityMarked, sourcedCves, agrees };
  });
}

/** A line's place on the support timeline, as fractions of the whole span. */
export interface TimelineBar {
  line: string;
  released: string;
  endOfLife: string;
  start: number;
  width: number;
}

/** Positions each line's support window between the first release and the last end of life. */
export function timeline(lines: LineData[]): TimelineBar[] {
  const sorted = [...lines].filter((l) => l.released).sort((a, b) => a.minor - b.minor);
  if (sorted.length === 0) return [];
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const min = Math.min(...sorted.map((l) => t(l.released)));
  const max = Math.max(...sorted.map((l) => t(l.endOfLife)));
  const span = Math.max(1, max - min);
  return sorted.map((l) => ({
    line: l.line,
    released: l.released,
    endOfLife: l.endOfLife,
    start: (t(l.released) - min) / span,
    width: (t(l.endOfLife) - t(l.released)) / span,
  }));
}
