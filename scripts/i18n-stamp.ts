/**
 * npm run i18n:stamp [-- --all | <translation file> ...]
 *
 * Records in each translation (content/<locale folder>/, such as content/zh-cn/) which English
 * text it translates: `translationOf: <fingerprint>` of the English text fields
 * (src/lib/translation/fingerprint.ts). The build compares it with the English as it is now;
 * when they differ it warns, and the translated page says the English page is newer.
 *
 * Without arguments it stamps translations that have no fingerprint yet and lists outdated ones
 * without touching them. Name files to restamp them once you have brought them up to date with
 * the English, or pass --all to restamp every translation. Only the translationOf lines change.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { fingerprint, type TranslationKind } from '../src/lib/translation/fingerprint.ts';
import { contentFolder, translatedLocales } from '../src/i18n/locales.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false }, content: { type: 'string' } } });
const contentDir = resolve(values.content ?? join(root, 'content'));
// File names are printed, and named on the command line, from the folder that holds content/.
const base = dirname(contentDir);
const name = (path: string) => relative(base, resolve(path)).split('\\').join('/');
const wanted = new Set(positionals.map(name));

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
type Raw = Record<string, unknown>;

function readEnglish(path: string): { raw: Raw; body?: string } | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.mdx')) {
    const match = FRONTMATTER.exec(text);
    if (!match) return undefined;
    return { raw: (yaml.load(match[1] ?? '') ?? {}) as Raw, body: text.slice(match[0].length) };
  }
  return { raw: (yaml.load(text) ?? {}) as Raw };
}

/** Sets `translationOf` in a frontmatter block or at the top of a YAML mapping, keeping everything else. */
function setTopLevel(text: string, hash: string, mdx: boolean): string {
  const line = `translationOf: ${hash}`;
  if (mdx) {
    const match = FRONTMATTER.exec(text)!;
    const block = match[1]!;
    const next = /^translationOf:.*$/m.test(block) ? block.replace(/^translationOf:.*$/m, line) : `${line}\n${block}`;
    return text.replace(block, next);
  }
  if (/^translationOf:.*$/m.test(text)) return text.replace(/^translationOf:.*$/m, line);
  const lines = text.split('\n');
  const first = lines.findIndex((l) => /^[A-Za-z]/.test(l));
  lines.splice(first < 0 ? lines.length : first, 0, line);
  return lines.join('\n');
}

/** Sets `translationOf` in the entry `- id: <id>` of a YAML list. */
function setInListEntry(text: string, id: string, hash: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^- id: ['"]?${id.replace(/[-]/g, '\\-')}['"]?\\s*$`).test(l));
  if (start < 0) return text;
  let end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  if (end < 0) end = lines.length;
  const existing = lines.findIndex((l, i) => i > start && i < end && /^ {2}translationOf:/.test(l));
  if (existing >= 0) lines[existing] = `  translationOf: ${hash}`;
  else lines.splice(start + 1, 0, `  translationOf: ${hash}`);
  return lines.join('\n');
}

let stamped = 0;
let unchanged = 0;
const outdated: string[] = [];

/** Decides whether to write: missing fingerprints always, others only when asked. */
function shouldWrite(file: string, recorded: unknown, current: string): boolean {
  if (recorded === current) {
    unchanged += 1;
    return false;
  }
  if (recorded === undefined || values.all || wanted.has(file)) return true;
  outdated.push(file);
  return false;
}

const kinds: { kind: TranslationKind; folder: string; extension: '.mdx' | '.yaml' }[] = [
  { kind: 'components', folder: 'components', extension: '.mdx' },
  { kind: 'guides', folder: 'guides', extension: '.mdx' },
  { kind: 'pages', folder: 'pages', extension: '.yaml' },
  { kind: 'datasets', folder: 'datasets', extension: '.yaml' },
  { kind: 'releases', folder: 'releases', extension: '.yaml' },
  { kind: 'matrices', folder: 'matrices', extension: '.yaml' },
];

for (const locale of translatedLocales) {
  const dir = join(contentDir, contentFolder(locale));
  if (!existsSync(dir)) continue;
  for (const { kind, folder, extension } of kinds) {
    const translations = join(dir, folder);
    if (!existsSync(translations)) continue;
    for (const entryName of readdirSync(translations).filter((n) => n.endsWith(extension)).sort()) {
      const path = join(translations, entryName);
      const file = name(path);
      const english = readEnglish(join(contentDir, folder, entryName));
      if (!english) {
        console.error(`${file}: no English original (${name(join(contentDir, folder, entryName))}); not stamped`);
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const current = fingerprint(kind, english.raw, english.body);
      const own = extension === '.mdx' ? (yaml.load(FRONTMATTER.exec(text)?.[1] ?? '') as Raw) : (yaml.load(text) as Raw);
      if (!shouldWrite(file, own?.translationOf, current)) continue;
      writeFileSync(path, setTopLevel(text, current, extension === '.mdx'));
      stamped += 1;
      console.log(`${file}: translationOf ${current}`);
    }
  }
  const categoriesPath = join(dir, 'categories.yaml');
  if (existsSync(categoriesPath)) {
    const file = name(categoriesPath);
    const englishList = (yaml.load(readFileSync(join(contentDir, 'categories.yaml'), 'utf8')) ?? []) as Raw[];
    let text = readFileSync(categoriesPath, 'utf8');
    for (const entry of (yaml.load(text) ?? []) as Raw[]) {
      const english = englishList.find((c) => c.id === entry.id);
      if (!english) {
        console.error(`${file}: category "${String(entry.id)}" has no English original; not stamped`);
        continue;
      }
      const current = fingerprint('categories', english);
      if (!shouldWrite(`${file}#${String(entry.id)}`, entry.translationOf, current) && !(wanted.has(file) && entry.translationOf !== current)) continue;
      text = setInListEntry(text, String(entry.id), current);
      stamped += 1;
      console.log(`${file} (${String(entry.id)}): translationOf ${current}`);
    }
    writeFileSync(categoriesPath, text);
  }
}

console.log(`Stamped ${stamped} translation${stamped === 1 ? '' : 's'}; ${unchanged} already up to date.`);
if (outdated.length) {
  console.log(`Outdated (the English changed since they were translated), not restamped:\n${outdated.map((f) => `  ${f}`).join('\n')}`);
  console.log('Bring them up to date, then run npm run i18n:stamp -- <file> (or --all).');
}
