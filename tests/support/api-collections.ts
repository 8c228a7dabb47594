import { z } from 'astro/zod';
import { checkContent } from '../../src/lib/content/check';
import type { CollectionDump } from '../../src/lib/api/build';
import { categorySchema } from '../../src/schemas/category';
import { componentSchema } from '../../src/schemas/component';
import { conformanceImplementationSchema, gatewayApiConformanceSchema } from '../../src/schemas/conformance';
import { guideSchema } from '../../src/schemas/guide';
import { kubeProxyDatasetSchema } from '../../src/schemas/kube-proxy-dataset';
import { matrixSchema } from '../../src/schemas/matrix';
import { releaseLineSchema, surveyTableSchema } from '../../src/schemas/release';

/**
 * The real content as the API's collections, read with the content guard's loader (tests run
 * outside Astro). Mirrors src/content.config.ts: a collection added there belongs here too.
 */
export function loadApiCollections(root: string): CollectionDump[] {
  const { content } = checkContent(root);
  const entries = <T>(list: { id: string; data?: T }[]) =>
    list.flatMap((e) => (e.data ? [{ id: e.id, data: e.data as unknown as Record<string, unknown> }] : []));
  const dumps: [string, z.ZodType, { id: string; data: Record<string, unknown> }[]][] = [
    ['categories', categorySchema, entries(content.categories)],
    ['components', componentSchema, entries(content.components)],
    ['guides', guideSchema, entries(content.guides)],
    ['datasets', kubeProxyDatasetSchema, entries(content.datasets)],
    ['matrices', matrixSchema, entries(content.matrices)],
    ['releases', releaseLineSchema, entries(content.releases)],
    ['surveyTable', surveyTableSchema, content.surveyTable ? entries([content.surveyTable]) : []],
    ['conformance', gatewayApiConformanceSchema, content.conformance ? entries([content.conformance]) : []],
    [
      'conformanceImplementations',
      conformanceImplementationSchema,
      (content.conformanceImplementations?.data ?? []).map((d) => ({ id: d.id, data: d as unknown as Record<string, unknown> })),
    ],
  ];
  return dumps.map(([name, schema, list]) => ({ name, schema, entries: list.sort((a, b) => (a.id < b.id ? -1 : 1)) }));
}
