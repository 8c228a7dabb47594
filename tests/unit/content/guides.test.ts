import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblems } from '../../../src/lib/content/problems';
import { linkTargets, placedTableIds } from '../../../src/lib/content/rules/guides';
import { guidesFor, rowAnchor, sortGuides, tableAnchor } from '../../../src/lib/catalog/guides';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../../fixtures/bad-guides/', import.meta.url));
const today = '2026-11-25';

describe('the real guides', () => {
  const { content, problems } = checkContent(projectRoot);
  const guides = content.guides.flatMap((g) => (g.data ? [{ id: g.id, data: g.data }] : []));

  it('pass every schema and rule', () => {
    expect(formatProblems(problems.filter((p) => p.file.startsWith('content/guides/')))).toBe(formatProblems([]));
  });

  it('weigh every choice in at least one sourced table', () => {
    expect(guides.length).toBe(content.guides.length);
    for (const guide of guides) {
      expect(guide.data.tables.length, guide.id).toBeGreaterThan(0);
      for (const table of guide.data.tables) expect(table.sources.length, `${guide.id}/${table.id}`).toBeGreaterThan(0);
    }
  });

  it('link only to component pages that exist', () => {
    const ids = new Set(content.components.map((c) => c.id));
    for (const guide of guides) for (const id of guide.data.related) expect(ids.has(id), `${guide.id} → ${id}`).toBe(true);
  });
});

describe('broken guides', () => {
  const { problems } = checkContent(fixtureRoot, { today });

  it('are reported all at once, with file, field and what was expected', () => {
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed: 24 problems in 7 files.
        content/guides/Bad_Name.mdx → (file name): "Bad_Name" is not a valid id; rename the file to lowercase letters, digits and hyphens
        content/guides/future.mdx → reviewed: 2999-01-01 is in the future; use the date the facts were checked
        content/guides/links.mdx → (body): link "../../components/etc/" names no component; expected a file content/components/etc.mdx
        content/guides/links.mdx → (body): link "../no-such-guide/" names no guide; expected a file content/guides/no-such-guide.mdx
        content/guides/links.mdx → (body): link "/components/etcd/" starts at the site root and breaks under a sub-path such as /atlas/; write it relative, e.g. ../../components/etcd/
        content/guides/links.mdx → related: the body links to the component "etcd"; add it to related so the page lists it too
        content/guides/placement.mdx → (body): <Comparison id="typo" /> names no table; expected one of options, never-placed
        content/guides/placement.mdx → tables.0: table "options" is placed 2 times; place it once
        content/guides/placement.mdx → tables.1: table "never-placed" is never placed; add <Comparison id="never-placed" /> to the body
        content/guides/schema-errors.mdx → categories: must name at least one category
        content/guides/schema-errors.mdx → order: expected a number, found "first"
        content/guides/schema-errors.mdx → sources.0.url: expected an https:// URL; found "http://example.org/plain-http"
        content/guides/schema-errors.mdx → summary: must be at most 160 characters (one line); found "This summary goes on far too long for one line, because i..."
        content/guides/schema-errors.mdx → tables.0.colour: is not a known field; check the spelling against src/schemas/ or remove it
        content/guides/schema-errors.mdx → tables.0.columns: must name at least two columns
        content/guides/schema-errors.mdx → tables.0.rows: must compare at least two options
        content/guides/schema-errors.mdx → tables.0.rows.0.cells: must have at least two cells: a row heading and one value
        content/guides/schema-errors.mdx → tables.0.sources: is required (expected a list)
        content/guides/schema-errors.mdx → titleZh: is required (expected text)
        content/guides/table-shape.mdx → tables.0.rows.1.cells: has 2 cells but the table has 3 columns
        content/guides/table-shape.mdx → tables.0.rows.1.id: row "a" appears twice in this table
        content/guides/table-shape.mdx → tables.1.id: table "options" appears twice in this guide
        content/guides/unknown-refs.mdx → categories.1: unknown category "netwrk"; expected one of control-plane, logging
        content/guides/unknown-refs.mdx → related.1: no component has the id "fluentd"; name the project in the prose until its page exists
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });

  it('leave the valid guide alone', () => {
    expect(problems.filter((p) => p.file.endsWith('/good.mdx'))).toEqual([]);
  });
});

describe('guide helpers', () => {
  const guide = (id: string, order: number, title: string, categories: string[]) => ({
    id,
    data: { title, titleZh: '指南', summary: 's', order, categories, related: [], tables: [], sources: [], reviewed: today },
  });

  it('find the targets of the Markdown links in a body, in order', () => {
    expect(linkTargets('[etcd](../../components/etcd/) and [a guide](../logging/#elk-or-efk)\n[x](https://example.org/)')).toEqual([
      '../../components/etcd/',
      '../logging/#elk-or-efk',
      'https://example.org/',
    ]);
    expect(linkTargets('[not a link] (../x/) and <Comparison id="a" />')).toEqual([]);
  });

  it('find the tables a body places, in order and with repeats', () => {
    expect(placedTableIds('<Comparison id="a" />\ntext <Comparison id=\'b\'/>\n<Comparison id="a" />')).toEqual(['a', 'b', 'a']);
    expect(placedTableIds('<Comparison ids="a" /> and <comparison id="a" />')).toEqual([]);
  });

  it('sort guides by order, then title, and pick those of one category', () => {
    const list = [guide('c', 2, 'Zeta', ['logging']), guide('a', 2, 'Alpha', ['monitoring']), guide('b', 1, 'Mid', ['logging'])];
    expect(sortGuides(list).map((g) => g.id)).toEqual(['b', 'a', 'c']);
    expect(guidesFor(list, 'logging').map((g) => g.id)).toEqual(['b', 'c']);
    expect(guidesFor(list, 'security')).toEqual([]);
  });

  it('build anchors that cannot collide between a table and its rows', () => {
    expect(tableAnchor('etcd-topologies')).toBe('table-etcd-topologies');
    expect(rowAnchor('etcd-topologies', 'stacked')).toBe('etcd-topologies-stacked');
  });
});
