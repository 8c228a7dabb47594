import type { CncfLevel, ComponentData, KubernetesSupport, ProjectState, TraitValue } from '../../schemas/component';
import type { Category } from '../../schemas/category';
import type { SupportLevel } from '../../schemas/matrix';
import type { RowView } from '../matrix/matrix';

/**
 * What a compare view knows about the catalog, in one locale: what the pair pages are built
 * from and, split per component (CompareDataPart), what the compare page fetches, so both show
 * the same thing. Texts are as the locale shows them; every
 * value carries a `key` made from the English facts, so which rows differ is the same in
 * every language. Links are resolved at build time, with the site's base path.
 */
export interface CompareData {
  /** The language of the page the data is for. */
  lang: string;
  categories: CompareCategory[];
  components: CompareComponent[];
  matrices: CompareMatrix[];
}

/** A day as data and as the locale prints it. */
export interface Day {
  day: string;
  text: string;
}

export interface Link {
  text: string;
  href: string;
}

export interface CompareCategory {
  id: string;
  name: string;
  href: string;
  /** The language of its text, when it is not the page's (no translation yet). */
  lang?: string;
  /** The columns of its comparison table: the traits its members fill. */
  traits: { key: string; label: string; description?: string }[];
}

/** A trait's value for one component: its own, or one per variant (flannel's backends). */
export type TraitData = { value: TraitValue; key: string } | { variants: { name: string; value: TraitValue }[]; key: string };

export interface CompareComponent {
  id: string;
  name: string;
  category: string;
  href: string;
  summary: string;
  /** The language of its translatable text (summary, status note, traits), when it is not the page's. */
  lang?: string;
  status: { state: ProjectState; since?: Day; note: string };
  successors: Link[];
  license: string;
  maintainer: string;
  cncf: CncfLevel;
  reviewed: Day;
  sources: Link[];
  traits: Record<string, TraitData>;
  /** The Kubernetes versions its release supports, where the project lists them. */
  kubernetes?: { release: string; range: string; orLater: boolean; key: string; source: Link; checked: Day };
}

/** Kubernetes minor versions as a reader scans them: "1.31–1.35" when they run on, else listed. */
export function versionRange(versions: readonly string[]): string {
  const minors = versions.map((v) => Number(v.split('.')[1]));
  const contiguous = minors.every((m, i) => i === 0 || m === minors[i - 1]! + 1);
  if (versions.length === 1) return versions[0]!;
  return contiguous ? `${versions[0]}–${versions.at(-1)}` : versions.join(', ');
}

function kubernetesData(k: KubernetesSupport, day: (d: string) => Day): NonNullable<CompareComponent['kubernetes']> {
  return {
    release: k.release,
    range: versionRange(k.versions),
    orLater: k.orLater ?? false,
    key: `${k.versions.join(' ')}${k.orLater ? '+' : ''}`,
    source: { text: k.source.title, href: k.source.url },
    checked: day(k.checked),
  };
}

export interface CompareMatrixCell {
  support: SupportLevel;
  values: string[];
  note?: string;
  /** Equal keys mean equal cells (support and values, as the matrix compares them). */
  key: string;
  /** The cell on the matrix page, with its sources and history. */
  href: string;
}

export interface CompareMatrix {
  id: string;
  title: string;
  href: string;
  lang?: string;
  columns: string[];
  rows: { id: string; label: string; description?: string; cells: Record<string, CompareMatrixCell> }[];
}

/** A text or list as a comparison key: case, spacing and list order do not make a difference. */
export function textKey(value: TraitValue | undefined): string {
  if (value === undefined) return 'unknown';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) return [...new Set(value.map(norm))].sort().join(' | ');
  return norm(value);
}

/** A component's value for one trait, keyed by the English value. */
export function traitData(shown: ComponentData, english: ComponentData, key: string): TraitData | undefined {
  if (english.variants.length > 0) {
    return {
      variants: shown.variants.map((v) => ({ name: v.name, value: v.traits[key] ?? 'unknown' })),
      key: english.variants.map((v) => `${v.key}=${textKey(v.traits[key])}`).join('; '),
    };
  }
  const value = shown.traits[key];
  return value === undefined ? undefined : { value, key: textKey(english.traits[key]) };
}

export interface CompareInputs {
  lang: string;
  categories: { id: string; data: Category; i18n: { lang: string } }[];
  components: { id: string; data: ComponentData; english: { data: ComponentData }; i18n: { lang: string } }[];
  matrices: { id: string; title: string; columns: string[]; rows: RowView[]; i18n: { lang: string } }[];
  /** Links to the locale's pages. */
  href: {
    component: (id: string) => string;
    category: (id: string) => string;
    matrixCell: (matrix: string, row: string, column: string) => string;
    matrix: (id: string) => string;
  };
  /** A day as the locale prints it. */
  date: (day: string) => string;
}

