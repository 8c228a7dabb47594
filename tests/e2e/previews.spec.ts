import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OG_MAX_BYTES, OG_SIZE } from '../../src/lib/og/meta';
import { builtPages } from './site-pages';
import { distDir, fileOf, headLinks, readBuilt } from './build-files';

// Link previews as built: every page names an image, and the image exists, is 1200×630 and
// weighs at most 40 KB; the tags a chat client reads are all there.

const REQUIRED = ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:url', 'og:locale', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'];

test("every page's og:image exists, is 1200×630 and within the size limit", () => {
  const sizes: number[] = [];
  const problems: string[] = [];
  for (const page of builtPages()) {
    const notFound = /^\/([a-z-]+\/)?404\.html$/.test(page);
    const { metas } = headLinks(readBuilt(page.endsWith('/') ? `${page.slice(1)}index.html` : page.slice(1)));
    // A 404 page has no address of its own to name.
    for (const name of REQUIRED) if (!metas.get(name) && !(notFound && name === 'og:url')) problems.push(`${page}: no ${name}`);
    const image = metas.get('og:image') ?? '';
    const file = join(distDir, fileOf(image));
    if (!existsSync(file)) {
      problems.push(`${page}: ${image} is not in the build`);
      continue;
    }
    const png = readFileSync(file);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    if (png.toString('latin1', 1, 4) !== 'PNG' || width !== OG_SIZE.width || height !== OG_SIZE.height) problems.push(`${page}: ${image} is ${width}×${height}`);
    if (png.length > OG_MAX_BYTES) problems.push(`${page}: ${image} weighs ${png.length} bytes`);
    if (metas.get('twitter:image') !== image) problems.push(`${page}: twitter:image differs from og:image`);
    if (!notFound && metas.get('og:url') !== headLinks(readBuilt(fileOf(metas.get('og:url') ?? '/'))).links.find((l) => l.rel === 'canonical')?.href) problems.push(`${page}: og:url is not the canonical URL`);
    sizes.push(png.length);
  }
  expect(problems).toEqual([]);
  sizes.sort((a, b) => a - b);
  test.info().annotations.push({ type: 'og:image sizes', description: `${sizes.length} images, median ${sizes[sizes.length >> 1]} B, max ${sizes.at(-1)} B` });
});

test('og:locale matches the page language', () => {
  for (const page of builtPages()) {
    const html = readBuilt(page.endsWith('/') ? `${page.slice(1)}index.html` : page.slice(1));
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
    const locale = headLinks(html).metas.get('og:locale') ?? '';
    expect(locale.replace('_', '-').toLowerCase().startsWith(lang.toLowerCase()), `${page}: ${locale} for lang ${lang}`).toBe(true);
  }
});
