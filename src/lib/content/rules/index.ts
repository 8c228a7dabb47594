import { categoryRules } from './categories';
import { componentRules } from './components';
import { conformanceRules } from './conformance';
import { datasetRules } from './datasets';
import { guideRules } from './guides';
import { importedRules } from './imported';
import { matrixRules } from './matrices';
import { releaseRules } from './releases';
import { sourceRules } from './sources';
import type { ContentRule } from './shared';

export type { ContentRule } from './shared';

/**
 * Every rule across files, one file per collection. The content guard runs them all after the
 * schemas and reports every problem at once.
 */
export const contentRules: ContentRule[] = [
  ...categoryRules,
  ...componentRules,
  ...datasetRules,
  ...matrixRules,
  ...releaseRules,
  ...importedRules,
  ...guideRules,
  ...conformanceRules,
  ...sourceRules,
];
