/**
 * The origin the site is published at. SITE_URL overrides it (the Pages workflow passes the
 * address GitHub gives the site); without it, canonical links and link previews point at the
 * address `npm run preview` serves, so no build ever advertises a host nobody set up.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The site's origin from SITE_URL (or the default), without a trailing slash. */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  const url = value?.trim() || DEFAULT_SITE_URL;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url)) {
    throw new Error(`SITE_URL must be an http(s) origin such as "https://atlas.example.org", got ${JSON.stringify(value)}`);
  }
  return url.replace(/\/+$/, '');
}
