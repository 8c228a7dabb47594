import type { APIRoute } from 'astro';
import { loadCompareData } from '../../data/compare';
import { localizedPaths } from '../../i18n/locales';
import { pagePathOf } from '../../lib/format/paths';

/**
 * What the compare page draws its tables from, per locale: /compare-data.json and
 * /zh-cn/compare-data.json (src/lib/compare/data.ts describes the shape). Fetched only when a
 * reader has chosen two or more components, from the site itself.
 */
export const getStaticPaths = () => localizedPaths();

export const GET: APIRoute = async ({ url }) => {
  const data = await loadCompareData(pagePathOf(url.pathname).locale);
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
