import type { Category } from '../../schemas/category';
import type { ComponentData, TraitValue } from '../../schemas/component';
import type { GuideData } from '../../schemas/guide';
import type { KubeProxyDataset } from '../../schemas/kube-proxy-dataset';
import type { Matrix } from '../../schemas/matrix';
import type { ReleaseLine } from '../../schemas/release';
import type {
  CategoryTranslation,
  ComponentTranslation,
  DatasetTranslation,
  GuideTranslation,
  MatrixTranslation,
  ReleaseTranslation,
  TraitTranslation,
} from '../../schemas/translation';

/**
 * A translation laid over its English entry: the translated text fields replace the English
 * ones, and every fact (names, dates, versions, URLs, sources, states, yes/no values) stays the
 * English file's. The content guard has already proved that the shapes match, so a missing
 * piece simply keeps its English text.
 */

function traits(english: Record<string, TraitValue>, translated: Record<string, TraitTranslation> | undefined): Record<string, TraitValue> {
  if (!translated) return english;
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, typeof value === 'boolean' ? value : (translated[key] ?? value)]),
  );
}

export function mergeComponent(english: ComponentData, translation: ComponentTranslation): ComponentData {
  return {
    ...english,
    summary: translation.summary,
    status: { ...english.status, note: translation.status.note },
    traits: traits(english.traits, translation.traits),
    variants: english.variants.map((variant) => {
      const t = translation.variants?.[variant.key];
      return t ? { ...variant, name: t.name, summary: t.summary, traits: traits(variant.traits, t.traits) } : variant;
    }),
  };
}

export function mergeCategory(english: Category, translation: CategoryTranslation): Category {
  return {
    ...english,
    name: translation.name,
    summary: translation.summary,
    ...(english.comparison
      ? {
          comparison: english.comparison.map((column) => {
            const t = translation.comparison?.[column.key];
            return t ? { ...column, label: t.label, ...(column.description ? { description: t.description ?? column.description } : {}) } : column;
          }),
        }
      : {}),
  };
}

export function mergeGuide(english: GuideData, translation: GuideTranslation): GuideData {
  return {
    ...english,
    title: translation.title,
    summary: translation.summary,
    tables: english.tables.map((table) => {
      const t = translation.tables?.[table.id];
      if (!t) return table;
      return {
        ...table,
        caption: t.caption,
        columns: t.columns,
        rows: table.rows.map((row) => ({ ...row, cells: t.rows[row.id] ?? row.cells })),
      };
    }),
  };
}

export function mergeMatrix(english: Matrix, translation: MatrixTranslation): Matrix {
  return {
    ...english,
    title: translation.title,
    caption: translation.caption,
    description: translation.description,
    ...(english.baseline ? { baseline: { ...english.baseline, ...(translation.baseline ?? {}) } } : {}),
    rows: english.rows.map((row) => {
      const t = translation.rows?.[row.id];
      if (!t) return row;
      return {
        ...row,
        label: t.label,
        ...(row.description !== undefined ? { description: t.description ?? row.description } : {}),
        cells: Object.fromEntries(
          Object.entries(row.cells).map(([column, cell]) => [column, cell.note !== undefined && t.notes?.[column] ? { ...cell, note: t.notes[column] } : cell]),
        ),
      };
    }),
  };
}

/** The dataset with its words translated; milestone stages, being a fixed list, come back separately. */
export function mergeDataset(english: KubeProxyDataset, translation: DatasetTranslation): { data: KubeProxyDataset; stages: (string | undefined)[] } {
  const data: KubeProxyDataset = {
    ...english,
    series: english.series.map((series) => {
      const t = translation.series?.[series.id];
      if (!t) return series;
      return {
        ...series,
        title: t.title,
        x: t.x,
        y: t.y,
        points: series.points.map((point, i) => ({ ...point, note: t.notes[i] ?? point.note })),
      };
    }),
    findings: english.findings.map((finding) => ({ ...finding, claim: translation.findings?.[finding.id] ?? finding.claim })),
  };
  return { data, stages: english.milestones.map((_, i) => translation.milestones?.[i] ?? undefined) };
}

export function mergeRelease(english: ReleaseLine, translation: ReleaseTranslation): ReleaseLine {
  return english.notes ? { ...english, notes: english.notes.map((note, i) => ({ ...note, text: translation.notes[i] ?? note.text })) } : english;
}

/**
 * Heading anchors of a translated page: each translated heading takes the slug of the English
 * heading in the same position, so a link to #network-mtu works in every locale and a fragment
 * survives the language switch. Returns the translated slug → English slug map and the
 * headings with English slugs.
 */
export function englishSlugs<H extends { depth: number; slug: string; text: string }>(shown: H[], english: H[]): { slugs: Record<string, string>; headings: H[] } {
  const slugs: Record<string, string> = {};
  const headings = shown.map((heading, i) => {
    const original = english[i];
    const slug = original && original.depth === heading.depth ? original.slug : heading.slug;
    slugs[heading.slug] = slug;
    return { ...heading, slug };
  });
  return { slugs, headings };
}
