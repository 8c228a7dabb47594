import type { ContentSet, LoadedEntry } from '../load';
import type { Problem } from '../problems';
import type { GuideData } from '../../../schemas/guide';
import { idIsSlug, list, notInFuture, record, text, type ContentRule } from './shared';

/** How a guide's body places one of its tables: `<Comparison id="etcd-topologies" />`. */
export const COMPARISON_PLACEMENT = /<Comparison\s+id=["']([^"']*)["']\s*\/>/g;

/** A Markdown link in a guide's body: `[text](target)`; the target is the first group. */
const MARKDOWN_LINK = /\]\(([^)\s]+)\)/g;

/** The targets of a body's Markdown links, in order. */
export function linkTargets(body: string): string[] {
  return [...body.matchAll(MARKDOWN_LINK)].map((m) => m[1] ?? '');
}

/** The table ids a guide's body places, in order, duplicates kept. */
export function placedTableIds(body: string): string[] {
  return [...body.matchAll(COMPARISON_PLACEMENT)].map((m) => m[1] ?? '');
}


function eachGuide(content: ContentSet, visit: (entry: LoadedEntry<GuideData>) => Problem[]): Problem[] {
  return content.guides.flatMap(visit);
}

/**
 * Cross-file rules for `content/guides/`. Like the component rules they read the raw
 * frontmatter, so one bad field does not hide problems in the others.
 */
export const guideRules: ContentRule[] = [
  {
    name: 'guide-id-from-file-name',
    description: 'A guide id is its file name, so it must be usable in a URL.',
    check: (content) =>
      eachGuide(content, ({ id, file }) => idIsSlug(file, id)),
  },
  {
    name: 'guide-categories-exist',
    description: 'Every category a guide names exists in content/categories.yaml.',
    check: (content) => {
      const known = content.categories.flatMap((c) => text(c.raw.id) ?? []);
      return eachGuide(content, ({ raw, file }) =>
        list(raw.categories).flatMap((ref, index) => {
          const id = text(ref);
          return id === undefined || known.includes(id)
            ? []
            : [{ file, field: `categories.${index}`, message: `unknown category "${id}"; expected one of ${known.join(', ')}` }];
        }),
      );
    },
  },
  {
    name: 'guide-related-ids-exist',
    description: 'Every related id of a guide names a component page; other projects are named in prose only.',
    check: (content) => {
      const ids = new Set(content.components.map((c) => c.id));
      return eachGuide(content, ({ raw, file }) =>
        list(raw.related).flatMap((ref, index) => {
          const id = text(ref);
          return id === undefined || ids.has(id)
            ? []
            : [{ file, field: `related.${index}`, message: `no component has the id "${id}"; name the project in the prose until its page exists` }];
        }),
      );
    },
  },
  {
    name: 'guide-table-shape',
    description: 'Table ids are unique in a guide, row ids unique in a table, and every row has one cell per column.',
    check: (content) =>
      eachGuide(content, ({ raw, file }) => {
        const problems: Problem[] = [];
        const tableIds = new Set<string>();
        list(raw.tables).forEach((table, t) => {
          const { id, columns, rows } = record(table);
          const tableId = text(id);
          if (tableId !== undefined) {
            if (tableIds.has(tableId)) problems.push({ file, field: `tables.${t}.id`, message: `table "${tableId}" appears twice in this guide` });
            tableIds.add(tableId);
          }
          const width = list(columns).length;
          const rowIds = new Set<string>();
          list(rows).forEach((row, r) => {
            const { id: rowId, cells } = record(row);
            const key = text(rowId);
            if (key !== undefined) {
              if (rowIds.has(key)) problems.push({ file, field: `tables.${t}.rows.${r}.id`, message: `row "${key}" appears twice in this table` });
              rowIds.add(key);
            }
            const count = list(cells).length;
            if (Array.isArray(cells) && width > 0 && count !== width) {
              problems.push({ file, field: `tables.${t}.rows.${r}.cells`, message: `has ${count} cells but the table has ${width} columns` });
            }
          });
        });
        return problems;
      }),
  },
  {
    name: 'guide-tables-placed',
    description: 'Each table is placed once in the body with <Comparison id="..." />, and each placement names a table.',
    check: (content) =>
      eachGuide(content, ({ raw, file, body }) => {
        if (body === undefined) return [];
        const declared = list(raw.tables).flatMap((table) => text(record(table).id) ?? []);
        const placed = placedTableIds(body);
        const problems: Problem[] = [];
        declared.forEach((id) => {
          const times = placed.filter((p) => p === id).length;
          if (times !== 1) {
            const index = declared.indexOf(id);
            problems.push({
              file,
              field: `tables.${index}`,
              message: times === 0 ? `table "${id}" is never placed; add <Comparison id="${id}" /> to the body` : `table "${id}" is placed ${times} times; place it once`,
            });
          }
        });
        for (const id of new Set(placed)) {
          if (!declared.includes(id)) {
            problems.push({ file, field: '(body)', message: `<Comparison id="${id}" /> names no table; expected one of ${declared.join(', ') || '(none declared)'}` });
          }
        }
        return problems;
      }),
  },
  {
    name: 'guide-links-resolve',
    description:
      'Links in a guide body are relative, so the /atlas/ sub-path build keeps them working; component and guide links name pages that exist, and each linked component is in related.',
    check: (content) => {
      const components = new Set(content.components.map((c) => c.id));
      const guides = new Set(content.guides.map((g) => g.id));
      return eachGuide(content, ({ raw, file, body }) => {
        if (body === undefined) return [];
        const related = list(raw.related).flatMap((r) => text(r) ?? []);
        const problems: Problem[] = [];
        const unlisted = new Set<string>();
        for (const target of linkTargets(body)) {
          if (target.startsWith('/')) {
            problems.push({ file, field: '(body)', message: `link "${target}" starts at the site root and breaks under a sub-path such as /atlas/; write it relative, e.g. ../../components/etcd/` });
            continue;
          }
          const component = /^\.\.\/\.\.\/components\/([^/#?]*)/.exec(target)?.[1];
          if (component !== undefined) {
            if (!components.has(component)) problems.push({ file, field: '(body)', message: `link "${target}" names no component; expected a file content/components/${component}.mdx` });
            else if (!related.includes(component)) unlisted.add(component);
            continue;
          }
          const guide = /^\.\.\/([^/#?.]+)\//.exec(target)?.[1];
          if (guide !== undefined && !guides.has(guide)) problems.push({ file, field: '(body)', message: `link "${target}" names no guide; expected a file content/guides/${guide}.mdx` });
        }
        for (const id of unlisted) problems.push({ file, field: 'related', message: `the body links to the component "${id}"; add it to related so the page lists it too` });
        return problems;
      });
    },
  },
  {
    name: 'guide-reviewed-not-in-future',
    description: 'A guide cannot be reviewed later than today.',
    check: (content, { today }) =>
      eachGuide(content, ({ raw, file }) => notInFuture(file, 'reviewed', raw.reviewed, today, 'use the date the facts were checked')),
  },
];
