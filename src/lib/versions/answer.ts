import type { ProseRef } from '../format/prose';
import { staleNote } from './explain';
import { PATCH_WINDOW, type Recommendation } from './lines';
import type { ClearChoice } from './security';

/**
 * This month's answer, the first thing the versions page says: the survey rule's pick and the
 * stricter check's pick (the newest patch no known, patch-fixable CVE affects), and one
 * sentence on how they relate. The sentence is a text of content/pages/versions.yaml.
 */

export interface Pick {
  line: string;
  version: string;
  date: string;
}

export interface MonthAnswer {
  month: string;
  /** The survey rule's pick for the month. */
  survey?: Pick;
  /**
   * The stricter check's pick: in the line the survey rule picked, or, when it picked none,
   * in the newest maintained line that has a clear patch.
   */
  strict?: Pick;
  /** True when both picks are the same release. */
  agree: boolean;
  summary: ProseRef;
  /** The day the release data is as of, when the month reaches past it (newer patches may exist). */
  staleAsOf?: string;
}

/**
 * `clear` is the stricter check for each line maintained today, newest line first (as the
 * versions page lists it); `asOf` the day the release data is as of.
 */
export function monthAnswer(current: Recommendation, clear: readonly ClearChoice[], asOf?: string): MonthAnswer {
  const window = { min: PATCH_WINDOW.min, max: PATCH_WINDOW.max };
  const survey = current.recommended && { line: current.recommended.line, version: current.recommended.version, date: current.recommended.date };
  const inLine = survey ? clear.find((c) => c.line === survey.line) : clear.find((c) => c.choice);
  const strict = inLine?.choice && { line: inLine.line, version: inLine.choice.version, date: inLine.choice.date };
  const agree = !!survey && !!strict && survey.version === strict.version;
  const summary: ProseRef =
    survey && strict
      ? agree
        ? { text: 'answerAgree', params: { ...window, version: survey.version, line: survey.line } }
        : { text: 'answerDiffer', params: { ...window, survey: survey.version, strict: strict.version, line: strict.line } }
      : survey
        ? { text: 'answerSurveyOnly', params: { ...window, survey: survey.version, line: survey.line } }
        : strict
          ? { text: 'answerStrictOnly', params: { ...window, strict: strict.version, line: strict.line } }
          : { text: 'answerNeither', params: window };
  const stale = staleNote(current, asOf) && asOf;
  return { month: current.month, ...(survey ? { survey } : {}), ...(strict ? { strict } : {}), agree, summary, ...(stale ? { staleAsOf: stale } : {}) };
}
