import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKubeProxyDataset } from '../../data';
import { translator } from '../../i18n';
import { buildCharts, chartTable, type ChartSpec } from '../../lib/kube-proxy/charts';
import { toCsv } from '../../lib/format/table-export';

/** One CSV file per chart, written at build time: /kube-proxy/<series>.csv */
export const getStaticPaths = (async () => {
  return buildCharts(await loadKubeProxyDataset()).map((spec) => ({ params: { series: spec.id }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(chartTable(props.spec as ChartSpec, translator('en').message)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
