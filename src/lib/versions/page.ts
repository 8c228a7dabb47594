import type { Message } from '../../i18n';
import type { ProseRef } from '../format/prose';
import type { ReleaseLine, SurveyTable } from '../../schemas/release';
import type { Advisory } from '../../schemas/advisory';
import type { Provider } from '../../schemas/provider';
import type { ProvenanceRecord } from '../../schemas/provenance';
import { cveIndex, fixedCves, type CveInfo, type FixedCve } from './advisories';
import { explainVerdict } from './explain';
import { clearChoice, maintainedOn, type ClearChoice } from './security';
import { groupSources, releaseDataAsOf, type GroupedSources } from './sources';
import { supportTable, type SupportTable } from './support';
import { monthAnswer, type MonthAnswer } from './answer';
import { supportTimeline, type SupportTimeline } from './timeline';
import {
  compareSurvey,
  monthEnd,
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

/** How much of a month the release data covers: all of it, up to its day, or none. */
export type Coverage = 'full' | 'partial' | 'none';

/** A release as a table lists it, with the schedule's target day when that differs from the tag day. */
export interface ListedRelease extends MonthRelease {
  target?: string;
}

/** One row of the month-by-month table. */
export interface MonthRow {
  month: string;
  releases: ListedRelease[];
  /** The CVEs the month's releases fixed, each once, with what the feed says about them. */
  cves: FixedCve[];
  recommendation: Recommendation;
  coverage: Coverage;
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
  /** The end of life announced beforehand, when the project's record differs. */
  endOfLifePlanned?: string;
  patches: { patch: number; date: string; target?: string; cves: string[] }[];
  /** Each CVE the line's patches fixed, with the patch that fixed it. */
  fixes: FixedCve[];
  final?: {
    version: string;
    /** The final patch the end-of-life list names, when a later tag beats it. */
    listed?: string;
    /** True when no list names it and it is the newest tag after the end of life. */
    inferred?: boolean;
  };
  patchesComplete: boolean;
  notes: { text: string; sourceUrl?: string; fromSurvey: boolean }[];
}

/** One row of the stricter rule's table: the line's choice beside the survey rule's verdict this month. */
export interface ClearRow extends ClearChoice {
  anchor: string;
  /** The survey rule's verdict for the line this month, when the line is maintained all month. */
  survey?: Message;
}

/** What the page needs besides the release lines. */
export interface VersionsInputs {
  /** content/advisories/kubernetes.yaml's advisories. */
  advisories: readonly Advisory[];
  providers: readonly Provider[];
  provenance: readonly ProvenanceRecord[];
}

export interface VersionsPage {
  range: { first: string; last: string };
  /** The day the release data is as of, from the releases importer's provenance. */
  asOf?: { date: string; repository: string; commit?: string };
  /** True when today is after that day, so newer releases may exist. */
  stale: boolean;
  current: Recommendation;
  /** This month's answer, said first: the survey rule's pick and the stricter check's. */
  answer: MonthAnswer;
  months: MonthRow[];
  survey: SurveyRow[];
  /** The survey's own example and what the rule gives for its month. */
  example?: { month: string; version: string };
  /** The stricter rule for each line maintained today. */
  clear: ClearRow[];
  support: SupportTable;
  /** The support table's windows as bars on a time axis; absent when no window has dates. */
  timeline?: SupportTimeline;
  lines: LineRow[];
  bars: TimelineBar[];
  /** The day the release data was last checked against its sources. */
  checked: string;
  sources: GroupedSources;
  prose: {
    description: ProseRef;
    lede: ProseRef;
    freshness?: ProseRef;
    rule: ProseRef;
    clearIntro: ProseRef;
    supportIntro: ProseRef;
    surveyIntro?: ProseRef;
    surveyCaption?: ProseRef;
    linesCaption: ProseRef;
    sources: ProseRef[];
  };
}

/** The anchor of a release line's row. */
export const lineAnchor = (line: string) => `line-${line.replace('.', '-')}`;


function surveyDifferences(r: SurveyComparison): Message[] {
  const out: Message[] = [];
  if (!r.surveyMarked && r.sourcedCves.length) out.push({ key: 'versions.survey.missingMark' });
  if (r.surveyMarked && !r.sourcedCves.length) out.push({ key: 'versions.survey.extraMark' });
  if (r.onlyInSurvey.length) out.push({ key: 'versions.survey.onlySurvey', params: { versions: r.onlyInSurvey } });
  if (r.onlyInSources.length) out.push({ key: 'versions.survey.onlySources', params: { versions: r.onlyInSources } });
  return out;
}

/** Whether the data covers a month: all of it, up to the data's day, or none of it. */
export function coverage(month: string, asOf: string | undefined): Coverage {
  if (!asOf || monthEnd(month) <= asOf) return 'full';
  return `${month}-01` <= asOf ? 'partial' : 'none';
}

/** Everything the version picker page lays out, for the month `today` falls in. */
export function versionsPage(entries: ReleaseLine[], lines: LineData[], survey: SurveyTable | undefined, today: string, inputs: VersionsInputs): VersionsPage {
  // The static page speaks for the month it was built in; the picker can move to any other.
  const range = monthRange(lines, today);
  const asOf = releaseDataAsOf(inputs.provenance);
  const cves = cveIndex(inputs.advisories);
  const targets = new Map(entries.flatMap((e) => e.patches.flatMap((p) => (p.target && p.target.date !== p.date ? [[versionOf(e.line, p.patch), p.target.date] as const] : []))));
  const listed = (r: MonthRelease): ListedRelease => (targets.has(r.version) ? { ...r, target: targets.get(r.version) } : r);
  const months = monthsBetween(range.first, range.last).map((month) => {
    const releases = releasesIn(month, lines).map(listed);
    return { month, releases, cves: fixedCves(releases, cves), recommendation: recommendPatch(month, lines), coverage: coverage(month, asOf?.date) };
  });
  const current = recommendPatch(range.last, lines);
  const exampleVersion = survey ? recommendPatch(survey.example.month, lines).recommended?.version : undefined;
  const surveyMonths = survey ? survey.months.map((m) => m.month).sort() : [];
  const firstLine = entries[0]?.line ?? '';
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const freshness = { asOf: asOf?.date ?? today, today };
  const verdicts = new Map(current.verdicts.map((v) => [v.line, explainVerdict(v)]));
  const clear = maintainedOn(entries, today)
    .reverse()
    .map((e) => ({ ...clearChoice(e, inputs.advisories, freshness), anchor: lineAnchor(e.line), survey: verdicts.get(e.line) }));
  const support = supportTable(entries, inputs.providers, today);
  const windows = supportTimeline(support);
  return {
    range,
    asOf,
    stale: asOf !== undefined && today > asOf.date,
    current,
    answer: monthAnswer(current, clear, asOf?.date),
    months,
    survey: survey ? compareSurvey(survey.months, lines).map((r) => ({ ...r, differences: surveyDifferences(r) })) : [],
    example: survey && exampleVersion ? { month: survey.example.month, version: exampleVersion } : undefined,
    clear,
    support,
    ...(windows ? { timeline: windows } : {}),
    lines: [...entries].reverse().map((e) => lineRow(e, byLine.get(e.line)?.released ?? '', cves)),
    bars: timeline(lines),
    checked: entries.map((e) => e.checked).sort().at(-1) ?? '',
    sources: groupSources(inputs.provenance, [...entries.flatMap((e) => Object.values(e.sources)), ...inputs.providers.flatMap((p) => Object.values(p.sources))]),
    prose: {
      description: { text: 'description', params: { sinceYear: (lines.map((l) => l.released).filter(Boolean).sort()[0] ?? today).slice(0, 4) } },
      lede: { text: 'lede', params: { firstLine } },
      freshness: asOf && { text: today > asOf.date ? 'freshnessStale' : 'freshness', params: { date: asOf.date, repository: asOf.repository, commit: asOf.commit ?? '' } },
      rule: { text: 'ruleText', params: { min: PATCH_WINDOW.min, max: PATCH_WINDOW.max } },
      clearIntro: { text: 'clearIntro' },
      supportIntro: { text: 'supportIntro', params: { day: today } },
      surveyIntro: survey ? { text: 'surveyIntro', params: monthSpan(surveyMonths) } : undefined,
      surveyCaption: survey ? { text: 'surveyCaption', params: monthSpan(surveyMonths) } : undefined,
      linesCaption: { text: 'linesCaption', params: { firstLine } },
      sources: [{ text: 'sourcesNote' }, { text: 'rulesNote' }],
    },
  };
}

/** One line of the release-line table, with the other value wherever two sources disagree. */
function lineRow(e: ReleaseLine, released: string, cves: ReadonlyMap<string, CveInfo>): LineRow {
  const patches = e.patches
    .filter((p) => p.patch > 0)
    .map((p) => ({
      patch: p.patch,
      date: p.date,
      ...(p.target && p.target.date !== p.date ? { target: p.target.date } : {}),
      cves: (p.fixes ?? []).map((f) => f.cve),
    }));
  const fixes = fixedCves(
    e.patches.map((p) => ({ version: versionOf(e.line, p.patch), cves: (p.fixes ?? []).map((f) => f.cve) })),
    cves,
  );
  return {
    line: e.line,
    anchor: lineAnchor(e.line),
    released,
    endOfLife: e.endOfLife.date,
    ...(e.endOfLife.planned && e.endOfLife.planned.date !== e.endOfLife.date ? { endOfLifePlanned: e.endOfLife.planned.date } : {}),
    patches,
    fixes,
    final: e.finalPatch && {
      version: versionOf(e.line, e.finalPatch.patch),
      ...(e.finalPatch.listed ? { listed: versionOf(e.line, e.finalPatch.listed.patch) } : {}),
      ...(e.finalPatch.inferred ? { inferred: true } : {}),
    },
    patchesComplete: e.patchesComplete,
    notes: (e.notes ?? []).map((n) => ({ text: n.text, sourceUrl: n.source ? e.sources[n.source]?.url : undefined, fromSurvey: !(n.source && e.sources[n.source]) })),
  };
}

/** The first and last month of a list, named by the page in its locale. */
function monthSpan(months: string[]): { first: { month: string }; last: { month: string } } {
  return { first: { month: months[0] ?? '' }, last: { month: months.at(-1) ?? '' } };
}

export { monthOf };
