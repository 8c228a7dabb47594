import type { Message } from '../../i18n';
import type { ProseRef } from '../format/prose';
import type { ReleaseLine, SurveyTable } from '../../schemas/release';
import {
  compareSurvey,
  monthOf,
  monthRange,
  monthsBetween,
  PATCH_WINDOW,
  recommendPatch,
  releasesIn,
  timeline,
  versionOf,
  type LineData,
  type MonthRelease,
  type Recommendation,
  type SurveyComparison,
  type TimelineBar,
} from './lines';

/** One row of the month-by-month table. */
export interface MonthRow {
  month: string;
  releases: MonthRelease[];
  /** The CVEs the month's releases fixed, each once. */
  cves: string[];
  recommendation: Recommendation;
}

/** One row of the survey check, with the reasons it differs from the sources. */
export interface SurveyRow extends SurveyComparison {
  differences: Message[];
}

/** One row of the release-line table. */
export interface LineRow {
  line: string;
  anchor: string;
  released: string;
  endOfLife: string;
  patches: { patch: number; date: string; cves: string[] }[];
  finalVersion?: string;
  patchesComplete: boolean;
  notes: { text: string; sourceUrl?: string; fromSurvey: boolean }[];
}

export interface VersionsPage {
  range: { first: string; last: string };
  current: Recommendation;
  months: MonthRow[];
  survey: SurveyRow[];
  /** The survey's own example and what the rule gives for its month. */
  example?: { month: string; version: string };
  lines: LineRow[];
  bars: TimelineBar[];
  /** The day the release data was last checked against its sources. */
  checked: string;
  sources: { url: string; title: string }[];
  prose: {
    description: ProseRef;
    lede: ProseRef;
    rule: ProseRef;
    surveyIntro?: ProseRef;
    surveyCaption?: ProseRef;
    linesCaption: ProseRef;
    sources: ProseRef[];
  };
}

/** The anchor of a release line's row. */
export const lineAnchor = (line: string) => `line-${line.replace('.', '-')}`;

/** Consecutive minor versions folded into runs: 1.12, 1.13, 1.14, 1.32 → "1.12–1.14", "1.32". */
export function lineRuns(lines: string[]): string[] {
  const minors = [...new Set(lines.map((l) => Number(l.split('.')[1])))].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < minors.length; ) {
    let j = i;
    while (j + 1 < minors.length && minors[j + 1] === minors[j]! + 1) j++;
    runs.push(i === j ? `1.${minors[i]}` : `1.${minors[i]}–1.${minors[j]}`);
    i = j + 1;
  }
  return runs;
}

function surveyDifferences(r: SurveyComparison): Message[] {
  const out: Message[] = [];
  if (!r.surveyMarked && r.sourcedCves.length) out.push({ key: 'versions.survey.missingMark' });
  if (r.surveyMarked && !r.sourcedCves.length) out.push({ key: 'versions.survey.extraMark' });
  if (r.onlyInSurvey.length) out.push({ key: 'versions.survey.onlySurvey', params: { versions: r.onlyInSurvey } });
  if (r.onlyInSources.length) out.push({ key: 'versions.survey.onlySources', params: { versions: r.onlyInSources } });
  return out;
}

/** Everything the version picker page lays out, for the month `today` falls in. */
export function versionsPage(entries: ReleaseLine[], lines: LineData[], survey: SurveyTable | undefined, today: string): VersionsPage {
  // The static page speaks for the month it was built in; the picker can move to any other.
  const range = monthRange(lines, today);
  const months = monthsBetween(range.first, range.last).map((month) => {
    const releases = releasesIn(month, lines);
    return { month, releases, cves: [...new Set(releases.flatMap((r) => r.cves))], recommendation: recommendPatch(month, lines) };
  });
  const exampleVersion = survey ? recommendPatch(survey.example.month, lines).recommended?.version : undefined;
  const surveyMonths = survey ? survey.months.map((m) => m.month).sort() : [];
  const firstLine = entries[0]?.line ?? '';
  const partial = entries.filter((e) => !e.patchesComplete).map((e) => e.line);
  const byLine = new Map(lines.map((l) => [l.line, l]));
  return {
    range,
    current: recommendPatch(range.last, lines),
    months,
    survey: survey ? compareSurvey(survey.months, lines).map((r) => ({ ...r, differences: surveyDifferences(r) })) : [],
    example: survey && exampleVersion ? { month: survey.example.month, version: exampleVersion } : undefined,
    lines: [...entries].reverse().map((e) => ({
      line: e.line,
      anchor: lineAnchor(e.line),
      released: byLine.get(e.line)?.released ?? '',
      endOfLife: e.endOfLife.date,
      patches: e.patches.filter((p) => p.patch > 0).map((p) => ({ patch: p.patch, date: p.date, cves: (p.fixes ?? []).map((f) => f.cve) })),
      finalVersion: e.finalPatch ? versionOf(e.line, e.finalPatch.patch) : undefined,
      patchesComplete: e.patchesComplete,
      notes: (e.notes ?? []).map((n) => ({ text: n.text, sourceUrl: n.source ? e.sources[n.source]?.url : undefined, fromSurvey: !(n.source && e.sources[n.source]) })),
    })),
    bars: timeline(lines),
    checked: entries.map((e) => e.checked).sort().at(-1) ?? '',
    sources: [...new Map(entries.flatMap((e) => Object.values(e.sources)).map((s) => [s.url, s])).values()],
    prose: {
      description: { text: 'description', params: { sinceYear: (lines.map((l) => l.released).filter(Boolean).sort()[0] ?? today).slice(0, 4) } },
      lede: { text: 'lede', params: { firstLine } },
      rule: { text: 'ruleText', params: { min: PATCH_WINDOW.min, max: PATCH_WINDOW.max } },
      surveyIntro: survey ? { text: 'surveyIntro', params: monthSpan(surveyMonths) } : undefined,
      surveyCaption: survey ? { text: 'surveyCaption', params: monthSpan(surveyMonths) } : undefined,
      linesCaption: { text: 'linesCaption', params: { firstLine } },
      sources: [{ text: 'sourcesNote' }, partial.length ? { text: 'partialNote', params: { partialLines: lineRuns(partial) } } : { text: 'completeNote' }],
    },
  };
}

/** The first and last month of a list, named by the page in its locale. */
function monthSpan(months: string[]): { first: { month: string }; last: { month: string } } {
  return { first: { month: months[0] ?? '' }, last: { month: months.at(-1) ?? '' } };
}

export { monthOf };
