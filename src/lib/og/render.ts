import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { COLORS, cardText, cardTree, type Card } from './card';
import { fontsFor } from './fonts';
import { OG_SIZE } from './meta';
import { blendPalette, hexRgb, palettePng } from './png';

/**
 * Draws a card: satori lays the tree out as SVG with the text as paths, resvg rasterises it,
 * and png.ts stores it with a palette of the card's own colours and their blends. The palette
 * keeps a card near 20 KB where the full-colour PNG weighs 35–60 KB.
 */
const PALETTE = blendPalette(hexRgb(COLORS.bg), [COLORS.fg, COLORS.fgSoft, COLORS.accent, COLORS.border].map(hexRgb));

export async function renderCard(card: Card): Promise<Uint8Array> {
  const { fonts } = fontsFor(cardText(card));
  // Satori's types want a React element; the plain tree has the same shape.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { ...OG_SIZE, fonts });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return palettePng(image.pixels, image.width, image.height, PALETTE);
}

/** The font files a card uses, part of its cache key. */
export const cardFonts = (card: Card) => fontsFor(cardText(card)).names;
