import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content/check';
import { inactiveStates } from '../../src/schemas/component';

/** The catalog as the build sees it, so tests compare pages with content instead of retyping facts. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = checkContent(root);

export const components = content.components.flatMap((c) => (c.data ? [{ id: c.id, data: c.data }] : []));
export const categories = content.categories.flatMap((c) => (c.data ? [c.data] : []));
export const isInactive = (c: (typeof components)[number]) => inactiveStates.has(c.data.status.state);
