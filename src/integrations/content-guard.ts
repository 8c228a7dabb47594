import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { checkContent } from '../lib/content/check';
import { formatProblems, formatWarnings } from '../lib/content/problems';

/**
 * Checks all of `content/` before Astro loads it. Astro's own schema check stops at the first
 * bad entry; this one reports every problem in every file, then stops the build. Under
 * `astro dev` it checks again after every change under content/ and prints every problem in
 * the terminal, without a restart; the dev server keeps running so the fix can be seen.
 */
export default function contentGuard(): AstroIntegration {
  let root = '';
  return {
    name: 'k8s-atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const { problems, warnings, content } = checkContent(root);
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (problems.length > 0) {
          const error = new Error(formatProblems(problems));
          error.name = 'ContentError';
          throw error;
        }
        logger.info(`content checked: ${content.components.length} components, ${content.categories.length} categories`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content');
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = (changed: string) => {
          if (relative(contentDir, changed).startsWith('..')) return;
          // An editor's save can touch several files at once; check once they have settled.
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { problems, warnings } = checkContent(root);
            if (warnings.length > 0) logger.warn(formatWarnings(warnings));
            if (problems.length > 0) logger.error(formatProblems(problems));
            else logger.info(`content checked after a change to ${relative(root, changed)}: no problems`);
          }, 100);
        };
        server.watcher.add(contentDir);
        server.watcher.on('add', recheck);
        server.watcher.on('change', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
