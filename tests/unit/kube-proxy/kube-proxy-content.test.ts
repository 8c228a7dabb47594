import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblems } from '../../../src/lib/content/problems';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../../fixtures/bad-datasets/', import.meta.url));
const today = '2026-11-25';
const isDataset = (file: string) => file.startsWith('content/datasets/');

describe('the kube-proxy dataset', () => {
  it('passes its schema and rules', () => {
    const { problems, content } = checkContent(projectRoot);
    expect(problems.filter((p) => isDataset(p.file))).toEqual([]);
    const dataset = content.datasets.find((d) => d.id === 'kube-proxy');
    expect(dataset?.data?.series.length).toBeGreaterThan(0);
  });

  it('stores only figures quoted from a listed source', () => {
    const dataset = checkContent(projectRoot).content.datasets[0]!.data!;
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const point of dataset.series.flatMap((s) => s.points)) {
      expect(point.basis).toBe('quoted');
      expect(sources.has(point.source)).toBe(true);
    }
  });
});

describe('a broken dataset', () => {
  const { problems } = checkContent(fixtureRoot, { today });

  it('is rejected with every problem named by file and field', () => {
    expect(formatProblems(problems.filter((p) => isDataset(p.file)))).toMatchInlineSnapshot(`
      "Content check failed: 9 problems in 2 files.
        content/datasets/etcd-latency.yaml → (file): is not a known dataset; expected one of kube-proxy.yaml
        content/datasets/kube-proxy.yaml → benchmark.keepaliveRuleShare: must be a fraction of at most 1 (write 1% as 0.01); found number 1.5
        content/datasets/kube-proxy.yaml → benchmark.source: no source has the id "tigera-blog"; expected one of tigera
        content/datasets/kube-proxy.yaml → findings.0.source: no source has the id "nowhere"; expected one of tigera
        content/datasets/kube-proxy.yaml → series.0.points.1.basis: a computed value cannot be stored as a fact; remove it, the model in src/lib/kube-proxy/model.ts draws it
        content/datasets/kube-proxy.yaml → series.0.y.unit: is required (expected text)
        content/datasets/kube-proxy.yaml → series.1.id: "cpu" is used twice in series
        content/datasets/kube-proxy.yaml → series.1.points.0.line: expected one of "iptables", "ipvs", "nftables", "calico"; found "userspace"
        content/datasets/kube-proxy.yaml → sources.0.checked: 2999-01-01 is in the future; use the date the figures were checked
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });
});