const langIf = (lang: string, page: string) => (lang === page ? undefined : lang);

/** The compare data of one locale, from the catalog as that locale shows it. */
export function buildCompareData(input: CompareInputs): CompareData {
  const day = (d: string): Day => ({ day: d, text: input.date(d) });
  const names = new Map(input.components.map((c) => [c.id, c.data.name]));
  const categories = input.categories.map((c) => ({
    id: c.id,
    name: c.data.name,
    href: input.href.category(c.id),
    ...(langIf(c.i18n.lang, input.lang) ? { lang: c.i18n.lang } : {}),
    traits: (c.data.comparison ?? []).map((col) => ({ key: col.key, label: col.label, ...(col.description ? { description: col.description } : {}) })),
  }));
  const traitKeys = new Map(categories.map((c) => [c.id, c.traits.map((t) => t.key)]));
  const components = [...input.components]
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .map(({ id, data, english, i18n }): CompareComponent => {
      const traits: Record<string, TraitData> = {};
      for (const key of traitKeys.get(data.category) ?? []) {
        const value = traitData(data, english.data, key);
        if (value) traits[key] = value;
      }
      return {
        id,
        name: data.name,
        category: data.category,
        href: input.href.component(id),
        summary: data.summary,
        ...(langIf(i18n.lang, input.lang) ? { lang: i18n.lang } : {}),
        status: { state: data.status.state, ...(data.status.since ? { since: day(data.status.since) } : {}), note: data.status.note },
        successors: data.status.successors.map((s) => ('id' in s ? { text: names.get(s.id) ?? s.id, href: input.href.component(s.id) } : { text: s.name, href: s.url })),
        license: data.license,
        maintainer: data.maintainer,
        cncf: data.cncf,
        reviewed: day(data.reviewed),
        sources: data.sources.map((s) => ({ text: s.title, href: s.url })),
        traits,
        ...(data.kubernetes ? { kubernetes: kubernetesData(data.kubernetes, day) } : {}),
      };
    });
  const matrices = input.matrices.map((m) => ({
    id: m.id,
    title: m.title,
    href: input.href.matrix(m.id),
    ...(langIf(m.i18n.lang, input.lang) ? { lang: m.i18n.lang } : {}),
    columns: m.columns,
    rows: m.rows.map((row) => ({
      id: row.id,
      label: row.label,
      ...(row.description ? { description: row.description } : {}),
      cells: Object.fromEntries(
        m.columns.flatMap((col) => {
          const cell = row.cells[col];
          if (!cell) return [];
          return [[col, { support: cell.support, values: cell.values, ...(cell.note ? { note: cell.note } : {}), key: cell.key, href: input.href.matrixCell(m.id, row.id, col) }]];
        }),
      ),
    })),
  }));
  return { lang: input.lang, categories, components, matrices };
}

/**
 * One component's share of the compare data, as its own file (/compare-data/<id>.json): the
 * compare page fetches only the files of the components a reader chose, so what it downloads
 * stays the same as the catalog grows. Each part carries its category and, for every matrix it
 * is a column of, the rows with its own cell only.
 */
export interface CompareDataPart {
  lang: string;
  component: CompareComponent;
  category: CompareCategory;
  matrices: CompareMatrix[];
}

/** Every component's part of the data. */
export function splitCompareData(data: CompareData): CompareDataPart[] {
  const categories = new Map(data.categories.map((c) => [c.id, c]));
  return data.components.map((component) => ({
    lang: data.lang,
    component,
    category: categories.get(component.category)!,
    matrices: data.matrices
      .filter((m) => m.columns.includes(component.id))
      .map((m) => ({ ...m, rows: m.rows.map((r) => ({ ...r, cells: r.cells[component.id] ? { [component.id]: r.cells[component.id]! } : {} })) })),
  }));
}

/** The data of the chosen components, put back together from their parts. */
export function mergeCompareData(parts: readonly CompareDataPart[]): CompareData {
  const categories = new Map<string, CompareCategory>();
  const matrices = new Map<string, CompareMatrix>();
  for (const part of parts) {
    categories.set(part.category.id, part.category);
    for (const m of part.matrices) {
      const seen = matrices.get(m.id);
      if (!seen) {
        matrices.set(m.id, { ...m, rows: m.rows.map((r) => ({ ...r, cells: { ...r.cells } })) });
        continue;
      }
      for (const row of m.rows) {
        const target = seen.rows.find((r) => r.id === row.id);
        if (target) Object.assign(target.cells, row.cells);
      }
    }
  }
  return { lang: parts[0]?.lang ?? '', categories: [...categories.values()], components: parts.map((p) => p.component), matrices: [...matrices.values()] };
}
