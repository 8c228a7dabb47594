import type { ContentSet, LoadedEntry, TranslationSet } from '../load';
import type { Problem } from '../problems';
import { fingerprint, type TranslationKind } from '../../translation/fingerprint';
import { list, text, type ContentRule } from './shared';
import { shapeProblems, type Pair } from './translation-shapes';

/**
 * Rules for translations (content/<locale folder>/, such as content/zh-cn/): each translates an
 * English entry that exists, has the English entry's shape (the same table, row, trait and
 * variant keys, as many cells, headings, placed tables and placeholders), and uses the
 * locale's glossary. Outdated or unstamped translations are warnings: the build goes on and
 * the page says that the English is newer.
 */

const folders: Record<TranslationKind, string> = {
  components: 'content/components',
  guides: 'content/guides',
  categories: 'content/categories.yaml',
  pages: 'content/pages',
  datasets: 'content/datasets',
  releases: 'content/releases',
  matrices: 'content/matrices',
};

/** Where the English original of a translation is expected. */
function expectedFile(kind: TranslationKind, id: string): string {
  if (kind === 'categories') return `an entry with id "${id}" in content/categories.yaml`;
  return `a file ${folders[kind]}/${id}.${kind === 'components' || kind === 'guides' ? 'mdx' : 'yaml'}`;
}

/** Every translation of every locale, paired with its English original. */
export function translationPairs(content: ContentSet): Pair[] {
  const pairs: Pair[] = [];
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));
  const components = byId(content.components);
  const guides = byId(content.guides);
  const pages = byId(content.pages);
  const datasets = byId(content.datasets);
  const releases = byId(content.releases);
  const matrices = byId(content.matrices);
  const categories = new Map(content.categories.map((c) => [c.id, c]));
  for (const set of Object.values(content.translations) as TranslationSet[]) {
    const add = (kind: TranslationKind, entries: LoadedEntry<unknown>[], originals: Map<string, LoadedEntry<unknown>>) => {
      for (const entry of entries) {
        const english = originals.get(entry.id);
        pairs.push({ kind, entry, at: '', english: english && { file: english.file, raw: english.raw, body: english.body } });
      }
    };
    add('components', set.components, components as Map<string, LoadedEntry<unknown>>);
    add('guides', set.guides, guides as Map<string, LoadedEntry<unknown>>);
    add('pages', set.pages, pages as Map<string, LoadedEntry<unknown>>);
    add('datasets', set.datasets, datasets as Map<string, LoadedEntry<unknown>>);
    add('releases', set.releases, releases as Map<string, LoadedEntry<unknown>>);
    add('matrices', set.matrices, matrices as Map<string, LoadedEntry<unknown>>);
    for (const entry of set.categories) {
      const english = categories.get(entry.id);
      pairs.push({ kind: 'categories', entry, at: `${entry.index}.`, english: english && { file: english.file, raw: english.raw } });
    }
  }
  return pairs;
}

