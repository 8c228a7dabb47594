import { checkContent } from '../../src/lib/content/check';
import { toLineData, type LineData } from '../../src/lib/versions/lines';
import type { ReleaseLine, SurveyTable } from '../../src/schemas/release';

/**
 * Release lines and the survey table for tests, read with the content guard's own loader (tests
 * run outside Astro, so they cannot use the collections the pages read).
 */
export function loadReleaseData(root: string): { entries: ReleaseLine[]; lines: LineData[]; survey?: SurveyTable } {
  const { content } = checkContent(root);
  const entries = content.releases.flatMap((e) => (e.data ? [e.data] : [])).sort((a, b) => Number(a.line.split('.')[1]) - Number(b.line.split('.')[1]));
  return { entries, lines: entries.map(toLineData), survey: content.surveyTable?.data };
}
