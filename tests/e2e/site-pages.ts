import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every HTML page in the root build, as a site path: `/`, `/components/calico/`, `/404.html`. */
export function builtPages(distDir = fileURLToPath(new URL('../../dist/', import.meta.url))): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = `/${relative(distDir, path).split('\\').join('/')}`;
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}
