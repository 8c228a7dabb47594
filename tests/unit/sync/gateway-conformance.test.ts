import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import {
  buildConformance,
  compareVersions,
  renderConformance,
  type ReportTree,
} from '../../../scripts/sync/gateway/build';
import { readFolderReports, readGitReports } from '../../../scripts/sync/gateway/source';
import { formatSyncProblems, syncGatewayConformance } from '../../../scripts/sync/gateway/sync';
import { gatewayApiConformanceSchema, type GatewayApiConformance } from '../../../src/schemas/conformance';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/sync/gateway/', import.meta.url));
const good = join(fixtures, 'good');
const bad = join(fixtures, 'bad');
const mapping = join(fixtures, 'implementations.yaml');
const provenance = { commit: '0123456789abcdef0123456789abcdef01234567', date: '2026-08-01T00:00:00Z' };
const fixtureMapping = [
  { id: 'acme-gateway', organization: 'Acme', project: 'acme-gateway' },
  { id: 'old-ingress', organization: 'Old Co', project: 'old-ingress' },
];

function build(tree: ReportTree = readFolderReports(good)) {
  return buildConformance(tree, { provenance, mapping: fixtureMapping, mappingFile: 'implementations.yaml' });
}

function data(): GatewayApiConformance {
  const result = build();
  expect(result.problems).toEqual([]);
  return result.data!;
}

function implementation(version: string, project: string) {
  const line = [...data().versions, ...data().earlier].find((v) => v.version === version)!;
  return line.implementations.find((i) => i.project === project)!;
}

function temporaryDir(): string {
  return mkdtempSync(join(tmpdir(), 'gateway-sync-'));
}

describe('the newest two versions', () => {
  it('are the two newest minor lines, with links to them kept as aliases rather than read twice', () => {
    const { versions } = data();
    expect(versions.map((v) => [v.version, v.folders, v.aliases])).toEqual([
      ['v1.6', ['conformance/reports/v1.6'], ['conformance/reports/v1.6.0']],
      ['v1.5', ['conformance/reports/v1.5'], []],
    ]);
    expect(versions.map((v) => v.implementations.map((i) => `${i.organization}/${i.project}`))).toEqual([
      ['Acme/acme-gateway', 'lite/lite-proxy', 'umbrella/umbrella-mesh'],
      ['Acme/acme-gateway', 'lite/lite-proxy'],
    ]);
  });

  it('gives a mapped implementation without a recent report its newest older one, across patch folders', () => {
    const { earlier } = data();
    expect(earlier.map((v) => [v.version, v.folders, v.implementations.map((i) => i.report.implementationVersion)])).toEqual([
      ['v1.4', ['conformance/reports/v1.4.0', 'conformance/reports/v1.4.1'], ['v0.9.0']],
    ]);
    expect(implementation('v1.4', 'old-ingress').otherReports.map((r) => r.path)).toEqual([
      'conformance/reports/v1.4.0/old-ingress/experimental-v0.8.0-default-report.yaml',
    ]);
  });

  it('passes the content schema', () => {
    expect(gatewayApiConformanceSchema.safeParse(data()).success).toBe(true);
  });
});

