import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblems, formatWarnings } from '../../../src/lib/content/problems';
import { translationPairs } from '../../../src/lib/content/rules/translations';
import { componentSchema } from '../../../src/schemas/component';
import { guideSchema } from '../../../src/schemas/guide';
import { categorySchema } from '../../../src/schemas/category';
import { releaseLineSchema } from '../../../src/schemas/release';
import { kubeProxyDatasetSchema } from '../../../src/schemas/kube-proxy-dataset';
import { matrixSchema } from '../../../src/schemas/matrix';
import { fingerprint, type TranslationKind } from '../../../src/lib/translation/fingerprint';
import { englishSlugs, mergeCategory, mergeComponent, mergeGuide } from '../../../src/lib/translation/merge';
import { pageI18n, type EntryI18n } from '../../../src/lib/translation/status';
import contentGuard from '../../../src/integrations/content-guard';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../../fixtures/bad-translations/', import.meta.url));
const today = '2026-11-25';

describe('the real translations', () => {
  const { content, problems, warnings } = checkContent(root);
  const zh = content.translations['zh-CN']!;

  it('pass every schema and rule', () => {
    expect(formatProblems(problems)).toBe(formatProblems([]));
  });

  it('translate every component, guide and category', () => {
    expect(zh.components.map((c) => c.id)).toEqual(content.components.map((c) => c.id));
    expect(zh.guides.map((g) => g.id)).toEqual(content.guides.map((g) => g.id));
    expect(zh.categories.map((c) => c.id)).toEqual(content.categories.map((c) => c.id));
  });

  it('are all stamped with the fingerprint of the English they translate', () => {
    const unstamped = warnings.filter((w) => w.field.endsWith('translationOf') && w.message.startsWith('is missing'));
    expect(unstamped.map((w) => w.file)).toEqual([]);
  });

  it('list which English entries have no translation yet (their pages fall back to English)', () => {
    // The page prose, the kube-proxy dataset, release notes and the Ingress matrix are being
    // translated on their own branches; this list shrinks to nothing when they are merged.
    const missing = warnings.filter((w) => w.message.includes('fall back to English')).map((w) => w.file);
    expect(missing.every((file) => /^content\/zh-cn\/(pages|datasets|releases|matrices)\//.test(file))).toBe(true);
  });
});

describe('fingerprints', () => {
  const { content } = checkContent(root);
  const schemas: Partial<Record<TranslationKind, { parse(input: unknown): unknown }>> = {
    components: componentSchema,
    guides: guideSchema,
    releases: releaseLineSchema,
    datasets: kubeProxyDatasetSchema,
    matrices: matrixSchema,
  };

  it('are the same for the English as read from YAML and as parsed by the schemas (defaults filled in)', () => {
    for (const pair of translationPairs(content)) {
      if (!pair.english) continue;
      const { raw, body } = pair.english;
      const schema = pair.kind === 'categories' ? categorySchema : schemas[pair.kind];
      const parsed = schema ? (schema.parse(raw) as Record<string, unknown>) : raw;
      expect(fingerprint(pair.kind, parsed, body), pair.entry.file).toBe(fingerprint(pair.kind, raw, body));
    }
  });

  it('change with the English text, and not with its facts', () => {
    const raw = yaml.load(readFileSync(`${root}content/components/flannel.mdx`, 'utf8').split('---')[1]!) as Record<string, unknown>;
    const base = fingerprint('components', raw, 'body');
    expect(fingerprint('components', { ...raw, reviewed: '2027-01-01', license: 'MIT' }, 'body')).toBe(base);
    expect(fingerprint('components', { ...raw, summary: 'Another summary.' }, 'body')).not.toBe(base);
    expect(fingerprint('components', raw, 'another body')).not.toBe(base);
    expect(fingerprint('components', raw, '\r\nbody\n\n')).toBe(base);
  });
});

describe('broken translations', () => {
  const { problems, warnings } = checkContent(fixtureRoot, { today });

  it('report every problem in every file in one run, with file, field and what was expected', () => {
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed: 37 problems in 11 files.
        content/zh-cn/categories.yaml → 0.comparison.encapsulation: is missing; the English has this comparison column
        content/zh-cn/categories.yaml → 0.comparison.network-policy.description: the English column has no description; remove it
        content/zh-cn/categories.yaml → 1.id: "storage" has no English original; expected an entry with id "storage" in content/categories.yaml
        content/zh-cn/categories.yaml → 2.comparison.encapsulation: is missing; the English has this comparison column
        content/zh-cn/categories.yaml → 2.comparison.network-policy: is missing; the English has this comparison column
        content/zh-cn/categories.yaml → 2.id: category "networking" is translated twice
        content/zh-cn/categories.yaml → 2.nameZh: is a fact, which comes from the English file; a translation holds only text, so remove it
        content/zh-cn/components/ghost.mdx → (file): "ghost" has no English original; expected a file content/components/ghost.mdx
        content/zh-cn/components/good.mdx → (body): does not link to "../variants/", which the English links to; keep the English links
        content/zh-cn/components/good.mdx → (body): has 2 headings (## and ###) but the English has 3; keep one heading per English heading, in the same order
        content/zh-cn/components/good.mdx → homepage: is a fact, which comes from the English file; a translation holds only text, so remove it
        content/zh-cn/components/good.mdx → summary: uses "入口控制器"; the glossary (content/zh-cn/glossary.yaml) writes "Ingress controller" as "Ingress 控制器"
        content/zh-cn/components/good.mdx → traits.encapsulation: is missing; the English (content/components/good.mdx) has this trait (copy the value as it is when it is a name or "unknown")
        content/zh-cn/components/good.mdx → traits.network-policy: is true/false in the English (content/components/good.mdx); yes/no values are not translated, so remove it
        content/zh-cn/components/good.mdx → traits.speed: is not a trait of the English (content/components/good.mdx); expected one of encapsulation
        content/zh-cn/components/good.mdx → translationOf: expected the 12-digit fingerprint that npm run i18n:stamp writes; found "abc"
        content/zh-cn/components/variants.mdx → variants.fast.traits.encapsulation: is text, but the English is a list of 2; translate each item
        content/zh-cn/components/variants.mdx → variants.slow: is missing; the English has this variant
        content/zh-cn/components/variants.mdx → variants.turbo: is not a variant of the English; expected one of fast, slow
        content/zh-cn/glossary.yaml → 0.avoid: avoids "入口控制器", which is how entry 2 ("Ingress controller") is translated; a word cannot be both
        content/zh-cn/glossary.yaml → 1.avoid: avoids "Ingress 控制器", which is how entry 0 ("Ingress controller") is translated; a word cannot be both
        content/zh-cn/glossary.yaml → 2.en: "Ingress controller" is already entry 0; a term has one translation
        content/zh-cn/guides/choosing.mdx → (body): places the tables (none) but the English places options; keep every <Comparison id="..." /> where the English has it
        content/zh-cn/guides/choosing.mdx → tables.options.columns: has 3 columns but the English table has 2
        content/zh-cn/guides/choosing.mdx → tables.options.rows.a: has 1 cell but the English row has 2
        content/zh-cn/guides/choosing.mdx → tables.options.rows.b: is missing; the English has this row
        content/zh-cn/guides/choosing.mdx → tables.options.rows.c: is not a row of the English; expected one of a, b
        content/zh-cn/matrices/compared.yaml → baseline: the English matrix has no baseline; remove it
        content/zh-cn/matrices/compared.yaml → rows.size: is missing; the English has this row
        content/zh-cn/matrices/compared.yaml → rows.speed.description: is missing; the English row has a description
        content/zh-cn/matrices/compared.yaml → rows.speed.notes.good: is missing; the English has this cell note
        content/zh-cn/matrices/compared.yaml → rows.speed.notes.variants: is not a cell note of the English; expected one of good
        content/zh-cn/notes.txt → (file): is not a kind of translation; expected one of components, guides, pages, datasets, releases, matrices, categories.yaml, glossary.yaml
        content/zh-cn/pages/tool.yaml → texts.extra: is not a text of the English; expected one of lede, note
        content/zh-cn/pages/tool.yaml → texts.lede: lacks {count} and has {total}, which the English does not; use exactly the English placeholders: {count}, {year}
        content/zh-cn/releases/1.20.yaml → notes: has 1 entry but the English has 2 notes; keep one per English note, in the same order
        content/zh-cn/releases/1.21.yaml → (file): "1.21" has no English original; expected a file content/releases/1.21.yaml
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });

  it('warn, without stopping the build, about outdated, unstamped and missing translations', () => {
    expect(formatWarnings(warnings)).toMatchInlineSnapshot(`
      "Content warnings: 8 in 6 files (the build goes on).
        content/zh-cn/categories.yaml → 0.translationOf: is 0123456789ab, but content/categories.yaml now has 62d7b437c034: the English changed since this was translated; update the translation, then run npm run i18n:stamp -- content/zh-cn/categories.yaml
        content/zh-cn/categories.yaml → 2.translationOf: is missing; once the translation matches content/categories.yaml, run npm run i18n:stamp
        content/zh-cn/categories.yaml → monitoring: is missing; pages that show this category fall back to English
        content/zh-cn/components/variants.mdx → translationOf: is missing; once the translation matches content/components/variants.mdx, run npm run i18n:stamp
        content/zh-cn/guides/choosing.mdx → translationOf: is missing; once the translation matches content/guides/choosing.mdx, run npm run i18n:stamp
        content/zh-cn/matrices/compared.yaml → translationOf: is missing; once the translation matches content/matrices/compared.yaml, run npm run i18n:stamp
        content/zh-cn/pages/tool.yaml → translationOf: is missing; once the translation matches content/pages/tool.yaml, run npm run i18n:stamp
        content/zh-cn/releases/1.20.yaml → translationOf: is missing; once the translation matches content/releases/1.20.yaml, run npm run i18n:stamp"
    `);
  });

  it('stop the Astro build with the same report', () => {
    const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
    const run = () => hook({ config: { root: new URL(`file://${fixtureRoot}`) }, logger: { info: () => undefined, warn: () => undefined } });
    expect(run).toThrow(/has no English original/);
  });
});

describe('merging a translation over its English entry', () => {
  const { content } = checkContent(root);
  const zh = content.translations['zh-CN']!;
  const english = (id: string) => content.components.find((c) => c.id === id)!.data!;
  const translation = (id: string) => zh.components.find((c) => c.id === id)!.data!;

  it('takes the text from the translation and every fact from the English', () => {
    const merged = mergeComponent(english('flannel'), translation('flannel'));
    expect(merged.summary).toBe(translation('flannel').summary);
    expect(merged.status.note).toBe(translation('flannel').status.note);
    expect({ ...merged, summary: '', status: { ...merged.status, note: '' }, variants: [] }).toEqual({
      ...english('flannel'),
      summary: '',
      status: { ...english('flannel').status, note: '' },
      variants: [],
    });
    expect(merged.variants.map((v) => v.key)).toEqual(english('flannel').variants.map((v) => v.key));
    // Yes/no traits stay the English booleans.
    expect(merged.variants.map((v) => v.traits['network-policy'])).toEqual([false, false, false]);
    expect(merged.variants[0]!.name).toBe('flannel（host-gw）');
  });

  it('keeps a category’s Chinese name and its column keys', () => {
    const category = content.categories.find((c) => c.id === 'deployment')!.data!;
    const merged = mergeCategory(category, zh.categories.find((c) => c.id === 'deployment')!.data!);
    expect(merged.name).toBe('部署工具');
    expect(merged.comparison!.map((c) => c.key)).toEqual(category.comparison!.map((c) => c.key));
  });

  it('keeps a guide’s table and row ids, and its sources', () => {
    const guide = content.guides.find((g) => g.id === 'cluster-tuning')!.data!;
    const merged = mergeGuide(guide, zh.guides.find((g) => g.id === 'cluster-tuning')!.data!);
    expect(merged.tables.map((t) => t.rows.map((r) => r.id))).toEqual(guide.tables.map((t) => t.rows.map((r) => r.id)));
    expect(merged.tables.map((t) => t.sources)).toEqual(guide.tables.map((t) => t.sources));
    expect(merged.tables[0]!.caption).not.toBe(guide.tables[0]!.caption);
  });

  it('gives translated headings the English slugs by position', () => {
    const { slugs, headings } = englishSlugs(
      [{ depth: 2, slug: '网络-mtu', text: '网络 MTU' }, { depth: 2, slug: '内核版本', text: '内核版本' }],
      [{ depth: 2, slug: 'network-mtu', text: 'Network MTU' }, { depth: 2, slug: 'kernel-version', text: 'Kernel version' }],
    );
    expect(slugs).toEqual({ '网络-mtu': 'network-mtu', 内核版本: 'kernel-version' });
    expect(headings.map((h) => `${h.text}#${h.slug}`)).toEqual(['网络 MTU#network-mtu', '内核版本#kernel-version']);
  });
});

describe('a page’s translation status', () => {
  const translated: EntryI18n = { lang: 'zh-CN', fallback: false, stale: false, locales: ['en', 'zh-CN'] };
  const english: EntryI18n = { lang: 'en', fallback: true, stale: false, locales: ['en'] };
  it('falls back when its main entry has no translation, and loses its zh-CN alternate', () => {
    expect(pageI18n([english])).toEqual({ fallback: 'page', stale: false, locales: ['en'] });
  });
  it('falls back in parts when only something it lists has none', () => {
    expect(pageI18n([translated], [english])).toEqual({ fallback: 'parts', stale: false, locales: ['en'] });
  });
  it('is stale when its main entry was translated from an older English text', () => {
    expect(pageI18n([{ ...translated, stale: true }], [translated])).toEqual({ fallback: 'none', stale: true, locales: ['en', 'zh-CN'] });
  });
});
