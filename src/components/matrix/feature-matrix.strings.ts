import type { UiKey } from '../../i18n';

/** The interface strings <comparison-matrix>'s script writes; the page hands it exactly these. */
export const featureMatrixKeys = [
  'matrix.status',
  'matrix.noMatch',
  'matrix.copiedLink',
  'matrix.copyFailedLink',
  'matrix.exported',
  'matrix.exportShown',
] as const satisfies readonly UiKey[];

export type FeatureMatrixKey = (typeof featureMatrixKeys)[number];
