import { z } from 'astro/zod';
import { idSchema } from './shared';
import { lineIdSchema } from './release';

/**
 * Translations of content/ into another locale, one file per English file under
 * content/<locale folder>/ (content/zh-cn/ for Simplified Chinese), keyed by the English ids.
 * A translation holds text only: every object is strict, so a fact field (a name, a date, a
 * version, a licence, a URL, a source) is rejected; facts always come from the English file.
 * The shapes must match the English file's (same table, row and trait keys, same counts), which
 * the rules in src/lib/content/rules/translations.ts check against the English.
 */

/** A line of translated text. */
const text = z.string().min(1, { error: 'must not be empty' });

/** One line, as the English summary is; Chinese needs fewer characters than English. */
const summary = text.max(80, { error: 'must be at most 80 characters (one line)' });

/**
 * The fingerprint of the English text this translation was made from, written by
 * `npm run i18n:stamp`. When the English changes, the build warns and the page says so.
 */
export const translationOfSchema = z.string().regex(/^[0-9a-f]{12}$/, { error: 'expected the 12-digit fingerprint that npm run i18n:stamp writes' });

/** A translated trait value: text stays text, a list stays a list of the same length. */
export const traitTranslationSchema = z.union([text, z.array(text).min(1)], {
  error: 'expected text or a list of text (true/false values are not translated; leave them out)',
});

