/**
 * Reads a built page's preview tags back from its HTML (BaseLayout writes them through
 * HeadMeta.astro), so the images are drawn from exactly what each page says about itself, in
 * its own language, for every page the build wrote, whatever route made it.
 */
export interface PageMeta {
  lang: string;
  siteName: string;
  title: string;
  description: string;
  /** The absolute URL of the page's og:image. */
  image: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function metaContent(html: string, property: string): string | undefined {
  for (const tag of html.match(/<meta\s[^>]*>/gi) ?? []) {
    const name = /\s(?:property|name)="([^"]*)"/i.exec(tag)?.[1];
    if (name !== property) continue;
    const content = /\scontent="([^"]*)"/i.exec(tag)?.[1];
    if (content !== undefined) return decodeEntities(content);
  }
  return undefined;
}

/** The preview tags of a page, or undefined when it has no og:image. */
export function readPageMeta(html: string): PageMeta | undefined {
  const head = html.slice(0, html.search(/<\/head>/i) + 1 || undefined);
  const image = metaContent(head, 'og:image');
  if (!image) return undefined;
  return {
    lang: decodeEntities(/<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'en'),
    siteName: metaContent(head, 'og:site_name') ?? '',
    title: metaContent(head, 'og:title') ?? '',
    description: metaContent(head, 'og:description') ?? '',
    image,
  };
}
