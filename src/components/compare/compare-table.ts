import type { Message } from '../../i18n';
import type { CompareViewKey } from './compare-view.strings';
import type { MessageParams } from '../../i18n/format';
import type { TraitValue } from '../../schemas/component';
import { supportKeys } from '../../lib/matrix/cells';
import { foreignLang } from '../../lib/format/text';
import { h, type Child, type ElementNode } from '../../lib/compare/tree';
import type { CompareCell, CompareRow, CompareView, Label } from '../../lib/compare/view';

/**
 * The layout of a comparison table, shared by the pair pages (rendered to HTML at build time)
 * and the compare page (rendered to DOM in the browser), so both look and read the same. The
 * words come from whichever translator the caller has: the page's, or the client strings.
 */
export interface TableWords {
  (key: CompareViewKey, params?: MessageParams): string;
  message(message: Message): string;
  lang: string;
}

export interface TableOptions {
  /** The caption: what is compared. */
  caption: string;
  /** Adds a remove button to each column head (the compare page). */
  removable?: boolean;
}

/** The anchor of a row. */
export const rowAnchor = (rowId: string) => `cmp-${rowId}`;

function label(t: TableWords, l: Label): Child {
  if ('key' in l) return t(l.key, l.params);
  return l.lang ? h('span', { lang: l.lang }, l.text) : l.text;
}

/** Text from the data, marked with its language when it is not the page's. */
const fact = (t: TableWords, text: string, lang?: string): Child => {
  const l = lang ?? foreignLang(text, t.lang);
  return l ? h('span', { lang: l }, text) : text;
};

function trait(t: TableWords, value: TraitValue, lang?: string): Child {
  if (value === true) return h('span', { class: 'cell-yes' }, t('comparison.yes'));
  if (value === false) return h('span', { class: 'cell-no' }, t('comparison.no'));
  if (value === 'unknown') return h('span', { class: 'cell-unknown' }, t('comparison.unknown'));
  if (Array.isArray(value)) return h('ul', { class: 'compare-list', lang }, value.map((v) => h('li', {}, v)));
  return lang ? h('span', { lang }, value) : value;
}

function cell(t: TableWords, c: CompareCell, row: CompareRow, columnName: string): Child[] {
  switch (c.kind) {
    case 'text':
      return [fact(t, c.text, c.lang)];
    case 'summary':
      return [h('span', { class: 'compare-summary', lang: c.lang }, c.text)];
    case 'cncf':
      return [t(`cncf.${c.level}`)];
    case 'date':
      return [h('time', { datetime: c.day.day }, c.day.text)];
    case 'status':
      return [
        h('span', { class: `badge badge--${c.state}` }, t(`status.${c.state}`)),
        c.since && [' ', h('span', { class: 'meta' }, t('component.statusSince'), ' ', h('time', { datetime: c.since.day }, c.since.text))],
        h('span', { class: 'compare-note', lang: c.lang }, c.note),
      ];
    case 'links':
      if (c.links.length === 0) return [h('span', { class: 'cell-unknown' }, t(c.empty))];
      if (c.links.length === 1) return [h('a', { href: c.links[0]!.href, lang: foreignLang(c.links[0]!.text, t.lang) }, c.links[0]!.text)];
      return [h('ul', { class: 'compare-list' }, c.links.map((l) => h('li', {}, h('a', { href: l.href, lang: foreignLang(l.text, t.lang) }, l.text))))];
    case 'trait':
      return [trait(t, c.value, c.lang)];
    case 'variants':
      return [h('ul', { class: 'compare-list' }, c.items.map((v) => h('li', {}, h('span', { class: 'compare-variant', lang: c.lang }, v.name), t('punct.colon'), trait(t, v.value, c.lang))))];
    case 'kubernetes':
      return [
        c.orLater ? t('compare.k8s.orLater', { version: c.range }) : c.range,
        ' ',
        h('span', { class: 'meta' }, t('compare.k8s.release', { release: c.release })),
        h('a', { class: 'compare-more', href: c.source.href, lang: foreignLang(c.source.text, t.lang), 'data-noexport': true }, c.source.text),
      ];
    case 'unrecorded':
      return [h('span', { class: 'cell-unknown' }, t('compare.k8s.unrecorded'))];
    case 'matrix':
      return [
        h('span', { class: 's', 'data-s': c.support }, t(supportKeys[c.support])),
        c.values.length > 0 && h('ul', { class: 'v', lang: t.lang.startsWith('en') ? undefined : 'en' }, c.values.map((v) => h('li', {}, v))),
        c.note && h('span', { class: 'compare-note', lang: c.lang }, c.note),
        h(
          'a',
          { class: 'compare-more', href: c.href, 'data-noexport': true },
          t('compare.cellDetails'),
          h('span', { class: 'sr-only' }, t('punct.colon'), t('compare.cellDetailsOf', { row: textOfLabel(t, row.label), name: columnName })),
        ),
      ];
  }
}

const textOfLabel = (t: TableWords, l: Label) => ('key' in l ? t(l.key, l.params) : l.text);

/** The table of a view. */
export function compareTable(view: CompareView, t: TableWords, options: TableOptions): ElementNode {
  const span = view.columns.length + 1;
  return h(
    'div',
    { class: 'compare-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'compare-caption' },
    h(
      'table',
      { class: 'compare-table', 'data-cols': view.columns.length },
      h('caption', { id: 'compare-caption' }, options.caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'compare-corner' }, t('compare.col.row')),
          view.columns.map((c) =>
            h(
              'th',
              { scope: 'col', 'data-col': c.id },
              h('a', { href: c.href, class: 'compare-name' }, c.name),
              h('span', { class: 'compare-cat', 'data-noexport': true, lang: c.category.lang }, c.category.name),
              options.removable && h('button', { type: 'button', class: 'compare-remove', 'data-remove': c.id, 'data-noexport': true }, t('compare.remove', { name: c.name })),
            ),
          ),
        ),
      ),
      view.sections.map((s) =>
        h(
          'tbody',
          { id: rowAnchor(s.id), 'data-section': s.id },
          h(
            'tr',
            { class: 'compare-section' },
            h(
              'th',
              { scope: 'rowgroup', colspan: span },
              h('span', { class: 'compare-section__title' }, label(t, s.title), s.href && [' ', h('a', { href: s.href, class: 'compare-section__link' }, t('compare.section.open'))]),
            ),
          ),
          s.rows.map((r) =>
            h(
              'tr',
              { id: rowAnchor(r.id), 'data-row': r.id, 'data-state': r.state },
              h(
                'th',
                { scope: 'row' },
                h('span', { class: 'compare-label' }, label(t, r.label)),
                r.state === 'differs' && h('span', { class: 'compare-diff', 'data-noexport': true }, h('span', { 'aria-hidden': 'true' }, '≠ '), t('compare.differs')),
                r.description && h('span', { class: 'row-desc', 'data-noexport': true }, label(t, r.description)),
              ),
              r.cells.map((c, i) =>
                c === null
                  ? h('td', { class: 'compare-na', 'data-col': view.columns[i]!.id }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr-only' }, t('compare.na')))
                  : h('td', { 'data-col': view.columns[i]!.id }, cell(t, c, r, view.columns[i]!.name)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
