// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentGuard from './src/integrations/content-guard.ts';
import { siteOrigin } from './src/lib/format/site.ts';
import ogImages from './src/integrations/og-images.ts';
import sitemap from './src/integrations/sitemap.ts';
import localized404 from './src/integrations/localized-404.ts';
import pairRedirects from './src/integrations/pair-redirects.ts';

/**
 * BASE_PATH lets the same commit be served from a sub-path, for example a project's
 * GitHub Pages site at /atlas/. It must start and end with a slash.
 */
const base = process.env.BASE_PATH ?? '/';
if (!/^\/([\w.-]+\/)*$/.test(base)) {
  throw new Error(`BASE_PATH must look like "/" or "/atlas/", got ${JSON.stringify(base)}`);
}

export default defineConfig({
  // SITE_URL sets the origin of canonical and hreflang links, link previews, feeds and the API's
  // URLs; without it, a documented default (src/lib/format/site.ts).
  site: siteOrigin(process.env.SITE_URL),
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Styles are inlined: one render-blocking request fewer on every page, which Lighthouse's
  // slow-4G profile counts against first paint; each page's CSS is only a few KB.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentGuard(), mdx(), localized404(), pairRedirects(), ogImages(), sitemap()],
  devToolbar: { enabled: false },
  // Shiki colours code with inline styles, which the CSP below would block; no page needs it.
  markdown: { syntaxHighlight: false },
  // Astro writes a CSP <meta> on every page with hashes of the scripts and styles it emits, so
  // script-src never needs 'unsafe-inline'. Everything else may come only from the site itself.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