describe('a cell', () => {
  it('of a passing report carries versions, channel, counts, features and a link at the commit', () => {
    const acme = implementation('v1.6', 'acme-gateway');
    expect(acme.report).toEqual({
      path: 'conformance/reports/v1.6/acme-gateway/experimental-v2.1.0-default-report.yaml',
      url: 'https://github.com/kubernetes-sigs/gateway-api/blob/0123456789abcdef0123456789abcdef01234567/conformance/reports/v1.6/acme-gateway/experimental-v2.1.0-default-report.yaml',
      implementationVersion: 'v2.1.0',
      gatewayAPIVersion: 'v1.6.1',
      channel: 'experimental',
      mode: 'default',
      date: '2026-07-01T10:00:00+02:00',
    });
    // Profiles in the fixed order, features sorted, whatever the report's order.
    expect(acme.profiles.map((p) => p.name)).toEqual(['GATEWAY-HTTP', 'GATEWAY-TCP']);
    expect(acme.profiles[0]).toEqual({
      name: 'GATEWAY-HTTP',
      result: 'success',
      summary: 'Core tests succeeded. Extended tests succeeded.',
      core: { result: 'success', passed: 37, failed: 0, skipped: 0 },
      extended: {
        result: 'success',
        passed: 6,
        failed: 0,
        skipped: 0,
        supportedFeatures: ['HTTPRouteMethodMatching', 'HTTPRouteQueryParamMatching', 'HTTPRouteRequestMirror'],
        unsupportedFeatures: [],
      },
    });
  });

  it('of a partial report is partial, with the skipped test named', () => {
    const mesh = implementation('v1.6', 'umbrella-mesh');
    expect(mesh.profiles.map((p) => [p.name, p.result, p.core.result, p.extended?.result])).toEqual([
      ['MESH-HTTP', 'partial', 'partial', 'success'],
      ['MESH-GRPC', 'success', 'success', undefined],
    ]);
    expect(mesh.profiles[0]!.core).toEqual({ result: 'partial', passed: 6, failed: 0, skipped: 1, skippedTests: ['MeshHTTPRouteMatching'] });
  });

  it('lists the extended features an implementation declares unsupported', () => {
    const lite = implementation('v1.6', 'lite-proxy');
    const http = lite.profiles.find((p) => p.name === 'GATEWAY-HTTP')!;
    expect(http.result).toBe('success');
    expect(http.extended?.supportedFeatures).toEqual(['HTTPRouteResponseHeaderModification']);
    expect(http.extended?.unsupportedFeatures).toEqual(['HTTPRouteMethodMatching', 'HTTPRouteQueryParamMatching', 'HTTPRouteRequestMirror']);
    expect(lite.profiles.find((p) => p.name === 'GATEWAY-TLS')!.extended).toBeUndefined();
  });
});

describe('the pick rule for several reports of one implementation and version', () => {
  it('takes the newest implementation version and lists the other report', () => {
    const acme = implementation('v1.6', 'acme-gateway');
    expect(acme.report.implementationVersion).toBe('v2.1.0');
    expect(acme.otherReports.map((r) => [r.implementationVersion, r.channel])).toEqual([['v2.0.0', 'standard']]);
  });

  it('prefers the default mode over a mode that passed more tests, when the versions are equal', () => {
    const lite = implementation('v1.5', 'lite-proxy');
    expect([lite.report.mode, lite.profiles[0]!.core.passed]).toEqual(['default', 30]);
    expect(lite.otherReports.map((r) => r.mode)).toEqual(['fast-path']);
  });

  it('orders versions as semver does, pre-releases below their release', () => {
    const sorted = ['v1.20.0', 'v1.20.0-pre.2', 'v1.9.0', '3.7', 'v2.3.0-rc.3', 'v2.3.0', 'v2.3.0-beta.3', 'not-a-version'].sort(compareVersions);
    expect(sorted).toEqual(['not-a-version', 'v1.9.0', 'v1.20.0-pre.2', 'v1.20.0', 'v2.3.0-beta.3', 'v2.3.0-rc.3', 'v2.3.0', '3.7']);
  });
});

