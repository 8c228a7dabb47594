import { OG_SIZE } from './meta';

/**
 * The link-preview card of one page: what it is (its kind), what it is called, and one or two
 * sentences on what it compares or describes, in the site's colours. Laid out for a thumbnail:
 * the title is large and short lines stay short. Satori reads the element tree below.
 */
export interface Card {
  siteName: string;
  kind: string;
  title: string;
  description: string;
  /** The page's language, for line breaking. */
  lang: string;
}

/** A node of the tree satori lays out (the shape React elements have). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: (CardNode | string)[] | CardNode | string };
}

/** The site's colours (src/styles/global.css, light scheme); the PNG palette is built from them. */
export const COLORS = { bg: '#ffffff', fg: '#1b1f24', fgSoft: '#4a5563', accent: '#2d5fce', border: '#d4d9e0' } as const;
const PAD = 72;
const INNER = OG_SIZE.width - 2 * PAD;

/** Cuts text at a word (or, in scripts without spaces, a character) so it fits `max` characters. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  const chars = [...clean].slice(0, max - 1).join('');
  const cut = chars.lastIndexOf(' ');
  return `${(cut > max * 0.6 ? chars.slice(0, cut) : chars).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Wide characters (CJK) count double when deciding the title's size. */
const visualLength = (text: string) => [...text].reduce((n, c) => n + (/[\u2E80-\uFFFF]/.test(c) ? 2 : 1), 0);

export function titleSize(title: string): number {
  const n = visualLength(title);
  return n <= 22 ? 92 : n <= 36 ? 76 : n <= 56 ? 62 : 52;
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

/** The element tree of a card. */
export function cardTree(card: Card): CardNode {
  const title = clip(card.title, 90);
  const size = titleSize(title);
  return {
    type: 'div',
    props: {
      lang: card.lang,
      style: {
        width: OG_SIZE.width,
        height: OG_SIZE.height,
        display: 'flex',
        flexDirection: 'column',
        background: COLORS.bg,
        color: COLORS.fg,
        fontFamily: 'Noto Sans',
        borderTop: `18px solid ${COLORS.accent}`,
        padding: `52px ${PAD}px 48px`,
      },
      children: [
        el('div', { display: 'flex', alignItems: 'center', width: INNER, fontSize: 34, fontWeight: 700 }, [
          el('div', { color: COLORS.accent }, card.siteName),
          el('div', { marginLeft: 24, padding: '4px 20px', border: `3px solid ${COLORS.border}`, borderRadius: 999, color: COLORS.fgSoft, fontSize: 30 }, clip(card.kind, 40)),
        ]),
        el('div', { display: 'flex', width: INNER, marginTop: 44, fontSize: size, fontWeight: 700, lineHeight: 1.12 }, title),
        el('div', { display: 'flex', width: INNER, marginTop: 34, fontSize: 40, lineHeight: 1.4, color: COLORS.fgSoft }, clip(card.description, size > 70 ? 150 : 110)),
      ],
    },
  };
}

/** Every character a card prints, to choose the font subsets it needs. */
export const cardText = (card: Card) => `${card.siteName}${card.kind}${card.title}${card.description}…`;
