import { categoryRules } from './categories';
import { componentRules } from './components';
import { compareRules } from './compare';
import { conformanceRules } from './conformance';
import { datasetRules } from './datasets';
import { guideRules } from './guides';
import { importedRules } from './imported';
import { matrixRules } from './matrices';
import { releaseRules } from './releases';
import { translationRules, translationWarnings } from './translations';
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
  ...compareRules,
  ...datasetRules,
  ...matrixRules,
  ...releaseRules,
  ...importedRules,
  ...guideRules,
  ...conformanceRules,
  ...translationRules,
  ...sourceRules,
];

/**
 * Checks whose findings are printed as warnings and do not stop the build: translations made
 * from an older English text, or missing ones (their pages fall back to English).
 */
export const contentWarnings: ContentRule[] = [...translationWarnings];
