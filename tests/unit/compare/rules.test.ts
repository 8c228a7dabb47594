import { describe, expect, it } from 'vitest';
import { compareRules } from '../../../src/lib/content/rules/compare';
import { contentRules } from '../../../src/lib/content/rules';
import type { ContentSet } from '../../../src/lib/content/load';

const entry = (id: string, file: string) => ({ id, file, raw: { id }, data: undefined });

describe('the content rule that keeps /compare/ addresses apart', () => {
  it('is one of the rules every build runs', () => {
    expect(contentRules.map((r) => r.name)).toContain('compare-addresses-unique');
  });

  it('stops an id that could be read as a pair, with the file and what to do', () => {
    const content = {
      components: [entry('calico', 'content/components/calico.mdx'), entry('nginx-vs-apache', 'content/components/nginx-vs-apache.mdx')],
      matrices: [entry('ingress', 'content/matrices/ingress.yaml'), entry('calico-vs-cilium', 'content/matrices/calico-vs-cilium.yaml')],
    } as unknown as ContentSet;
    const problems = compareRules.flatMap((r) => r.check(content, { today: '2026-12-01' }));
    expect(problems).toEqual([
      {
        file: 'content/components/nginx-vs-apache.mdx',
        field: '(file name)',
        message: '"nginx-vs-apache" contains "-vs-", which separates the two ids of a pair page (/compare/<a>-vs-<b>/); rename the file',
      },
      {
        file: 'content/matrices/calico-vs-cilium.yaml',
        field: 'id',
        message: '"calico-vs-cilium" contains "-vs-", so /compare/calico-vs-cilium/ could be a pair page\'s address; choose an id without it',
      },
    ]);
  });
});
