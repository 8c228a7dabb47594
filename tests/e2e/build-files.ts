import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Reading the root build (dist/) and the sub-path build (dist-atlas/) as files. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const subpathDir = fileURLToPath(new URL('../../dist-atlas/', import.meta.url));

/** Every file under a folder whose name ends with `suffix`, as paths below it. */
export function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(suffix)) out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export const readBuilt = (path: string, dir = distDir) => readFileSync(join(dir, path), 'utf8');
export const readJson = <T = Record<string, any>>(path: string, dir = distDir): T => JSON.parse(readBuilt(path, dir)) as T;

/** The file in the build that an absolute URL of the site points at (origin and base removed). */
export function fileOf(url: string, dir = distDir, base = '/'): string {
  const { pathname } = new URL(url);
  const below = decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
  return below === '' || below.endsWith('/') ? `${below}index.html` : below;
}

/** The tags of a page's head that matter here. */
export function headLinks(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');
  const links = [...head.matchAll(/<link\s[^>]*>/g)].map((m) => ({ rel: attr(m[0], 'rel'), type: attr(m[0], 'type'), href: attr(m[0], 'href') ?? '' }));
  const metas = new Map([...head.matchAll(/<meta\s[^>]*>/g)].map((m) => [attr(m[0], 'property') ?? attr(m[0], 'name') ?? '', attr(m[0], 'content') ?? '']));
  return { links, metas };
}
