import { describe, expect, it } from 'vitest';
import { monthAnswer } from '../../../src/lib/versions/answer';
import type { Recommendation } from '../../../src/lib/versions/lines';
import type { ClearChoice } from '../../../src/lib/versions/security';

const window = { min: 5, max: 8 };
const recommendation = (version?: string): Recommendation => ({
  month: '2026-12',
  recommended: version ? { line: version.slice(1, 5), patch: Number(version.split('.')[2]), version, date: '2026-08-20' } : undefined,
  verdicts: [],
  gaps: [],
});
const clear = (line: string, patch?: number): ClearChoice => ({
  line,
  choice: patch === undefined ? undefined : { patch, version: `v${line}.${patch}`, date: '2026-08-20' },
  passedOver: [],
  reasons: [],
});

describe("this month's answer", () => {
  it('says both checks agree when the stricter pick in the survey’s line is the same release', () => {
    const answer = monthAnswer(recommendation('v1.35.8'), [clear('1.36', 4), clear('1.35', 8)]);
    expect(answer.agree).toBe(true);
    expect(answer.strict).toEqual({ line: '1.35', version: 'v1.35.8', date: '2026-08-20' });
    expect(answer.summary).toEqual({ text: 'answerAgree', params: { ...window, version: 'v1.35.8', line: '1.35' } });
  });

  it('names both when the stricter check prefers a newer patch of the same line', () => {
    const answer = monthAnswer(recommendation('v1.35.6'), [clear('1.36', 4), clear('1.35', 9)]);
    expect(answer.agree).toBe(false);
    expect(answer.summary).toEqual({ text: 'answerDiffer', params: { ...window, survey: 'v1.35.6', strict: 'v1.35.9', line: '1.35' } });
  });

  it('says so when the survey’s line has no clear patch', () => {
    const answer = monthAnswer(recommendation('v1.35.6'), [clear('1.36', 4), clear('1.35')]);
    expect(answer.strict).toBeUndefined();
    expect(answer.summary).toEqual({ text: 'answerSurveyOnly', params: { ...window, survey: 'v1.35.6', line: '1.35' } });
  });

  it('falls back to the newest line with a clear patch when the survey’s rule picks nothing', () => {
    const answer = monthAnswer(recommendation(), [clear('1.36'), clear('1.35', 9)]);
    expect(answer.survey).toBeUndefined();
    expect(answer.summary).toEqual({ text: 'answerStrictOnly', params: { ...window, strict: 'v1.35.9', line: '1.35' } });
    expect(monthAnswer(recommendation(), [clear('1.36')]).summary).toEqual({ text: 'answerNeither', params: window });
  });

  it('warns when the month reaches past the release data’s day, and only then', () => {
    expect(monthAnswer(recommendation('v1.35.8'), [], '2026-08-22').staleAsOf).toBe('2026-08-22');
    expect(monthAnswer(recommendation('v1.35.8'), [], '2026-12-31').staleAsOf).toBeUndefined();
    expect(monthAnswer(recommendation('v1.35.8'), []).staleAsOf).toBeUndefined();
  });
});
