import { describe, expect, test } from 'vitest';
import { defaultSiteOrigin, siteUrl } from '../../../src/lib/format/site';
import { sitemapXml } from '../../../src/lib/format/sitemap';

describe('siteUrl', () => {
  test('SITE_URL wins, as its origin (the path comes from BASE_PATH); the default otherwise', () => {
    expect(siteUrl('https://atlas.example.org/')).toBe('https://atlas.example.org');
    expect(siteUrl('https://owner.github.io/atlas/')).toBe('https://owner.github.io');
    expect(siteUrl(undefined)).toBe(defaultSiteOrigin);
    expect(siteUrl('  ')).toBe(defaultSiteOrigin);
  });

  test('anything but an absolute http(s) URL stops the build', () => {
    expect(() => siteUrl('atlas.example.org')).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => siteUrl('ftp://a.example/')).toThrow(/SITE_URL must be an http\(s\) URL/);
  });
});

describe('sitemapXml', () => {
  const url = (p: string) => `https://a.example/${p}`;

  test('every page but the 404, sorted', () => {
    const xml = sitemapXml(['components/calico/', '', '404.html', 'api/'], url);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://a.example/', 'https://a.example/api/', 'https://a.example/components/calico/']);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
    // One locale today: no alternates to list.
    expect(xml).not.toContain('xhtml:link');
  });

  test('a page in two locales lists both as alternates, with the default as x-default', () => {
    const locales = [{ id: 'en', lang: 'en', pathPrefix: '' }, { id: 'zh-CN', lang: 'zh-CN', pathPrefix: 'zh-cn/' }];
    const xml = sitemapXml(['', 'zh-cn/', 'components/calico/', 'zh-cn/components/calico/', 'api/'], url, locales);
    const block = (loc: string) => xml.split('<url>').find((b) => b.includes(`<loc>${loc}</loc>`))!;
    expect(block('https://a.example/zh-cn/components/calico/')).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://a.example/components/calico/"/>');
    expect(block('https://a.example/components/calico/')).toContain('<xhtml:link rel="alternate" hreflang="zh-CN" href="https://a.example/zh-cn/components/calico/"/>');
    expect(block('https://a.example/zh-cn/')).toContain('hreflang="x-default" href="https://a.example/"');
    // Only in English: no alternates.
    expect(block('https://a.example/api/')).not.toContain('xhtml:link');
  });

  test('escapes what XML needs escaped', () => {
    expect(sitemapXml(['a&b/'], url)).toContain('<loc>https://a.example/a&amp;b/</loc>');
  });
});
