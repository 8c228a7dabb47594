import { join } from 'node:path';
import { loadContent, type ContentSet } from './load';
import { contentRules, contentWarnings } from './rules/index';
import { sortProblems, type Problem } from './problems';
import { todayUtc } from '../format/dates';

export { todayUtc };

export interface CheckResult {
  content: ContentSet;
  problems: Problem[];
  /** Findings that do not stop the build (outdated or missing translations), sorted. */
  warnings: Problem[];
}


/**
 * Runs every schema and every cross-file rule over a content folder and returns all problems
 * at once, sorted, so a contributor can fix a whole batch in one go.
 */
export function checkContent(projectRoot: string, options: { contentDir?: string; today?: string } = {}): CheckResult {
  const problems: Problem[] = [];
  const content = loadContent(options.contentDir ?? join(projectRoot, 'content'), projectRoot, problems);
  const today = options.today ?? todayUtc();
  for (const rule of contentRules) problems.push(...rule.check(content, { today }));
  const warnings = contentWarnings.flatMap((rule) => rule.check(content, { today }));
  return { content, problems: sortProblems(problems), warnings: sortProblems(warnings) };
}
