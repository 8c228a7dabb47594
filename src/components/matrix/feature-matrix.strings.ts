import type { UiKey } from '../../i18n';
import { supportKeys } from '../../lib/matrix/cells';

/** The interface strings <comparison-matrix>'s script writes; the page hands it exactly these. */
export const featureMatrixKeys = [
  'matrix.status',
  'matrix.noMatch',
  'matrix.copiedLink',
  'matrix.copyFailedLink',
  'matrix.exported',
  'matrix.exportShown',
  'matrix.notRecorded',
  'matrix.pinned',
  'matrix.pinned.live',
  'matrix.copyPinned',
  // The six support levels' words, as the matrix names them.
  ...Object.values(supportKeys),
  'matrix.qualifier.partial',
  'matrix.qualifier.paid',
  'matrix.qualifier.plugin',
  'matrix.qualifier.no',
  'matrix.qualifier.unknown',
  'matrix.cell.values',
  'matrix.cell.qualified',
] as const satisfies readonly UiKey[];

export type FeatureMatrixKey = (typeof featureMatrixKeys)[number];
