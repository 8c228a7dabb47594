import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { localeInfo } from '../i18n/locales';
import { bundlesByLocale, fullTextPages, isPublishedBundleFile, withIndexedTitle } from '../lib/search/full-text-build';
import { readPageMeta } from '../lib/og/page-meta';

/**
 * Builds the full-text index once the pages are written: Pagefind reads each page's <main>
 * (without heading anchors) and writes, per locale, a bundle split into small pieces:
 * <outDir>/pagefind/ for English, <outDir>/zh-cn/pagefind/ for Chinese. Chinese pages carry
 * <html lang="zh-CN">, so Pagefind splits their text into words with its Chinese segmenter.
 * The reader's browser fetches only the pieces a query needs (src/components/search/
 * full-text-worker.ts). Addresses carry the base path, so a build for /atlas/ finds /atlas/ pages.
 */
export default function fullTextIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'k8s-atlas:full-text-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const pages = fullTextPages(htmlFiles(out), base);
        const prefixes = Object.values(localeInfo).map((l) => l.pathPrefix);
        const summary: string[] = [];
        try {
          for (const [folder, members] of bundlesByLocale(pages, prefixes)) {
            const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['.anchor-link'] });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            for (const page of members) {
              const html = readFileSync(join(out, page.file), 'utf8');
              const added = await index.addHTMLFile({ url: page.url, content: withIndexedTitle(html, readPageMeta(html)?.title ?? '') });
              if (added.errors.length) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
            }
            const bundle = await index.getFiles();
            if (bundle.errors.length) throw new Error(`Pagefind could not write its index: ${bundle.errors.join('; ')}`);
            const target = join(out, folder);
            rmSync(target, { recursive: true, force: true });
            let bytes = 0;
            for (const file of bundle.files) {
              if (!isPublishedBundleFile(file.path)) continue;
              const path = join(target, file.path);
              mkdirSync(dirname(path), { recursive: true });
              writeFileSync(path, file.content);
              bytes += file.content.length;
            }
            await index.deleteIndex();
            summary.push(`${folder}: ${members.length} pages, ${Math.round(bytes / 1024)} KB`);
          }
        } finally {
          await pagefind.close();
        }
        logger.info(`${summary.join('; ')} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(root, path);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}
