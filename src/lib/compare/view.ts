import type { UiKey } from '../../i18n';
import type { CncfLevel, ProjectState, TraitValue } from '../../schemas/component';
import type { SupportLevel } from '../../schemas/matrix';
import { textKey, type CompareData, type Day, type Link } from './data';

/**
 * The comparison of a set of components, as rows: the facts every component has, the traits
 * of each category among them, and every row of each matrix that has two or more of them as
 * columns.
 * Each row says whether its values differ. Plain data: the pair pages lay it out on the
 * server, the compare page in the browser, with the same layout.
 */

/** The interface strings a view names its rows and sections with. */
export type ViewKey = Extract<
  UiKey,
  | 'compare.section.overview'
  | 'compare.section.traits'
  | 'compare.row.summary'
  | 'compare.none'
  | 'component.category'
  | 'component.status'
  | 'component.successors'
  | 'component.license'
  | 'component.maintainer'
  | 'component.cncf'
  | 'component.reviewed'
  | 'component.sources'
  | 'component.kubernetes'
>;

/** A row or section heading: an interface string, or text from the content. */
export type Label = { key: ViewKey; params?: Record<string, string> } | { text: string; lang?: string };

/** One cell. A component the row does not apply to (another category, not in the matrix) has none. */
export type CompareCell = (
  | { kind: 'text'; text: string; lang?: string }
  | { kind: 'summary'; text: string; lang?: string }
  | { kind: 'cncf'; level: CncfLevel }
  | { kind: 'status'; state: ProjectState; since?: Day; note: string; lang?: string }
  | { kind: 'links'; links: Link[]; empty: ViewKey }
  | { kind: 'date'; day: Day }
  | { kind: 'trait'; value: TraitValue; lang?: string }
  | { kind: 'variants'; items: { name: string; value: TraitValue }[]; lang?: string }
  | { kind: 'matrix'; support: SupportLevel; values: string[]; note?: string; href: string; lang?: string }
  | { kind: 'kubernetes'; range: string; orLater: boolean; release: string; source: Link }
  /** Nothing recorded here: shown as such, and left out of the comparison. */
  | { kind: 'unrecorded' }
) & { key: string };

/**
 * `differs`: two or more components have a value here and not all are the same. `same`: they
 * all agree. `single`: fewer than two have a value, so nothing is compared. `info`: a row that
 * describes rather than compares (summaries, sources), never marked.
 */
export type RowState = 'differs' | 'same' | 'single' | 'info';

export interface CompareRow {
  /** Unique within the view; the row's anchor. */
  id: string;
  label: Label;
  description?: Label;
  cells: (CompareCell | null)[];
  state: RowState;
}

export interface CompareSection {
  id: string;
  title: Label;
  /** Where the section's rows come from, such as the matrix page. */
  href?: string;
  rows: CompareRow[];
}

export interface CompareColumn {
  id: string;
  name: string;
  href: string;
  category: { id: string; name: string; href: string; lang?: string };
}

export interface CompareView {
  columns: CompareColumn[];
  sections: CompareSection[];
  /** How many rows differ, for the page's summary. */
  differing: number;
}

/** Whether a row's cells differ, from their keys; components without a value are left out. */
export function rowState(cells: readonly ({ key: string } | null)[]): Exclude<RowState, 'info'> {
  // An empty key is a value nobody recorded: it neither agrees nor differs.
  const keys = cells.filter((c): c is { key: string } => c !== null && c.key !== '').map((c) => c.key);
  if (keys.length < 2) return 'single';
  return new Set(keys).size > 1 ? 'differs' : 'same';
}

const row = (id: string, label: Label, cells: (CompareCell | null)[], info = false, description?: Label): CompareRow => ({
  id,
  label,
  ...(description ? { description } : {}),
  cells,
  state: info ? 'info' : rowState(cells),
});

