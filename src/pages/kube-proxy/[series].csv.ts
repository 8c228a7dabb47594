import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { buildCharts, chartCsv } from '../../lib/kube-proxy/charts';

/** One CSV file per chart, written at build time: /kube-proxy/<series>.csv */
export const getStaticPaths = (async () => {
  const entry = await getEntry('datasets', 'kube-proxy');
  if (!entry) throw new Error('content/datasets/kube-proxy.yaml is missing');
  return buildCharts(entry.data).map((spec) => ({ params: { series: spec.id }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.spec as ReturnType<typeof buildCharts>[number]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
