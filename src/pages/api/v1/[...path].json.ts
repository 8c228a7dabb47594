import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublished } from '../../../data/published';

// Every file of the JSON API and its JSON Schemas: /api/v1/<path>.json.
export const getStaticPaths = (async () => {
  const { apiFiles } = await loadPublished();
  return apiFiles.map((file) => ({ params: { path: file.path.replace(/\.json$/, '') }, props: { body: file.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
