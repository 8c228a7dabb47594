import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblems } from '../../../src/lib/content/problems';
import { rejectionFor, urlsIn } from '../../../src/lib/content/rules/sources';
import type { RejectedSource } from '../../../src/schemas/source-policy';

const fixtureRoot = fileURLToPath(new URL('../../fixtures/bad-sources/', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

const policy: RejectedSource[] = [
  { host: 'grokipedia.com', reason: 'machine-written', note: 'AI pages.' },
  { urlPrefix: 'https://github.com/NoneGG/glusterfs', reason: 'fork', note: 'A fork.' },
  { urlPrefix: 'https://docsearch.algolia.com/mcp/', reason: 'machine-written', note: 'Summaries.' },
];

describe('the source policy', () => {
  it('rejects a host and its subdomains, not hosts that merely end in the same letters', () => {
    expect(rejectionFor('https://grokipedia.com/page/X', policy)?.host).toBe('grokipedia.com');
    expect(rejectionFor('https://en.grokipedia.com/page/X', policy)?.host).toBe('grokipedia.com');
    expect(rejectionFor('https://www.grokipedia.com/', policy)?.host).toBe('grokipedia.com');
    expect(rejectionFor('https://notgrokipedia.com/page/X', policy)).toBeUndefined();
    expect(rejectionFor('https://grokipedia.com.example.org/', policy)).toBeUndefined();
  });

  it('rejects a prefix at a path boundary, in any letter case, and leaves longer names alone', () => {
    expect(rejectionFor('https://github.com/NoneGG/glusterfs', policy)?.reason).toBe('fork');
    expect(rejectionFor('https://github.com/nonegg/GlusterFS/blob/master/COPYING', policy)?.reason).toBe('fork');
    expect(rejectionFor('http://github.com/NoneGG/glusterfs?tab=readme', policy)?.reason).toBe('fork');
    expect(rejectionFor('https://github.com/NoneGG/glusterfs-docs', policy)).toBeUndefined();
    expect(rejectionFor('https://github.com/gluster/glusterfs', policy)).toBeUndefined();
    expect(rejectionFor('https://docsearch.algolia.com/mcp/repo', policy)?.reason).toBe('machine-written');
    expect(rejectionFor('https://docsearch.algolia.com/docs/', policy)).toBeUndefined();
  });

  it('finds URLs inside prose without the punctuation around them', () => {
    expect(urlsIn('See https://a.example/x. And (https://b.example/y), then https://c.example/z;')).toEqual([
      'https://a.example/x',
      'https://b.example/y',
      'https://c.example/z',
    ]);
    expect(rejectionFor('not a url', policy)).toBeUndefined();
  });

  it('names the file, the field, the URL and the reason for every rejected source in content/', () => {
    const { problems } = checkContent(fixtureRoot, { today: '2026-11-25' });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed: 6 problems in 3 files.
        content/components/cites-rejected.mdx → (body, line 22): https://github.com/NoneGG/glusterfs is rejected by content/source-policy.yaml (prefix https://github.com/NoneGG/glusterfs: fork). A personal fork of gluster/glusterfs.
        content/components/cites-rejected.mdx → sources.0.url: https://grokipedia.com/page/Cites_rejected is rejected by content/source-policy.yaml (host grokipedia.com: machine-written). AI-generated encyclopedia pages.
        content/components/cites-rejected.mdx → sources.1.url: https://GitHub.com/nonegg/GlusterFS/blob/master/COPYING is rejected by content/source-policy.yaml (prefix https://github.com/NoneGG/glusterfs: fork). A personal fork of gluster/glusterfs.
        content/components/cites-rejected.mdx → status.note: https://en.grokipedia.com/page/Cites is rejected by content/source-policy.yaml (host grokipedia.com: machine-written). AI-generated encyclopedia pages.
        content/matrices/cites-rejected.yaml → sources.grok.url: https://grokipedia.com/page/Ingress is rejected by content/source-policy.yaml (host grokipedia.com: machine-written). AI-generated encyclopedia pages.
        content/source-policy.yaml → rejected.2.host: give exactly one of host or urlPrefix; found "example.net"
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });

  it('passes the real content, whose every replaced source is on the list', () => {
    const { problems, content } = checkContent(projectRoot);
    expect(problems.filter((p) => p.message.includes('source-policy.yaml'))).toEqual([]);
    const hosts = (content.sourcePolicy?.data?.rejected ?? []).map((r) => r.host ?? r.urlPrefix);
    for (const expected of ['grokipedia.com', 'gitee.com', 'infoworld.media', 'reg1z.dev', 'https://github.com/NoneGG/glusterfs']) {
      expect(hosts).toContain(expected);
    }
  });
});
