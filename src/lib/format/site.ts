/**
 * Where the site is published. Canonical links and hreflang alternates must be absolute URLs,
 * so every page needs an origin even when the build is not told one.
 *
 * `SITE_URL` (an environment variable read by astro.config.mjs) sets it, for example
 * `SITE_URL=https://atlas.example.org npm run build`; only its origin is used, the path comes
 * from BASE_PATH. Without it, builds use `defaultSiteOrigin`, a name under the `.example` domain
 * reserved for documentation (RFC 2606): an unconfigured build never points search engines at
 * somebody else's site, and a published one is expected to set SITE_URL. The sitemap, robots.txt
 * and link previews read the origin from here too.
 */
export const defaultSiteOrigin = 'https://k8s-atlas.example';

/** The origin pages are published at: SITE_URL's, or the default. Throws on a malformed SITE_URL. */
export function siteOrigin(siteUrl: string | undefined = process.env.SITE_URL): string {
  if (!siteUrl) return defaultSiteOrigin;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://atlas.example.org, got ${JSON.stringify(siteUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL, got ${JSON.stringify(siteUrl)}`);
  return url.origin;
}

/** An absolute URL for a site path (base included), such as '/zh-cn/components/calico/'. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, `${origin}/`).href;
}
