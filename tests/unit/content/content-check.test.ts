import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblems } from '../../../src/lib/content/problems';
import contentGuard from '../../../src/integrations/content-guard';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../../fixtures/bad-content/', import.meta.url));
// Fixtures are checked as of a fixed day so their pinned messages never change; the real
// content is checked as of the real today, as the build checks it.
const today = '2026-11-25';

describe('the real content', () => {
  it('passes every schema and rule', () => {
    const { problems, content } = checkContent(projectRoot);
    expect(formatProblems(problems)).toBe(formatProblems([]));
    expect(problems).toEqual([]);
    expect(content.components.length).toBeGreaterThanOrEqual(8);
  });

  it('spans at least four categories', () => {
    const { content } = checkContent(projectRoot);
    const used = new Set(content.components.map((c) => c.data?.category));
    expect(used.size).toBeGreaterThanOrEqual(4);
  });
});

describe('broken content', () => {
  const { problems } = checkContent(fixtureRoot, { today });

  it('reports every problem in every file in one run, with file, field and expectation', () => {
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed: 36 problems in 20 files.
        content/categories.yaml → 1.nameZh: is required (expected text)
        content/categories.yaml → 2.id: category "networking" is listed twice
        content/components/Bad_Name.mdx → (file name): "Bad_Name" is not a valid id; rename the file to lowercase letters, digits and hyphens
        content/components/bad-date.mdx → reviewed: expected a date written YYYY-MM-DD; found "25/11/2026"
        content/components/bad-enum.mdx → cncf: expected one of "none", "sandbox", "incubating", "graduated", "archived"; found "graduate"
        content/components/bad-url.mdx → homepage: expected an https:// URL; found "http://example.org/plain-http"
        content/components/broken-yaml.mdx → (frontmatter): YAML could not be read at line 4: unexpected end of the stream within a flow collection
        content/components/duplicate-alias-b.mdx → aliases.0: "Shared Name" is already claimed by duplicate-alias-a; an alias must lead to one component
        content/components/duplicate-alias-b.mdx → aliases.1: "good" is already claimed by good; an alias must lead to one component
        content/components/future-date.mdx → reviewed: 2999-01-01 is in the future; use the date the facts were checked
        content/components/inactive-no-successor.mdx → status.successors: a project that is archived must name at least one successor
        content/components/long-summary.mdx → summary: must be at most 160 characters (one line); found "This summary goes on far too long for one line, because i..."
        content/components/missing-field.mdx → license: is required (expected text)
        content/components/no-frontmatter.mdx → (file): expected a frontmatter block between two "---" lines at the top
        content/components/no-sources.mdx → sources: must list at least one source
        content/components/traits-mismatch.mdx → traits.replicas: expected text, a list of text, or true/false; found number 3
        content/components/traits-mismatch.mdx → traits.replicas: is not a column of the storage comparison; expected one of access-modes, replication
        content/components/traits-mismatch.mdx → traits.replication: is required by the storage comparison table; write "unknown" if no source settles it
        content/components/unknown-category.mdx → category: unknown category "netwrk"; expected one of networking, monitoring, storage
        content/components/unknown-field.mdx → licence: is not a known field; check the spelling against src/schemas/ or remove it
        content/components/unknown-field.mdx → license: is required (expected text)
        content/components/unknown-related.mdx → related.1: no component has the id "no-such-component"; expected a file content/components/no-such-component.mdx
        content/components/unknown-successor.mdx → status.successors.0.id: no component has the id "vanished"; give { name, url } for a project without a page here
        content/components/unknown-successor.mdx → status.successors.1: expected either { id: <component id> } or { name: <text>, url: <https URL> }
        content/components/wrong-type.mdx → aliases: expected a list, found "wrong-type-alias"
        content/matrices/broken-matrix.yaml → columns.1: no component has the id "vanished"; expected a file content/components/vanished.mdx
        content/matrices/broken-matrix.yaml → columns.2: "good" is listed twice
        content/matrices/broken-matrix.yaml → id: is "not-the-file-name" but the file is named broken-matrix.yaml; rename one so they agree
        content/matrices/broken-matrix.yaml → reviewed: is required (expected text)
        content/matrices/broken-matrix.yaml → rows.0.baseline.good: is missing; every row needs a cell for each column (use support: unknown when no source settles it)
        content/matrices/broken-matrix.yaml → rows.0.cells.extra: is not a column; expected one of good, vanished
        content/matrices/broken-matrix.yaml → rows.0.cells.good.source: is required when support is "yes"; cite a key from sources, or use support: unknown
        content/matrices/broken-matrix.yaml → rows.0.cells.vanished.support: expected one of "yes", "partial", "paid", "plugin", "no", "unknown"; found "maybe"
        content/matrices/broken-matrix.yaml → rows.1.cells.good.checked: 2999-01-01 is in the future; use the date the cell was checked
        content/matrices/broken-matrix.yaml → rows.1.cells.good.source: "nowhere" is not a key of sources; expected one of docs
        content/matrices/broken-matrix.yaml → rows.1.id: row "speed" appears twice; row ids must be unique
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });

  it('leaves the valid fixture alone', () => {
    expect(problems.filter((p) => p.file.endsWith('/good.mdx'))).toEqual([]);
  });

  it('stops the Astro build with the same report', () => {
    const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
    const run = () =>
      hook({ config: { root: new URL(`file://${fixtureRoot}`) }, logger: { info: () => undefined } });
    expect(run).toThrow(/^Content check failed: \d+ problems in \d+ files\./);
    expect(run).toThrow(/unknown category "netwrk"/);
  });
});
