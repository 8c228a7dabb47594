import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translator } from '../i18n';
import { localeFromPath, localeInfo } from '../i18n/locales';
import { pageKind } from '../lib/og/page-kind';
import { readPageMeta } from '../lib/og/page-meta';
import { cardFonts, renderCard } from '../lib/og/render';
import type { Card } from '../lib/og/card';

/**
 * Draws the link-preview image of every built page once the build is done: it reads each
 * page's og:image address and preview tags from the HTML and writes the PNG there. Images are
 * cached by a hash of everything that goes into them (the card's text, the fonts, the design's
 * source and the renderers' versions) in node_modules/.cache/og/, so a page whose preview has
 * not changed costs a file copy on the next build.
 */
export default function ogImages(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'k8s-atlas:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const cacheDir = process.env.OG_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'og');
        mkdirSync(cacheDir, { recursive: true });
        const design = designHash(root);
        let drawn = 0;
        let cached = 0;
        const written = new Set<string>();
        for (const file of htmlFiles(out)) {
          const meta = readPageMeta(readFileSync(file, 'utf8'));
          if (!meta) continue;
          const target = imageFile(out, base, meta.image);
          if (written.has(target)) continue;
          written.add(target);
          const pagePath = pathOf(out, file);
          const locale = localeFromPath(pagePath);
          const prefix = localeInfo[locale].pathPrefix;
          const t = translator(locale);
          const card: Card = {
            siteName: meta.siteName,
            kind: t(pageKind(prefix && pagePath.startsWith(prefix) ? pagePath.slice(prefix.length) : pagePath)),
            title: meta.title,
            description: meta.description,
            lang: meta.lang,
          };
          const key = createHash('sha256').update(JSON.stringify({ design, card, fonts: cardFonts(card) })).digest('hex').slice(0, 32);
          const cachedFile = join(cacheDir, `${key}.png`);
          mkdirSync(dirname(target), { recursive: true });
          if (existsSync(cachedFile)) {
            cached++;
          } else {
            const png = await renderCard(card);
            // Written under a temporary name first, so an interrupted build leaves no half file.
            writeFileSync(`${cachedFile}.tmp`, png);
            renameSync(`${cachedFile}.tmp`, cachedFile);
            drawn++;
          }
          copyFileSync(cachedFile, target);
        }
        logger.info(`${drawn + cached} preview images (${drawn} drawn, ${cached} from the cache) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** Every HTML file under a folder, sorted, so the work is done in the same order every time. */
function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/** A page's path below the base, as the site links it: `components/calico/`, `404.html`. */
function pathOf(out: string, file: string): string {
  const rel = relative(out, file).split(sep).join('/');
  return rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Where the file of an og:image URL goes in the build. */
function imageFile(out: string, base: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  if (!pathname.startsWith(base)) throw new Error(`og:image ${url} is outside the site's base ${base}`);
  return join(out, ...pathname.slice(base.length).split('/'));
}

/** What the images look like, as a hash: the design's source and the renderers' versions. */
function designHash(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const hash = createHash('sha256');
  for (const file of ['card.ts', 'render.ts', 'fonts.ts', 'png.ts']) hash.update(readFileSync(join(root, 'src', 'lib', 'og', file)));
  for (const pkg of ['satori', '@resvg/resvg-js', '@fontsource/noto-sans', '@fontsource/noto-sans-sc']) {
    hash.update(`${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version}`);
  }
  return hash.digest('hex');
}
