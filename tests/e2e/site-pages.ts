import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultDist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** True for a file that only sends the reader elsewhere (a pair page in the other order). */
const isRedirect = (file: string) => /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 2000));

function walkPages(distDir: string, keep: (file: string) => boolean): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && keep(path)) {
        const rel = `/${relative(distDir, path).split('\\').join('/')}`;
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/**
 * Every HTML page in the root build, as a site path: `/`, `/components/calico/`, `/404.html`.
 * Redirect pages are not pages: they have their own checks (tests/e2e/compare.spec.ts).
 */
export function builtPages(distDir = defaultDist): string[] {
  return walkPages(distDir, (file) => !isRedirect(file));
}

/** Every page in the build that only redirects (the other order of each pair page). */
export function redirectPages(distDir = defaultDist): string[] {
  return walkPages(distDir, isRedirect);
}
