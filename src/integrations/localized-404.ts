import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { contentFolder, translatedLocales } from '../i18n/locales';

/**
 * Astro writes its own 404 page as /404.html, but a 404 page of another locale, like any page
 * in directory format, as /zh-cn/404/index.html. Static hosts that look for a 404 page per
 * folder look for /zh-cn/404.html, so after the build each locale's 404 page is moved there.
 * Hosts with one 404 page for the whole site serve /404.html for every unknown path.
 */
export default function localized404(): AstroIntegration {
  return {
    name: 'k8s-atlas:localized-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const locale of translatedLocales) {
          const folder = join(out, contentFolder(locale), '404');
          const page = join(folder, 'index.html');
          if (!existsSync(page)) continue;
          renameSync(page, join(out, contentFolder(locale), '404.html'));
          rmdirSync(folder);
          logger.info(`moved ${contentFolder(locale)}/404/index.html to ${contentFolder(locale)}/404.html`);
        }
      },
    },
  };
}
