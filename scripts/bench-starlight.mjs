#!/usr/bin/env node
// A plain Starlight site with the same content as our matrix and versions pages, to time beside
// them: `npm run bench:lighthouse -- --starlight` builds it and runs Lighthouse on both sites in
// the same rounds. On its own, `node scripts/bench-starlight.mjs [dist]` builds it and prints
// where.
//
// The site lives in the system's temporary folder, never in the repository, and Starlight is not
// a dependency of the project: the folder gets its own package.json with Starlight and the same
// Astro version as ours, installed once with npm and reused while those versions stay the same.
// Each page is our built page's <main> (the first heading becomes Starlight's title, scripts are
// left out) in a Markdown file, so Starlight lays out, styles and ships its own page around
// exactly the markup a reader of ours receives. Starlight's defaults are kept (search,
// sidebar, table of contents, its fonts and styles): a plain Starlight page.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
export const STARLIGHT_VERSION = '0.42.4';
const ASTRO_VERSION = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
/** Astro needs Node 22: the project's own (the `node` dev dependency) when the shell's is older. */
const NODE = existsSync(join(root, 'node_modules/node/bin/node')) ? join(root, 'node_modules/node/bin/node') : process.execPath;

/** The pages of ours that get a Starlight twin. */
export const TWINS = [
  { type: 'matrix', source: 'compare/ingress/', slug: 'matrix' },
  { type: 'versions', source: 'versions/', slug: 'versions' },
];
const LOCALES = [
  { locale: 'en', prefix: '' },
  { locale: 'zh-cn', prefix: 'zh-cn/' },
];

const decode = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]);

/** Our built page's main content as Markdown for Starlight: its title, and its markup without the title and scripts. */
export function twinMarkdown(html) {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
  if (!main) throw new Error('the page has no <main>');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main);
  const title = decode((h1?.[1] ?? '').replace(/<[^>]+>/g, '').trim());
  const body = main
    .replace(h1?.[0] ?? '', '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    // One line with no blank lines: CommonMark keeps an HTML block that starts with <div> as it is.
    .replace(/\n\s*\n/g, '\n');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n<div class="atlas-content">${body}</div>\n`;
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${(result.stderr || result.stdout).slice(-3000)}`);
}

/** Builds the Starlight site from the pages in `dist`; returns its output folder and pages. */
export async function buildStarlight(dist = join(root, 'dist')) {
  const dir = join(tmpdir(), `k8s-atlas-starlight-${STARLIGHT_VERSION}-astro-${ASTRO_VERSION}`);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) {
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'starlight-twin', private: true, type: 'module', dependencies: { astro: ASTRO_VERSION, '@astrojs/starlight': STARLIGHT_VERSION } }, null, 2)}\n`,
    );
    console.error(`Installing Starlight ${STARLIGHT_VERSION} with Astro ${ASTRO_VERSION} in ${dir}…`);
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: 'K8s Atlas on Starlight',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  const pages = [];
  for (const { locale, prefix } of LOCALES) {
    mkdirSync(join(docs, prefix), { recursive: true });
    for (const twin of TWINS) {
      const html = readFileSync(join(dist, prefix, twin.source, 'index.html'), 'utf8');
      writeFileSync(join(docs, prefix, `${twin.slug}.md`), twinMarkdown(html));
      pages.push({ type: twin.type, locale, path: `/${prefix}${twin.slug}/` });
    }
  }
  run(NODE, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], dir);
  return { dir, dist: join(dir, 'dist'), pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await buildStarlight(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Built ${site.pages.length} Starlight pages in ${site.dist}: ${site.pages.map((p) => p.path).join(' ')}`);
}
