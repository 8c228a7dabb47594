import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import UPNG from 'upng-js';
import { cardText, cardTree, type Card } from './card';
import { fontsFor } from './fonts';
import { OG_SIZE } from './meta';

/**
 * Draws a card: satori lays the tree out as SVG with the text as paths, resvg rasterises it,
 * and UPNG stores it as a palette PNG. The palette keeps a card near 15 KB where the full-colour
 * PNG weighs 35–60 KB; with four flat colours and anti-aliased text, 64 colours look the same.
 */
export const PALETTE_COLORS = 64;

export async function renderCard(card: Card): Promise<Uint8Array> {
  const { fonts } = fontsFor(cardText(card));
  // Satori's types want a React element; the plain tree has the same shape.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { ...OG_SIZE, fonts });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  const rgba = pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength) as ArrayBuffer;
  return new Uint8Array(UPNG.encode([rgba], image.width, image.height, PALETTE_COLORS));
}

/** The font files a card uses, part of its cache key. */
export const cardFonts = (card: Card) => fontsFor(cardText(card)).names;