/** `content/<locale>/components/<id>.mdx` frontmatter; the body translates the English body. */
export const componentTranslationSchema = z
  .object({
    /** Which English text this translates (written by npm run i18n:stamp). */
    translationOf: translationOfSchema.optional(),
    /** The English summary, translated: one line. */
    summary,
    /** The English status, translated: only its note; the state and dates come from the English file. */
    status: z.object({ /** The English status.note, translated. */ note: text }).strict(),
    /** The English `traits`, translated, by the same keys; true/false values are left out. */
    traits: z.record(idSchema, traitTranslationSchema).optional(),
    /** The English `variants`, translated, keyed by each variant's `key`. */
    variants: z
      .record(
        idSchema,
        z
          .object({
            /** Row heading; product names stay as they are. */
            name: text,
            /** One line on the variant. */
            summary,
            /** The variant's traits, by the same keys as the English. */
            traits: z.record(idSchema, traitTranslationSchema).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** `content/<locale>/guides/<id>.mdx` frontmatter. */
export const guideTranslationSchema = z
  .object({
    translationOf: translationOfSchema.optional(),
    /** The guide's title. */
    title: text,
    /** One line on what the guide helps decide. */
    summary,
    /** Every table of the English guide, by table id: caption, columns and rows by row id. */
    tables: z
      .record(
        idSchema,
        z
          .object({
            caption: text,
            /** As many headings as the English table has columns. */
            columns: z.array(text).min(1),
            /** Each English row by its id, with as many cells as the English row. */
            rows: z.record(idSchema, z.array(text).min(1)),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** One entry of `content/<locale>/categories.yaml`, a list in the English order. */
export const categoryTranslationSchema = z
  .object({
    /** The English category's id. */
    id: idSchema,
    translationOf: translationOfSchema.optional(),
    /** The category's name. */
    name: text,
    /** One sentence on what belongs in the category. */
    summary: text,
    /** The English comparison columns, by key: the heading and its description. */
    comparison: z
      .record(idSchema, z.object({ label: text, description: text.optional() }).strict())
      .optional(),
  })
  .strict();

/** `content/<locale>/pages/<id>.yaml`: every text of content/pages/<id>.yaml, same placeholders. */
export const pageTextTranslationSchema = z
  .object({
    /** The page's id, as in the English file. */
    id: idSchema,
    translationOf: translationOfSchema.optional(),
    /** Each English text by its key, with exactly the same {placeholders}. */
    texts: z.record(z.string().regex(/^[a-z][a-zA-Z0-9.]*$/, { error: 'expected a key such as surveyIntro' }), text),
  })
  .strict();

const axisTranslation = z.object({ label: text, unit: text }).strict();

/** `content/<locale>/datasets/kube-proxy.yaml`: the dataset's words; its numbers come from the English. */
export const datasetTranslationSchema = z
  .object({
    translationOf: translationOfSchema.optional(),
    /** Each English series by id. */
    series: z
      .record(
        idSchema,
        z
          .object({
            title: text,
            x: axisTranslation,
            y: axisTranslation,
            /** One entry per point of the English series, in its order: the note translated. */
            notes: z.array(text.nullable()),
          })
          .strict(),
      )
      .optional(),
    /** Each English finding's claim, by the finding's id. */
    findings: z.record(idSchema, text).optional(),
    /** One entry per English milestone, in its order: the stage word translated, or null. */
    milestones: z.array(text.nullable()).optional(),
    /** Source titles stay in the language of the document; always empty. */
    sources: z.object({}).strict().optional(),
  })
  .strict();

/** `content/<locale>/releases/<line>.yaml`: the notes of a release line, in the English order. */
export const releaseTranslationSchema = z
  .object({
    /** The release line, as in the English file's name. */
    line: lineIdSchema,
    translationOf: translationOfSchema.optional(),
    /** One text per English note, in the same order. */
    notes: z.array(text).min(1),
  })
  .strict();

/** `content/<locale>/matrices/<id>.yaml`: the matrix's words; cell values and support come from the English. */
export const matrixTranslationSchema = z
  .object({
    translationOf: translationOfSchema.optional(),
    title: text,
    caption: text,
    description: text.max(300),
    /** The baseline's label and note, when the English matrix has a baseline. */
    baseline: z.object({ label: text, note: text }).strict().optional(),
    /** Each English row by id: its label, description and the notes of its cells by column id. */
    rows: z
      .record(
        idSchema,
        z
          .object({
            label: text,
            description: text.optional(),
            notes: z.record(idSchema, text).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** One term of `content/<locale>/glossary.yaml`. */
export const glossaryEntrySchema = z
  .object({
    /** The English term, with a hint in parentheses when it is ambiguous. */
    en: text,
    /** Its only accepted translation. */
    zh: text,
    /** Renderings that must not appear in translated text. */
    avoid: z.array(text).optional(),
    /** Other words readers type for the term; search maps them to `zh`. */
    search: z.array(text).optional(),
  })
  .strict();

export const glossarySchema = z.array(glossaryEntrySchema);

/**
 * Fields that a translation must never carry, because they are facts of the English file; a
 * translation that has one is told so by name rather than as an unknown field.
 */
export const factFields: ReadonlySet<string> = new Set([
  'name', 'category', 'homepage', 'repository', 'license', 'maintainer', 'cncf', 'state', 'since', 'successors',
  'aliases', 'tags', 'related', 'sources', 'reviewed', 'order', 'titleZh', 'nameZh', 'categories', 'columns',
  'baseline', 'cells', 'values', 'support', 'source', 'checked', 'url', 'year', 'patches', 'endOfLife', 'released',
  'finalPatch', 'patchesComplete', 'points', 'benchmark', 'key', 'date', 'version', 'services', 'x', 'y', 'line',
]);

export type ComponentTranslation = z.infer<typeof componentTranslationSchema>;
export type GuideTranslation = z.infer<typeof guideTranslationSchema>;
export type CategoryTranslation = z.infer<typeof categoryTranslationSchema>;
export type PageTextTranslation = z.infer<typeof pageTextTranslationSchema>;
export type DatasetTranslation = z.infer<typeof datasetTranslationSchema>;
export type ReleaseTranslation = z.infer<typeof releaseTranslationSchema>;
export type MatrixTranslation = z.infer<typeof matrixTranslationSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type TraitTranslation = z.infer<typeof traitTranslationSchema>;
