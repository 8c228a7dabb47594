import type { APIRoute } from 'astro';
import { loadComponents } from '../../../data';
import { loadCompareData } from '../../../data/compare';
import { localizedPaths } from '../../../i18n/locales';
import { splitCompareData } from '../../../lib/compare/data';
import { pagePathOf } from '../../../lib/format/paths';

/**
 * What the compare page draws its tables from: one file per component and locale
 * (/compare-data/<id>.json, /zh-cn/compare-data/<id>.json; src/lib/compare/data.ts describes the
 * shape). The page fetches the files of the components a reader chose, from the site itself.
 */
export const getStaticPaths = () => localizedPaths(async () => (await loadComponents()).map((c) => ({ params: { id: c.id } })));

export const GET: APIRoute = async ({ url, params }) => {
  const parts = splitCompareData(await loadCompareData(pagePathOf(url.pathname).locale));
  const part = parts.find((p) => p.component.id === params.id)!;
  return new Response(JSON.stringify(part), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
