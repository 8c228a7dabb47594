import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapXml } from '../lib/format/sitemap';

/**
 * Writes sitemap.xml from the pages the build wrote, so a new page or a new locale is listed
 * without a change here. The origin is the `site` option (SITE_URL).
 */
export default function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'k8s-atlas:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: string[] = [];
        const walk = (d: string) => {
          for (const entry of readdirSync(d, { withFileTypes: true })) {
            const path = join(d, entry.name);
            if (entry.isDirectory()) walk(path);
            // A page that only sends the reader elsewhere (a pair page in the other order) is not listed.
            else if (entry.name.endsWith('.html') && !isRedirect(readFileSync(path, 'utf8'))) {
              const rel = relative(out, path).split(sep).join('/');
              pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
            }
          }
        };
        walk(out);
        const url = (path: string) => new URL(`${base}${path}`, `${site}/`).href;
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(pages, url));
        logger.info(`sitemap.xml: ${pages.length} pages`);
      },
    },
  };
}

/** True for a page whose whole purpose is a meta refresh to another address. */
export const isRedirect = (html: string) => /<meta http-equiv="refresh"/i.test(html.slice(0, 2000));