/** The view of `ids` (known ids, as parseIds returns them), in the order given. */
export function compareView(data: CompareData, ids: readonly string[]): CompareView {
  const byId = new Map(data.components.map((c) => [c.id, c]));
  const categories = new Map(data.categories.map((c) => [c.id, c]));
  const shown = ids.flatMap((id) => byId.get(id) ?? []);
  const columns: CompareColumn[] = shown.map((c) => {
    const cat = categories.get(c.category);
    return { id: c.id, name: c.name, href: c.href, category: { id: c.category, name: cat?.name ?? c.category, href: cat?.href ?? '', ...(cat?.lang ? { lang: cat.lang } : {}) } };
  });
  const lang = (c: { lang?: string }) => (c.lang ? { lang: c.lang } : {});
  const each = (cell: (c: (typeof shown)[number]) => CompareCell) => shown.map(cell);
  const linksKey = (links: Link[]) => links.map((l) => l.href).sort().join(' ');

  const overview: CompareSection = {
    id: 'overview',
    title: { key: 'compare.section.overview' },
    rows: [
      row('summary', { key: 'compare.row.summary' }, each((c) => ({ kind: 'summary', text: c.summary, ...lang(c), key: c.id })), true),
      row('category', { key: 'component.category' }, each((c) => ({ kind: 'links', links: [{ text: categories.get(c.category)?.name ?? c.category, href: categories.get(c.category)?.href ?? '' }], empty: 'compare.none', key: c.category }))),
      row('status', { key: 'component.status' }, each((c) => ({ kind: 'status', state: c.status.state, ...(c.status.since ? { since: c.status.since } : {}), note: c.status.note, ...lang(c), key: c.status.state }))),
      row('successors', { key: 'component.successors' }, each((c) => ({ kind: 'links', links: c.successors, empty: 'compare.none', key: linksKey(c.successors) }))),
      row('license', { key: 'component.license' }, each((c) => ({ kind: 'text', text: c.license, key: textKey(c.license) }))),
      row('maintainer', { key: 'component.maintainer' }, each((c) => ({ kind: 'text', text: c.maintainer, key: textKey(c.maintainer) }))),
      row('cncf', { key: 'component.cncf' }, each((c) => ({ kind: 'cncf', level: c.cncf, key: c.cncf }))),
      ...(shown.some((c) => c.kubernetes)
        ? [
            row(
              'kubernetes',
              { key: 'component.kubernetes' },
              each((c): CompareCell => (c.kubernetes ? { kind: 'kubernetes', range: c.kubernetes.range, orLater: c.kubernetes.orLater, release: c.kubernetes.release, source: c.kubernetes.source, key: c.kubernetes.key } : { kind: 'unrecorded', key: '' })),
            ),
          ]
        : []),
      row('reviewed', { key: 'component.reviewed' }, each((c) => ({ kind: 'date', day: c.reviewed, key: c.reviewed.day }))),
      row('sources', { key: 'component.sources' }, each((c) => ({ kind: 'links', links: c.sources, empty: 'compare.none', key: linksKey(c.sources) })), true),
    ],
  };

  const traitSections: CompareSection[] = [...new Set(shown.map((c) => c.category))].flatMap((catId) => {
    const cat = categories.get(catId);
    if (!cat || cat.traits.length === 0) return [];
    const section: CompareSection = {
      id: `traits-${catId}`,
      title: { key: 'compare.section.traits', params: { category: cat.name } },
      href: `${cat.href}#comparison`,
      rows: cat.traits.map((trait) =>
        row(
          `${catId}-${trait.key}`,
          { text: trait.label, ...lang(cat) },
          shown.map((c): CompareCell | null => {
            const value = c.category === catId ? c.traits[trait.key] : undefined;
            if (!value) return null;
            return 'variants' in value ? { kind: 'variants', items: value.variants, ...lang(c), key: value.key } : { kind: 'trait', value: value.value, ...lang(c), key: value.key };
          }),
          false,
          trait.description ? { text: trait.description, ...lang(cat) } : undefined,
        ),
      ),
    };
    return [section];
  });

  const matrixSections: CompareSection[] = data.matrices.flatMap((m) => {
    // A matrix compares its columns; with fewer than two of them shown it has nothing to compare here.
    if (shown.filter((c) => m.columns.includes(c.id)).length < 2) return [];
    return [
      {
        id: `matrix-${m.id}`,
        title: { text: m.title, ...lang(m) },
        href: m.href,
        rows: m.rows.map((r) =>
          row(
            `${m.id}-${r.id}`,
            { text: r.label, ...lang(m) },
            shown.map((c): CompareCell | null => {
              const cell = r.cells[c.id];
              return cell ? { kind: 'matrix', support: cell.support, values: cell.values, ...(cell.note ? { note: cell.note } : {}), href: cell.href, ...lang(m), key: cell.key } : null;
            }),
            false,
            r.description ? { text: r.description, ...lang(m) } : undefined,
          ),
        ),
      },
    ];
  });

  const sections = [overview, ...traitSections, ...matrixSections];
  const differing = sections.reduce((n, s) => n + s.rows.filter((r) => r.state === 'differs').length, 0);
  return { columns, sections, differing };
}
