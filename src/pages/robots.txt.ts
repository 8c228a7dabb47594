import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/published';

// Every page may be crawled; the sitemap lists them with their translations.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
