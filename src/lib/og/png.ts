import { deflateSync } from 'node:zlib';

/**
 * A palette PNG from RGBA pixels, for cards drawn in a few flat colours on one background. The
 * palette is every colour the design uses blended over the background in `steps` levels, which
 * is what anti-aliased text and borders produce; each pixel takes the nearest palette colour.
 * That is much faster than a general quantizer and keeps the edges smooth, and the output is
 * the same bytes for the same pixels.
 */

type Rgb = readonly [number, number, number];

export function hexRgb(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The background, then each ink blended over it from faint to full. At most 256 colours. */
export function blendPalette(background: Rgb, inks: readonly Rgb[], steps = 15): Rgb[] {
  const palette: Rgb[] = [background];
  for (const ink of inks) {
    for (let k = 1; k <= steps; k++) {
      const a = k / steps;
      palette.push([0, 1, 2].map((i) => Math.round(background[i]! + (ink[i]! - background[i]!) * a)) as unknown as Rgb);
    }
  }
  if (palette.length > 256) throw new Error(`a PNG palette holds 256 colours, not ${palette.length}`);
  return palette;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Nearest palette index per colour, kept across cards: they share the palette and most colours. */
const nearestCache = new WeakMap<readonly Rgb[], Map<number, number>>();

/**
 * Encodes RGBA pixels (alpha ignored: cards are opaque) as an 8-bit palette PNG. Deflate level
 * 6 rather than 9: measured on 32 pair-page cards, level 9 took 78–98 ms a card and level 6
 * 14–26 ms, for files 8% larger (mean 21.3 → 23.0 KB, largest 26.3 → 28.3 KB, limit 40 KB);
 * with 500 more cards that is most of a cold build's time.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[], level = 6): Uint8Array {
  let nearest = nearestCache.get(palette);
  if (!nearest) nearestCache.set(palette, (nearest = new Map()));
  const indexOf = (r: number, g: number, b: number) => {
    let best = 0;
    let distance = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < distance) [distance, best] = [d, i];
    });
    return best;
  };
  // Each row starts with its filter byte; 0 (none) suits palette images best.
  const raw = Buffer.alloc((width + 1) * height);
  let lastKey = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const key = (rgba[p]! << 16) | (rgba[p + 1]! << 8) | rgba[p + 2]!;
      if (key !== lastKey) {
        let index = nearest.get(key);
        if (index === undefined) nearest.set(key, (index = indexOf(rgba[p]!, rgba[p + 1]!, rgba[p + 2]!)));
        lastKey = key;
        lastIndex = index;
      }
      raw[row + x] = lastIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, colour type 3 (palette), no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', deflateSync(raw, { level })),
    chunk('IEND', new Uint8Array()),
  ]);
}
