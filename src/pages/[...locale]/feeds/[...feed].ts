import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublished } from '../../../data/published';
import { localeInfo } from '../../../i18n/locales';

// The change feeds of every locale, in Atom and JSON Feed: <locale>/feeds/<name>.atom|.json.
export const getStaticPaths = (async () => {
  const { feeds } = await loadPublished();
  return feeds.flatMap((f) => {
    const locale = localeInfo[f.locale].pathPrefix.replace(/\/$/, '') || undefined;
    return [
      { params: { locale, feed: `${f.name}.atom` }, props: { body: f.atom, type: 'application/atom+xml; charset=utf-8' } },
      { params: { locale, feed: `${f.name}.json` }, props: { body: f.jsonFeed, type: 'application/feed+json; charset=utf-8' } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
