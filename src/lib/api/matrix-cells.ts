/**
 * The API's derived fields for matrices: the imported values a matrix's derived cells need,
 * taken from the conformance collections as the pages get them, and today's cells flattened
 * row by row with their resolved support, values and source documents. build.ts attaches them
 * to each matrix record as `cells`.
 */
import type { z } from 'astro/zod';
import type { apiMatrixCellSchema } from '../../schemas/api';
import type { Matrix } from '../../schemas/matrix';
import type { ConformanceImplementation, GatewayApiConformance } from '../../schemas/conformance';
import { buildRows, cellAnchor, type DerivedValues } from '../matrix/matrix';
import { gatewayApiRowValues } from '../conformance/gateway-api-row';
import type { ShapeContext } from './build';

/** The imported values a matrix's derived cells need, from the conformance collection (as the pages get them). */
export function matrixDerived(matrix: Matrix, ctx: ShapeContext): DerivedValues {
  if (!matrix.rows.some((r) => r.derivedFrom === 'gateway-api-conformance')) return {};
  const data = ctx.byCollection.get('conformance')?.entries[0]?.data as GatewayApiConformance | undefined;
  if (!data) return {};
  const mapping = (ctx.byCollection.get('conformanceImplementations')?.entries ?? []).map((e) => e.data as unknown as ConformanceImplementation);
  return { 'gateway-api-conformance': gatewayApiRowValues(data, mapping, matrix.columns), gatewayApiAsOf: data.source.date.slice(0, 10) };
}

/**
 * Today's cells of a matrix, flattened, as the page shows them: the stored cell (with its history
 * and, for a derived cell, what it is derived from), its support and values resolved, and its
 * source documents.
 */
export function flattenCells(matrix: Matrix, derived: DerivedValues = {}): z.infer<typeof apiMatrixCellSchema>[] {
  const views = new Map(buildRows(matrix, derived).map((r) => [r.id, r]));
  return matrix.rows.flatMap((row) =>
    matrix.columns.flatMap((column) => {
      const cell = row.cells[column];
      const view = views.get(row.id)?.cells[column];
      if (!cell || !view) return [];
      const documents = view.sources.map((s) => ({ url: s.url, title: typeof s.title === 'string' ? s.title : s.key }));
      return [{
        row: row.id,
        column,
        anchor: cellAnchor(row.id, column),
        ...cell,
        support: view.support,
        values: view.values,
        checked: view.checked,
        ...(documents[0] ? { source_document: documents[0] } : {}),
        ...(documents.length > 1 ? { source_documents: documents } : {}),
      }];
    }),
  );
}
