import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check';
import { formatProblems } from '../lib/content/problems';

/**
 * Checks all of `content/` before Astro loads it. Astro's own schema check stops at the first
 * bad entry; this one reports every problem in every file, then stops the build.
 */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'k8s-atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems, content } = checkContent(fileURLToPath(config.root));
        if (problems.length > 0) {
          const error = new Error(formatProblems(problems));
          error.name = 'ContentError';
          throw error;
        }
        logger.info(`content checked: ${content.components.length} components, ${content.categories.length} categories`);
      },
    },
  };
}
