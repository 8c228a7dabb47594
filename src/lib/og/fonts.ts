import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts the preview cards are drawn with, read from the project's own dependencies
 * (@fontsource/noto-sans and @fontsource/noto-sans-sc, both SIL OFL 1.1) at build time only:
 * no page loads them. Fontsource splits each font into unicode-range subsets; a card loads the
 * Latin ones always and only the Chinese subsets that hold a character it prints, so a card
 * costs a few hundred kilobytes of font, not the whole 15 MB family.
 */

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

type Ranges = { subset: string; ranges: [number, number][] }[];

function readRanges(pkg: string): Ranges {
  const table = JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(table).map(([key, value]) => ({
    subset: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: value.split(',').map((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
    }),
  }));
}

const LATIN = { pkg: '@fontsource/noto-sans', family: 'Noto Sans', file: 'noto-sans', subsets: ['latin', 'latin-ext'] } as const;
const CHINESE = { pkg: '@fontsource/noto-sans-sc', family: 'Noto Sans SC', file: 'noto-sans-sc' } as const;

const files = new Map<string, Buffer>();
function fontFile(pkg: string, name: string): Buffer {
  let data = files.get(name);
  if (!data) files.set(name, (data = readFileSync(join(packageDir(pkg), 'files', name))));
  return data;
}

let latinRanges: Ranges | undefined;
let chineseRanges: Ranges | undefined;
const covers = (ranges: [number, number][], code: number) => ranges.some(([a, b]) => code >= a && code <= b);

/** The font files a text needs: their names, for the cache key, and the fonts. */
export function fontsFor(text: string): { names: string[]; fonts: CardFont[] } {
  latinRanges ??= readRanges(LATIN.pkg).filter((r) => (LATIN.subsets as readonly string[]).includes(r.subset));
  const needed = new Set<string>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || latinRanges.some((r) => covers(r.ranges, code))) continue;
    chineseRanges ??= readRanges(CHINESE.pkg);
    const subset = chineseRanges.find((r) => covers(r.ranges, code))?.subset;
    if (subset) needed.add(subset);
  }
  const fonts: CardFont[] = [];
  const names: string[] = [];
  const add = (pkg: string, family: string, file: string) => {
    for (const weight of [400, 700] as const) {
      const name = `${file}-${weight}-normal.woff`;
      names.push(name);
      fonts.push({ name: family, data: fontFile(pkg, name), weight, style: 'normal' });
    }
  };
  for (const subset of LATIN.subsets) add(LATIN.pkg, LATIN.family, `${LATIN.file}-${subset}`);
  // Satori uses one font per family and weight, so each subset is a family of its own; it falls
  // back from one family to the next for glyphs the first lacks.
  for (const subset of [...needed].sort()) add(CHINESE.pkg, `${CHINESE.family} ${subset}`, `${CHINESE.file}-${subset}`);
  return { names, fonts };
}
