import { describe, expect, test } from 'vitest';
import { cardTree, clip, titleSize } from '../../../src/lib/og/card';
import { fontsFor } from '../../../src/lib/og/fonts';
import { OG_MAX_BYTES, OG_SIZE, ogLocale } from '../../../src/lib/og/meta';
import { ogImagePath, pageKind } from '../../../src/lib/og/page-kind';
import { decodeEntities, readPageMeta } from '../../../src/lib/og/page-meta';
import { renderCard } from '../../../src/lib/og/render';
import { blendPalette, hexRgb, palettePng } from '../../../src/lib/og/png';
import { inflateSync } from 'node:zlib';

/** Width and height from a PNG's IHDR chunk, and its colour type (3 = palette). */
export function pngInfo(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20), colorType: png[25] };
}

describe('page kinds and image paths', () => {
  test('each kind of page is named', () => {
    expect(pageKind('')).toBe('og.kind.home');
    expect(pageKind('components/calico/')).toBe('og.kind.component');
    expect(pageKind('categories/')).toBe('og.kind.categories');
    expect(pageKind('compare/ingress/')).toBe('og.kind.matrix');
    expect(pageKind('404.html')).toBe('og.kind.notFound');
    expect(pageKind('somewhere/new/')).toBe('og.kind.page');
  });

  test('images sit under og/ at the page path', () => {
    expect(ogImagePath('')).toBe('og/index.png');
    expect(ogImagePath('components/calico/')).toBe('og/components/calico.png');
    expect(ogImagePath('zh-cn/components/calico/')).toBe('og/zh-cn/components/calico.png');
    expect(ogImagePath('404.html')).toBe('og/404.png');
  });

  test('og:locale is language_TERRITORY', () => {
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('zh-CN')).toBe('zh_CN');
  });
});

describe('reading a page back', () => {
  test('preview tags with entities decoded', () => {
    const html = `<!doctype html><html lang="zh-CN"><head><meta property="og:site_name" content="K8s Atlas"><meta property="og:title" content="Tom &amp; Jerry&#39;s &quot;mesh&quot;"><meta property="og:description" content="A &lt;b&gt; test"><meta property="og:image" content="https://a.example/og/x.png"></head><body><meta property="og:title" content="not this"></body></html>`;
    expect(readPageMeta(html)).toEqual({ lang: 'zh-CN', siteName: 'K8s Atlas', title: `Tom & Jerry's "mesh"`, description: 'A <b> test', image: 'https://a.example/og/x.png' });
    expect(readPageMeta('<html><head></head></html>')).toBeUndefined();
    expect(decodeEntities('&#x4e2d;&#25991;&unknown;')).toBe('中文&unknown;');
  });
});

describe('cards', () => {
  test('long text is cut at a word, CJK at a character', () => {
    expect(clip('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
    expect(clip('短文本', 10)).toBe('短文本');
    expect([...clip('一二三四五六七八九十', 6)]).toHaveLength(6);
    expect(titleSize('Calico')).toBeGreaterThan(titleSize('A much longer title that names several things at once'));
    expect(titleSize('网络插件网络插件网络插件')).toBeLessThan(titleSize('Network plugin'));
  });

  test('fonts: Latin always, Chinese subsets only for the characters a card prints', () => {
    const latin = fontsFor('Calico – network plugin');
    expect(latin.names).toEqual(['noto-sans-latin-400-normal.woff', 'noto-sans-latin-700-normal.woff', 'noto-sans-latin-ext-400-normal.woff', 'noto-sans-latin-ext-700-normal.woff']);
    const chinese = fontsFor('网络插件');
    expect(chinese.names.length).toBeGreaterThan(latin.names.length);
    expect(chinese.names.filter((n) => n.startsWith('noto-sans-sc-')).every((n) => /^noto-sans-sc-\d+-(400|700)-normal\.woff$/.test(n))).toBe(true);
    expect(new Set(chinese.fonts.map((f) => f.name)).size).toBeGreaterThan(2);
  });

  test('the tree names the site, the kind, the title and the description', () => {
    const text = JSON.stringify(cardTree({ siteName: 'K8s Atlas', kind: 'Feature matrix', title: 'Ingress controllers compared', description: 'Eight controllers.', lang: 'en' }));
    for (const part of ['K8s Atlas', 'Feature matrix', 'Ingress controllers compared', 'Eight controllers.']) expect(text).toContain(part);
  });

  test('a card is a 1200×630 palette PNG within the size limit, the same bytes every time', async () => {
    const card = { siteName: 'K8s Atlas', kind: '组件', title: 'Calico 网络插件', description: 'Tigera 的 CNI 插件和网络策略引擎。', lang: 'zh-CN' };
    const png = await renderCard(card);
    expect(pngInfo(png)).toEqual({ ...OG_SIZE, colorType: 3 });
    expect(png.length).toBeLessThanOrEqual(OG_MAX_BYTES);
    expect(Buffer.from(await renderCard(card)).equals(Buffer.from(png))).toBe(true);
  }, 20_000);
});

describe('palette PNG', () => {
  test('the palette is the background and each ink in steps over it', () => {
    const palette = blendPalette(hexRgb('#ffffff'), [hexRgb('#000000')], 4);
    expect(palette).toEqual([[255, 255, 255], [191, 191, 191], [128, 128, 128], [64, 64, 64], [0, 0, 0]]);
    expect(() => blendPalette([0, 0, 0], Array.from({ length: 20 }, () => [1, 1, 1] as const), 15)).toThrow(/256 colours/);
  });

  test('pixels take the nearest palette colour, rows unfiltered', () => {
    const palette = blendPalette(hexRgb('#ffffff'), [hexRgb('#000000')], 4);
    // 2×2: white, near-black, mid grey, light grey (alpha ignored).
    const rgba = Uint8Array.from([255, 255, 255, 255, 10, 10, 10, 255, 120, 130, 125, 255, 200, 190, 195, 0]);
    const png = Buffer.from(palettePng(rgba, 2, 2, palette));
    expect(pngInfo(png)).toEqual({ width: 2, height: 2, colorType: 3 });
    const idatAt = png.indexOf('IDAT');
    const idat = png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4));
    expect([...inflateSync(idat)]).toEqual([0, 0, 4, 0, 2, 1]);
    expect(png.subarray(-12).toString('latin1', 4, 8)).toBe('IEND');
  });
});
