import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../data/published';
import { notFoundBody } from '../../lib/api/build';
import { translator, defaultLocale } from '../../i18n';

// The body a host sends for an unknown address under /api/ (deploy/nginx.conf does).
export const GET: APIRoute = () =>
  new Response(JSON.stringify(notFoundBody(absoluteUrl, translator(defaultLocale)('api.notFound'))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
