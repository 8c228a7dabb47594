import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConformance } from '../../../scripts/sync/gateway/build';
import { readFolderReports } from '../../../scripts/sync/gateway/source';
import { checkContent } from '../../../src/lib/content/check';
import type { ContentSet } from '../../../src/lib/content/load';
import { conformanceRules } from '../../../src/lib/content/rules/conformance';
import { gatewayApiRowValues, profileRoute } from '../../../src/lib/conformance/gateway-api-row';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const good = fileURLToPath(new URL('../../fixtures/sync/gateway/good', import.meta.url));
const provenance = { commit: '0123456789abcdef0123456789abcdef01234567', date: '2026-08-01T00:00:00Z' };
const mapping = [
  { id: 'acme-gateway', organization: 'Acme', project: 'acme-gateway' },
  { id: 'old-ingress', organization: 'Old Co', project: 'old-ingress' },
];
const fixtureData = buildConformance(readFolderReports(good), { provenance, mapping, mappingFile: 'implementations.yaml' }).data!;

describe('the Gateway API row of a matrix', () => {
  it('shows the newest version with a report, the profiles it passed, its channel and link', () => {
    const values = gatewayApiRowValues(fixtureData, mapping, ['acme-gateway', 'old-ingress', 'no-gateway']);
    expect(values['acme-gateway']).toEqual({
      state: 'reported',
      organization: 'Acme',
      project: 'acme-gateway',
      version: 'v1.6',
      gatewayAPIVersion: 'v1.6.1',
      newest: true,
      recent: true,
      implementationVersion: 'v2.1.0',
      channel: 'experimental',
      mode: 'default',
      passed: ['GATEWAY-HTTP', 'GATEWAY-TCP'],
      partial: [],
      failed: [],
      reportUrl:
        'https://github.com/kubernetes-sigs/gateway-api/blob/0123456789abcdef0123456789abcdef01234567/conformance/reports/v1.6/acme-gateway/experimental-v2.1.0-default-report.yaml',
    });
    expect(values['old-ingress']).toMatchObject({ state: 'reported', version: 'v1.4', newest: false, recent: false, implementationVersion: 'v0.9.0' });
    expect(values['no-gateway']).toEqual({ state: 'not-mapped', searched: ['v1.6', 'v1.5', 'v1.4'] });
    expect(profileRoute['GATEWAY-TCP']).toBe('TCPRoute');
  });

  it('says so when a mapped implementation has no report in the data', () => {
    const values = gatewayApiRowValues(fixtureData, [{ id: 'x', organization: 'X', project: 'x' }], ['x']);
    expect(values.x).toEqual({ state: 'no-report', searched: ['v1.6', 'v1.5', 'v1.4'] });
  });

  it('fills the Ingress matrix from the committed import', () => {
    const { content } = checkContent(projectRoot, { today: '2026-12-01' });
    const columns = content.matrices.find((m) => m.id === 'ingress')!.data!.columns;
    const values = gatewayApiRowValues(content.conformance!.data!, content.conformanceImplementations!.data!, columns);
    const lines = Object.entries(values).map(([id, v]) =>
      v.state === 'reported'
        ? `${id}: ${v.version} (${v.gatewayAPIVersion}) ${v.implementationVersion} ${v.channel}/${v.mode} passed ${v.passed.join(',') || '-'} partial ${v.partial.join(',') || '-'}`
        : `${id}: ${v.state}`,
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "ingress-nginx: not-mapped",
        "nginx-ingress: not-mapped",
        "traefik: v1.6 (v1.6.1) v3.7.10 experimental/default passed GATEWAY-GRPC,GATEWAY-TLS partial GATEWAY-HTTP",
        "haproxy-ingress: v1.5 (v1.5.1) v0.17.0-alpha.1 experimental/default passed GATEWAY-HTTP partial -",
        "contour: v1.3 (v1.3.0) v1.33.0 experimental/default passed GATEWAY-GRPC,GATEWAY-TLS partial GATEWAY-HTTP",
        "f5-bigip-ctlr: not-mapped",
        "envoy-gateway: v1.6 (v1.6.1) v1.9.0 experimental/default passed GATEWAY-HTTP,GATEWAY-GRPC,GATEWAY-TLS partial -",
        "nginx-gateway-fabric: v1.6 (v1.6.1) v2.7.0-pre-release experimental/default passed GATEWAY-HTTP,GATEWAY-GRPC,GATEWAY-TLS,GATEWAY-TCP,GATEWAY-UDP partial -",
        "kong-ingress-controller: v1.2 (v1.2.1) v3.4.0 experimental/expressions passed GATEWAY-HTTP partial GATEWAY-GRPC",
        "istio: v1.5 (v1.5.1) 1.30.1 experimental/default passed GATEWAY-HTTP,GATEWAY-GRPC,GATEWAY-TLS,MESH-HTTP partial -",
        "cilium: v1.6 (v1.6.1) v1.20.0 experimental/default passed GATEWAY-HTTP,GATEWAY-GRPC,GATEWAY-TLS,GATEWAY-TCP,GATEWAY-UDP,MESH-HTTP,MESH-GRPC partial -",
        "haproxy-kubernetes-ingress: not-mapped",
        "kgateway: v1.6 (v1.6.1) v2.4.0-rc.1 experimental/default passed GATEWAY-HTTP,GATEWAY-GRPC,GATEWAY-TLS,GATEWAY-TCP partial -",
        "apache-apisix: not-mapped",
        "aws-load-balancer-controller: v1.6 (v1.6.1) v3.5.0 standard/default passed - partial GATEWAY-HTTP",
      ]
    `);
  });
});

describe('content rules for content/conformance/', () => {
  // The rules read only the parts of the content set they need; the tests hand them just those.
  const rule = (name: string) => ({ check: (content: object) => conformanceRules.find((r) => r.name === name)!.check(content as ContentSet, { today: '2026-12-01' }) });
  const file = 'content/conformance/implementations.yaml';

  it('reject a mapping to a missing component, and a component or implementation listed twice', () => {
    const problems = rule('conformance-mapping-components-exist').check({
      components: [{ id: 'acme-gateway' }],
      conformanceImplementations: { file, raw: [...mapping, mapping[0], { id: 'other', organization: 'Acme', project: 'acme-gateway' }] },
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "1.id: no component has the id "old-ingress"; expected a file content/components/old-ingress.mdx",
        "2.id: "acme-gateway" is listed twice; a component describes one implementation",
        "2: Acme/acme-gateway is listed twice; an implementation belongs to one component",
        "3.id: no component has the id "other"; expected a file content/components/other.mdx",
        "3: Acme/acme-gateway is listed twice; an implementation belongs to one component",
      ]
    `);
  });

  it('reject a mapped implementation that has no report in the data', () => {
    const problems = rule('conformance-mapping-has-reports').check({
      components: [],
      conformance: { file: 'content/conformance/gateway-api.yaml', raw: fixtureData },
      conformanceImplementations: { file, raw: [...mapping, { id: 'ghost', organization: 'Ghost', project: 'ghost' }] },
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "2: Ghost/ghost has no report in content/conformance/gateway-api.yaml; check the names against the report, then run npm run sync:gateway",
      ]
    `);
  });

  it('reject a report link that does not point at the imported commit', () => {
    const tampered = structuredClone(fixtureData);
    tampered.versions[0]!.implementations[0]!.report.url = 'https://github.com/kubernetes-sigs/gateway-api/blob/main/somewhere.yaml';
    const problems = rule('conformance-links-at-commit').check({ components: [], conformance: { file: 'content/conformance/gateway-api.yaml', raw: tampered } });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "versions.0.implementations.0.report.url: expected https://github.com/kubernetes-sigs/gateway-api/blob/0123456789abcdef0123456789abcdef01234567/conformance/reports/v1.6/acme-gateway/experimental-v2.1.0-default-report.yaml; run npm run sync:gateway instead of editing this file",
      ]
    `);
  });

  it('flag a file in content/conformance/ that is neither of the two known files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-content-'));
    mkdirSync(join(dir, 'content', 'conformance'), { recursive: true });
    writeFileSync(join(dir, 'content', 'conformance', 'notes.yaml'), '[]\n');
    const { problems } = checkContent(dir, { today: '2026-12-01' });
    rmSync(dir, { recursive: true });
    expect(problems.filter((p) => p.file.startsWith('content/conformance/'))).toMatchInlineSnapshot(`
      [
        {
          "field": "(file)",
          "file": "content/conformance/notes.yaml",
          "message": "is not a known file; expected gateway-api.yaml or implementations.yaml",
        },
      ]
    `);
  });
});
