import { escapeAttr, escapeText } from './tree';

/**
 * The page at the other order of a pair (/compare/b-vs-a/). Static hosts (GitHub Pages, the
 * nginx configuration in deploy/, scripts/serve.mjs) have no redirects of their own, so the
 * page sends the reader on by itself: a meta refresh, a canonical link, and a visible link for
 * whatever ignores the refresh. It asks search engines not to index it.
 */
export interface RedirectPage {
  lang: string;
  /** The canonical page's full title. */
  title: string;
  /** The canonical page's path (with the site's base), for the refresh and the link. */
  to: string;
  /** Its absolute URL, for the canonical link. */
  absolute: string;
  /** One sentence in the page's language before the link. */
  body: string;
  /** The Content-Security-Policy of the page: it runs nothing and loads nothing. */
  csp: string;
}

export function redirectHtml(page: RedirectPage): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttr(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta http-equiv="content-security-policy" content="${escapeAttr(page.csp)}">`,
    `<title>${escapeText(page.title)}</title>`,
    `<meta name="description" content="${escapeAttr(page.body)}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeAttr(page.absolute)}">`,
    `<meta http-equiv="refresh" content="0; url=${escapeAttr(page.to)}">`,
    '</head>',
    '<body>',
    `<main><h1>${escapeText(page.title)}</h1><p>${escapeText(page.body)} <a href="${escapeAttr(page.to)}">${escapeText(page.absolute)}</a></p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
