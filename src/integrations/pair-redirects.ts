import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translator } from '../i18n';
import { localeInfo, locales } from '../i18n/locales';
import { pairSlug, parsePairSlug } from '../lib/compare/pairs';
import { decodeEntities } from '../lib/og/page-meta';
import { redirectHtml } from '../lib/compare/redirect';

/**
 * Writes the other order of every pair page the build made: for /compare/a-vs-b/, a page at
 * /compare/b-vs-a/ that sends the reader there (src/lib/compare/redirect.ts). Done after the
 * build rather than as Astro pages, so each is a few hundred bytes without the site's styles.
 */
export default function pairRedirects(): AstroIntegration {
  let base = '/';
  let site = '';
  let csp = '';
  return {
    name: 'k8s-atlas:pair-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? '';
        const directives = (config.security?.csp && typeof config.security.csp === 'object' ? config.security.csp.directives : undefined) ?? [];
        csp = [...directives, "script-src 'none'", "style-src 'none'"].join('; ');
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let written = 0;
        for (const locale of locales) {
          const folder = join(out, localeInfo[locale].pathPrefix, 'compare');
          if (!existsSync(folder)) continue;
          const t = translator(locale);
          for (const name of readdirSync(folder)) {
            const pair = parsePairSlug(name);
            if (!pair || pair.first > pair.second) continue;
            const page = join(folder, name, 'index.html');
            if (!existsSync(page)) continue;
            const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(readFileSync(page, 'utf8'))?.[1] ?? name);
            const to = `${base}${localeInfo[locale].pathPrefix}compare/${name}/`;
            const target = join(folder, pairSlug(pair.second, pair.first));
            mkdirSync(target, { recursive: true });
            writeFileSync(join(target, 'index.html'), redirectHtml({ lang: localeInfo[locale].lang, title, to, absolute: new URL(to, `${site}/`).href, body: t('compare.redirect.body'), csp }));
            written++;
          }
        }
        logger.info(`${written} pair pages in the other order, each sending the reader to its canonical page`);
      },
    },
  };
}