describe('bad reports', () => {
  it('are all reported at once, file → field: what was expected', () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'implementations.yaml'), '[]\n');
    const result = syncGatewayConformance({ source: bad, out: join(dir, 'out.yaml'), mapping: join(dir, 'implementations.yaml'), provenance, root: projectRoot });
    rmSync(dir, { recursive: true });
    expect(result.outcome).toBe('failed');
    expect(formatSyncProblems(result.problems)).toMatchInlineSnapshot(`
      "Gateway API conformance import failed: 12 problems in 4 files; nothing was written.
        conformance/reports/v1.6/broken/experimental-v1.0.1-default-report.yaml → gatewayAPIVersion: is v1.5.1 but the report is filed under v1.6; expected a v1.6.x release
        conformance/reports/v1.6/broken/experimental-v1.0.1-default-report.yaml → profiles.1.name: GATEWAY-HTTP appears twice; each profile is reported once
        conformance/reports/v1.6/broken/experimental-v1.0.3-default-report.yaml → (file): YAML could not be read: unexpected end of the stream within a flow collection at line 4
        conformance/reports/v1.6/broken/standard-v1.0.0-default-report.yaml → implementation.version: is required (expected text)
        conformance/reports/v1.6/broken/standard-v1.0.0-default-report.yaml → profiles.0.core.statistics.Skipped: expected a number of tests, 0 or more; found number -1
        conformance/reports/v1.6/broken/standard-v1.0.0-default-report.yaml → profiles.0.name: expected one of "GATEWAY-HTTP", "GATEWAY-GRPC", "GATEWAY-TLS", "GATEWAY-TCP", "GATEWAY-UDP", "MESH-HTTP", "MESH-GRPC"; found "GATEWAY-HTTPS"
        conformance/reports/v1.6/broken/standard-v1.0.0-default-report.yaml → profiles.1.core.result: expected one of "success", "partial", "failure"; found "passed"
        conformance/reports/v1.6/broken/standard-v1.0.2-default-report.yaml → date: expected a date and time such as 2026-07-30T11:47:27+02:00; found "yesterday"
        conformance/reports/v1.6/broken/standard-v1.0.2-default-report.yaml → gatewayAPIChannel: expected one of "standard", "experimental"; found "beta"
        conformance/reports/v1.6/broken/standard-v1.0.2-default-report.yaml → gatewayAPIVersion: expected a Gateway API release such as "v1.6.1"; found "1.6"
        conformance/reports/v1.6/broken/standard-v1.0.2-default-report.yaml → implementation.contact: must list at least one contact
        conformance/reports/v1.6/broken/standard-v1.0.2-default-report.yaml → mode: is required (expected text)"
    `);
  });

  it('leave the output file as it was and no temporary file behind', () => {
    const dir = temporaryDir();
    const out = join(dir, 'gateway-api.yaml');
    writeFileSync(out, 'the previous import\n');
    const result = syncGatewayConformance({ source: bad, out, mapping, provenance });
    expect(result.outcome).toBe('failed');
    expect(readFileSync(out, 'utf8')).toBe('the previous import\n');
    expect(readdirSync(dir)).toEqual(['gateway-api.yaml']);
    rmSync(dir, { recursive: true });
  });

  it('include a mapping entry that no report names', () => {
    const result = buildConformance(readFolderReports(good), {
      provenance,
      mapping: [{ id: 'ghost', organization: 'Ghost', project: 'ghost-gateway' }],
      mappingFile: 'implementations.yaml',
    });
    expect(result.data).toBeUndefined();
    expect(result.problems).toEqual([
      {
        file: 'implementations.yaml',
        field: '0',
        message: 'no report under conformance/reports/ names organization "Ghost" and project "ghost-gateway"; copy both from the implementation\'s report',
      },
    ]);
  });
});

describe('output', () => {
  it('is the same whatever order the files are read in', () => {
    const tree = readFolderReports(good);
    const reversed: ReportTree = { files: [...tree.files].reverse(), symlinks: [...tree.symlinks].reverse() };
    expect(renderConformance(build(reversed).data!)).toBe(renderConformance(build(tree).data!));
  });

  it('is written once; a second run changes nothing', () => {
    const dir = temporaryDir();
    const out = join(dir, 'conformance', 'gateway-api.yaml');
    const first = syncGatewayConformance({ source: good, out, mapping, provenance });
    const written = readFileSync(out, 'utf8');
    const second = syncGatewayConformance({ source: good, out, mapping, provenance });
    expect([first.outcome, second.outcome]).toEqual(['written', 'unchanged']);
    expect(readFileSync(out, 'utf8')).toBe(written);
    expect(readdirSync(join(dir, 'conformance'))).toEqual(['gateway-api.yaml']);
    rmSync(dir, { recursive: true });
  });

  it('reads a git repository at its commit, with the commit date as the snapshot date', () => {
    const dir = temporaryDir();
    cpSync(good, dir, { recursive: true, verbatimSymlinks: true });
    const env = { ...process.env, GIT_AUTHOR_DATE: '2026-08-21T22:25:14Z', GIT_COMMITTER_DATE: '2026-08-21T22:25:14Z' };
    const run = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { env });
    run('init', '-q');
    run('add', '.');
    run('commit', '-q', '-m', 'fixture');
    const commit = run('rev-parse', 'HEAD').toString().trim();
    const fromGit = readGitReports(dir);
    rmSync(dir, { recursive: true });
    expect(fromGit.provenance).toEqual({ commit, date: '2026-08-21T22:25:14+00:00' });
    const viaGit = buildConformance(fromGit.tree, { provenance, mapping: fixtureMapping, mappingFile: 'implementations.yaml' });
    expect(renderConformance(viaGit.data!)).toBe(renderConformance(data()));
  });

  it('of the committed import is exactly what the importer renders from it, so it was not edited by hand', () => {
    const path = join(projectRoot, 'content/conformance/gateway-api.yaml');
    const committed = readFileSync(path, 'utf8');
    const parsed = gatewayApiConformanceSchema.parse(yaml.load(committed));
    expect(renderConformance(parsed)).toBe(committed);
  });
});
