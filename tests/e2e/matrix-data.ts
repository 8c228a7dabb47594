import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content/check';
import { gatewayApiRowValues } from '../../src/lib/conformance/gateway-api-row';
import { buildRows } from '../../src/lib/matrix/matrix';
import { components } from './catalog-data';

/** The Ingress matrix as the build renders it (derived cells included), for the matrix specs. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = checkContent(root);
export const matrix = content.matrices.find((m) => m.id === 'ingress')!.data!;
export const conformance = content.conformance!.data!;
export const mapping = content.conformanceImplementations!.data!;
export const derived = { 'gateway-api-conformance': gatewayApiRowValues(conformance, mapping, matrix.columns), gatewayApiAsOf: conformance.source.date.slice(0, 10) };
export const rows = buildRows(matrix, derived);
export const nameOf = (id: string) => components.find((c) => c.id === id)!.data.name;
export const url = './compare/ingress/';
