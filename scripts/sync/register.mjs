// Lets plain Node (22.18+, which strips TypeScript types itself) load the site's src/ modules,
// whose relative imports leave out the ".ts" extension as Astro and Vite allow.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (relative && error?.code === 'ERR_MODULE_NOT_FOUND' && !/\.[cm]?[jt]s$/.test(specifier)) {
        return nextResolve(`${specifier}.ts`, context);
      }
      throw error;
    }
  },
});
