import type { UiKey } from '../../i18n';

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
  'matrix.support.yes',
  'matrix.support.partial',
  'matrix.support.paid',
  'matrix.support.plugin',
  'matrix.support.no',
  'matrix.support.unknown',
  'matrix.qualifier.partial',
  'matrix.qualifier.paid',
  'matrix.qualifier.plugin',
  'matrix.qualifier.no',
  'matrix.qualifier.unknown',
  'matrix.cell.values',
  'matrix.cell.qualified',
] as const satisfies readonly UiKey[];

export type FeatureMatrixKey = (typeof featureMatrixKeys)[number];
