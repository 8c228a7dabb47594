/**
 * Builds a site-internal link that carries the base path, so the same build works at the root
 * of a domain and under a sub-path such as /atlas/. `path` is written from the site root,
 * without a leading slash: `components/calico/`.
 */
export function sitePath(path = '', base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export const componentPath = (id: string) => sitePath(`components/${id}/`);
export const categoryPath = (id: string) => sitePath(`categories/${id}/`);
export const guidePath = (id: string) => sitePath(`guides/${id}/`);