/** Every translated text of an entry, with the field it sits in, for the glossary check. */
function translatedTexts(value: unknown, field: string): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => translatedTexts(v, `${field}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => (k === 'translationOf' || k === 'id' || k === 'line' ? [] : translatedTexts(v, field ? `${field}.${k}` : k)));
  }
  return [];
}

export const translationRules: ContentRule[] = [
  {
    name: 'translation-has-original',
    description: 'Every translation translates an English entry that exists: the same id, in the same kind of file.',
    check: (content) =>
      translationPairs(content).flatMap(({ kind, entry, at, english }) =>
        english ? [] : [{ file: entry.file, field: at ? `${at}id` : '(file)', message: `"${entry.id}" has no English original; expected ${expectedFile(kind, entry.id)}` }],
      ),
  },
  {
    name: 'translation-categories-unique',
    description: 'A category is translated once.',
    check: (content) =>
      (Object.values(content.translations) as TranslationSet[]).flatMap((set) => {
        const seen = new Set<string>();
        return set.categories.flatMap((c) => {
          if (!seen.has(c.id)) {
            seen.add(c.id);
            return [];
          }
          return [{ file: c.file, field: `${c.index}.id`, message: `category "${c.id}" is translated twice` }];
        });
      }),
  },
  {
    name: 'translation-shape',
    description:
      'A translation has the English shape: the same traits, variants, tables, rows, cells, series, findings, notes and headings, the same links and placed tables, the same placeholders.',
    check: (content) => translationPairs(content).flatMap(shapeProblems),
  },
  {
    name: 'translation-glossary',
    description: 'The glossary gives one translation per term, and no translated text uses a rendering the glossary avoids.',
    check: (content) =>
      (Object.values(content.translations) as TranslationSet[]).flatMap((set) => {
        const glossary = set.glossary;
        if (!glossary?.data) return [];
        const problems: Problem[] = [];
        const entries = glossary.data;
        const byEnglish = new Map<string, number>();
        entries.forEach((term, i) => {
          const seen = byEnglish.get(term.en.toLowerCase());
          if (seen !== undefined) problems.push({ file: glossary.file, field: `${i}.en`, message: `"${term.en}" is already entry ${seen}; a term has one translation` });
          else byEnglish.set(term.en.toLowerCase(), i);
          entries.forEach((other, j) => {
            if (j !== i && other.avoid?.includes(term.zh)) problems.push({ file: glossary.file, field: `${j}.avoid`, message: `avoids "${term.zh}", which is how entry ${i} ("${term.en}") is translated; a word cannot be both` });
          });
        });
        const avoided = entries.flatMap((term) => (term.avoid ?? []).map((word) => ({ word, term })));
        if (avoided.length === 0) return problems;
        const entriesOf = (set: TranslationSet) => [...set.components, ...set.guides, ...set.pages, ...set.datasets, ...set.releases, ...set.matrices, ...set.categories];
        for (const entry of entriesOf(set)) {
          const at = 'index' in entry ? `${(entry as { index: number }).index}.` : '';
          const texts = [...translatedTexts(entry.raw, ''), ...(entry.body !== undefined ? [{ field: '(body)', text: entry.body }] : [])];
          for (const { field, text: value } of texts) {
            for (const { word, term } of avoided) {
              if (value.includes(word)) {
                problems.push({ file: entry.file, field: field === '(body)' ? field : `${at}${field}`, message: `uses "${word}"; the glossary (${glossary.file}) writes "${term.en}" as "${term.zh}"` });
              }
            }
          }
        }
        return problems;
      }),
  },
];

/** Warnings: translations that are not stamped, or were made from an older English text. */
export const translationWarnings: ContentRule[] = [
  {
    name: 'translation-up-to-date',
    description: 'Each translation records the fingerprint of the English it translates; a different fingerprint means the English changed since.',
    check: (content) =>
      translationPairs(content).flatMap(({ kind, entry, at, english }) => {
        if (!english) return [];
        const current = fingerprint(kind, english.raw, english.body);
        const recorded = text(entry.raw.translationOf);
        const field = `${at}translationOf`;
        if (recorded === undefined) return [{ file: entry.file, field, message: `is missing; once the translation matches ${english.file}, run npm run i18n:stamp` }];
        // A malformed fingerprint is a schema problem already.
        if (!/^[0-9a-f]{12}$/.test(recorded)) return [];
        if (recorded !== current) {
          return [{ file: entry.file, field, message: `is ${recorded}, but ${english.file} now has ${current}: the English changed since this was translated; update the translation, then run npm run i18n:stamp -- ${entry.file}` }];
        }
        return [];
      }),
  },
  {
    name: 'translation-complete',
    description: 'Every English entry with text has a translation in each locale; pages without one fall back to English.',
    check: (content) =>
      (Object.values(content.translations) as TranslationSet[]).flatMap((set) => {
        const has = (entries: { id: string }[]) => new Set(entries.map((e) => e.id));
        const missing = (kind: string, ids: string[], done: Set<string>, file: (id: string) => string) =>
          ids.filter((id) => !done.has(id)).map((id) => ({ file: file(id), field: '(file)', message: `is missing; pages that show this ${kind} fall back to English` }));
        return [
          ...missing('component', content.components.map((c) => c.id), has(set.components), (id) => `${set.folder}/components/${id}.mdx`),
          ...missing('guide', content.guides.map((g) => g.id), has(set.guides), (id) => `${set.folder}/guides/${id}.mdx`),
          ...missing('page text', content.pages.map((p) => p.id), has(set.pages), (id) => `${set.folder}/pages/${id}.yaml`),
          ...missing('dataset', content.datasets.map((d) => d.id), has(set.datasets), (id) => `${set.folder}/datasets/${id}.yaml`),
          ...missing('release line', content.releases.filter((r) => list(r.raw.notes).length > 0).map((r) => r.id), has(set.releases), (id) => `${set.folder}/releases/${id}.yaml`),
          ...missing('matrix', content.matrices.map((m) => m.id), has(set.matrices), (id) => `${set.folder}/matrices/${id}.yaml`),
          ...content.categories
            .filter((c) => !set.categories.some((t) => t.id === c.id))
            .map((c) => ({ file: `${set.folder}/categories.yaml`, field: c.id, message: 'is missing; pages that show this category fall back to English' })),
        ];
      }),
  },
];
