/**
 * Where the site is published. Canonical links, hreflang alternates, the sitemap, feeds and link
 * previews need absolute URLs, so every page needs an origin even when the build is not told one.
 *
 * `SITE_URL` (an environment variable read by astro.config.mjs) sets it, for example
 * `SITE_URL=https://atlas.example.org npm run build`; only its origin is used, the path comes
 * from BASE_PATH. Without it, builds use `defaultSiteOrigin`, a name under the `.example` domain
 * reserved for documentation (RFC 2606): an unconfigured build never points search engines at
 * somebody else's site, and a published one is expected to set SITE_URL (the Pages workflow does).
 */
export const defaultSiteOrigin = 'https://k8s-atlas.example';

/** The origin pages are published at: SITE_URL's, or the default. Throws on a malformed SITE_URL. */
export function siteOrigin(siteUrl: string | undefined = process.env.SITE_URL): string {
  const value = siteUrl?.trim();
  if (!value) return defaultSiteOrigin;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://atlas.example.org, got ${JSON.stringify(siteUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL, got ${JSON.stringify(siteUrl)}`);
  return url.origin;
}

/** The same origin, for code that reads it as the site's URL. */
export const siteUrl = siteOrigin;

/** An absolute URL for a site path (base included), such as '/zh-cn/components/calico/'. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, `${origin}/`).href;
}
