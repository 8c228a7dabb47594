import { join } from 'node:path';
import { loadContent } from '../content/load';
import { toLineData, type LineData } from './lines';
import type { ReleaseLine, SurveyTable } from '../../schemas/release';

/**
 * Release lines and the survey table for pages, read with the same loader and schemas the
 * content guard ran before the build, so a page never sees unchecked data.
 */
export function loadReleaseData(root = process.cwd()): { entries: ReleaseLine[]; lines: LineData[]; survey?: SurveyTable } {
  const content = loadContent(join(root, 'content'), root, []);
  const entries = content.releases.flatMap((e) => (e.data ? [e.data] : [])).sort((a, b) => Number(a.line.split('.')[1]) - Number(b.line.split('.')[1]));
  return { entries, lines: entries.map(toLineData), survey: content.surveyTable?.data };
}
