import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { checkContent } from '../../../src/lib/content/check';
import { ImportStopped } from '../../../scripts/sync/lib/problems';
import { runSync, type Locations } from '../../../scripts/sync/lib/run';

const fixtures = fileURLToPath(new URL('../../fixtures/sync/', import.meta.url));
const today = '2026-12-01';
const made: string[] = [];

/** A fresh copy of the fixture project, so each test starts from content typed by hand. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-atlas-sync-test-'));
  cpSync(join(fixtures, 'project'), dir, { recursive: true });
  made.push(dir);
  return dir;
}

function locations(upstream = 'upstream', website = 'kubernetes+website'): Locations {
  const at = (name: string) => join(fixtures, upstream, name);
  return {
    releaseData: at('endoflife-date+release-data'),
    website: at(website),
    endoflife: at('endoflife-date+endoflife.date'),
    cveFeed: at('kubernetes-sigs+cve-feed-osv'),
  };
}

/** Every file under content/, path → text, to compare before and after. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(root, 'content'));
  return out;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const load = (root: string, path: string) => yaml.load(read(root, path), { schema: yaml.CORE_SCHEMA }) as Record<string, any>;
const patch = (root: string, line: string, n: number) => load(root, `content/releases/${line}.yaml`).patches.find((p: { patch: number }) => p.patch === n);

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a first import from small upstream copies', () => {
  it('writes every line from the tag data, removes a line without tags and leaves content the guard accepts', () => {
    const root = project();
    const result = runSync({ root, locations: locations(), today });
    expect(result.written).toEqual([
      'content/advisories/ingress-nginx.yaml',
      'content/advisories/kubernetes.yaml',
      'content/provenance/cves.yaml',
      'content/provenance/providers.yaml',
      'content/provenance/releases.yaml',
      'content/providers/example-kubernetes-service.yaml',
      'content/releases/1.30.yaml',
      'content/releases/1.31.yaml',
      'content/releases/1.32.yaml',
    ]);
    expect(result.removed).toEqual(['content/releases/1.33.yaml']);
    expect(checkContent(root, { today }).problems).toEqual([]);
  });

  it('keeps a target date beside the tag date and never in its place', () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    expect(read(root, 'content/releases/1.32.yaml')).toMatchInlineSnapshot(`
      "# Kubernetes 1.32: release, end of life and every tagged patch release.
      # Written by \`npm run sync\` (scripts/sync/releases.ts and cves.ts) from upstream data: each fact
      # names a source, and each imported source its repository, file and commit. Edit by hand only
      # \`notes\` and the sources they cite; the importers keep those and rewrite everything else.
      line: "1.32"
      endOfMaintenance: {date: "2026-10-28", source: k8s-schedule-3333333}
      endOfLife: {date: "2026-12-28", source: k8s-schedule-3333333}
      patchesComplete: false
      sources:
        k8s-schedule-3333333: {url: https://github.com/kubernetes/website/blob/3333333333333333333333333333333333333333/data/releases/schedule.yaml, title: "kubernetes/website data/releases/schedule.yaml at 3333333: patch target dates, maintenance mode and planned end of life", upstream: {importer: releases, repository: kubernetes/website, path: data/releases/schedule.yaml, commit: "3333333333333333333333333333333333333333"}}
        osv-cve-2026-10001: {url: https://github.com/kubernetes-sigs/cve-feed-osv/blob/9999999999999999999999999999999999999999/vulns/CVE-2026-10001.json, title: "kubernetes-sigs/cve-feed-osv vulns/CVE-2026-10001.json: the official Kubernetes CVE feed's record", upstream: {importer: cves, repository: kubernetes-sigs/cve-feed-osv, path: vulns/CVE-2026-10001.json, commit: "9999999999999999999999999999999999999999", committed: "2026-03-01"}}
        release-data: {url: https://github.com/endoflife-date/release-data/blob/1111111111111111111111111111111111111111/releases/kubernetes.json, title: "endoflife-date/release-data releases/kubernetes.json: the tag day of every Kubernetes version", upstream: {importer: releases, repository: endoflife-date/release-data, path: releases/kubernetes.json, commit: "1111111111111111111111111111111111111111", committed: "2026-04-01"}}
      patches:
        - {patch: 0, date: "2025-12-10", source: release-data, target: {date: "2025-12-10", source: k8s-schedule-3333333}}
        - {patch: 1, date: "2026-02-12", source: release-data, target: {date: "2026-02-10", source: k8s-schedule-3333333}, fixes: [{cve: CVE-2026-10001, source: osv-cve-2026-10001}], flags: [{kind: out-of-band, link: https://example.org/announce/2, source: k8s-schedule-3333333}, {kind: security, cves: [CVE-2026-10001], link: https://example.org/announce/2, source: k8s-schedule-3333333}]}
        - {patch: 2, date: "2026-03-20", source: release-data, target: {date: "2026-03-20", source: k8s-schedule-3333333}}
      checked: "2026-04-01"
      "
    `);
    // 1.32.3 is only planned (the schedule's next patch): no tag, so no entry.
    expect(patch(root, '1.32', 3)).toBeUndefined();
  });

  it('keeps the hand-written note and its source, and replaces the hand-typed dates', () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    const line = load(root, 'content/releases/1.31.yaml');
    expect(line.notes).toEqual([{ text: 'A hand-written note that the importer keeps.', source: 'blog' }]);
    expect(line.sources.blog).toEqual({ url: 'https://kubernetes.io/blog/2025/08/20/example/', title: 'An example post' });
    expect(line.sources.page).toBeUndefined();
    expect(patch(root, '1.31', 1)).toMatchObject({ date: '2025-10-15', source: 'release-data', target: { date: '2025-10-14' } });
  });

  it('records a line that ended: end of life, the plan it missed, its final patch, complete patches', () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    const ended = load(root, 'content/releases/1.30.yaml');
    expect({ endOfMaintenance: ended.endOfMaintenance, endOfLife: ended.endOfLife, finalPatch: ended.finalPatch, patchesComplete: ended.patchesComplete }).toEqual({
      endOfMaintenance: { date: '2026-02-28', source: 'k8s-schedule-2222222' },
      endOfLife: { date: '2025-11-05', source: 'k8s-eol-4444444', planned: { date: '2026-04-28', source: 'k8s-schedule-2222222' } },
      finalPatch: { patch: 2, source: 'k8s-eol-4444444' },
      patchesComplete: true,
    });
    // The regression note on 1.30.1 and the fix in 1.30.2, from the schedule and from eol.yaml.
    expect(ended.patches.map((p: { patch: number; flags?: { kind: string; source: string }[] }) => [p.patch, (p.flags ?? []).map((f) => `${f.kind} (${f.source})`)])).toEqual([
      [0, []],
      [1, ['regression (k8s-schedule-2222222)', 'regression (k8s-eol-4444444)']],
      [2, ['fixes-regression (k8s-schedule-2222222)', 'out-of-band (k8s-schedule-2222222)', 'fixes-regression (k8s-eol-4444444)']],
    ]);
    // 1.31 ended too, but a tag after the listed final patch wins; the listed one is kept.
    expect(load(root, 'content/releases/1.31.yaml').finalPatch).toEqual({ patch: 3, source: 'release-data', listed: { patch: 2, source: 'k8s-eol-4444444' } });
  });

  it('attaches a CVE fixed in several lines to each fixing patch, and keeps a CVE with no fix in the advisories only', () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    expect(patch(root, '1.31', 2).fixes).toEqual([{ cve: 'CVE-2026-10001', source: 'osv-cve-2026-10001' }]);
    expect(patch(root, '1.32', 1).fixes).toEqual([{ cve: 'CVE-2026-10001', source: 'osv-cve-2026-10001' }]);
    const all = ['1.30', '1.31', '1.32'].flatMap((l) => load(root, `content/releases/${l}.yaml`).patches.flatMap((p: { fixes?: { cve: string }[] }) => (p.fixes ?? []).map((f) => f.cve)));
    expect(all.sort()).toEqual(['CVE-2026-10001', 'CVE-2026-10001']);
    expect(load(root, 'content/advisories/kubernetes.yaml').advisories).toEqual([
      {
        id: 'CVE-2026-10002',
        summary: 'API server example flaw without a fix',
        severity: { vector: 'CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:U/C:L/I:N/A:N', score: 2.2, rating: 'low' },
        published: '2026-02-20',
        modified: '2026-02-20',
        advisory: 'https://github.com/kubernetes/kubernetes/issues/999002',
        packages: ['k8s.io/apiserver'],
        ranges: [{ introduced: '0' }, { introduced: '1.32.0', lastAffected: '1.32.2' }],
        source: 'osv-cve-2026-10002',
      },
      {
        // The newer of the two stored versions (later `modified`), with its leading "v" dropped.
        id: 'CVE-2026-10001',
        summary: 'Kubelet example flaw',
        severity: { vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', score: 8.8, rating: 'high' },
        published: '2026-01-20',
        modified: '2026-02-14',
        advisory: 'https://github.com/kubernetes/kubernetes/issues/999001',
        packages: ['k8s.io/kubelet'],
        ranges: [
          { introduced: '0', fixed: '1.31.2' },
          { introduced: '1.32.0', fixed: '1.32.1' },
        ],
        source: 'osv-cve-2026-10001',
      },
    ]);
  });

  it("puts another component's CVE in that component's advisories file", () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    const file = load(root, 'content/advisories/ingress-nginx.yaml');
    expect(file.component).toBe('ingress-nginx');
    expect(file.advisories.map((a: { id: string; ranges: unknown }) => [a.id, a.ranges])).toEqual([
      ['CVE-2026-10003', [{ introduced: '0', fixed: '1.13.7' }, { introduced: '1.14.0', fixed: '1.14.3' }]],
    ]);
  });

  it('writes provider support windows and what each import read', () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    expect(load(root, 'content/providers/example-kubernetes-service.yaml').windows).toEqual([
      { line: '1.32', available: '2026-02-01', endOfSupport: '2027-03-01', source: 'eold-example-kubernetes-service' },
      { line: '1.31', available: '2025-10-01', endOfSupport: '2026-12-01', endOfExtendedSupport: '2027-12-01', link: 'https://example.org/news/1-31', source: 'eold-example-kubernetes-service' },
    ]);
    expect(existsSync(join(root, 'content/providers/unrelated.yaml'))).toBe(false);
    expect(load(root, 'content/provenance/releases.yaml').inputs.map((i: { repository: string; files: { path: string; commit: string }[] }) => [i.repository, i.files.map((f) => `${f.path}@${f.commit.slice(0, 7)}`)])).toEqual([
      ['endoflife-date/release-data', ['releases/kubernetes.json@1111111']],
      ['kubernetes/website', ['data/releases/eol.yaml@4444444', 'data/releases/schedule.yaml@2222222', 'data/releases/schedule.yaml@3333333']],
      ['endoflife-date/endoflife.date', ['products/kubernetes.md@5555555']],
    ]);
  });
});

describe('running again', () => {
  it('changes nothing when the upstream copies are the same', () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    const before = tree(root);
    const again = runSync({ root, locations: locations(), today });
    expect({ written: again.written, removed: again.removed }).toEqual({ written: [], removed: [] });
    expect(tree(root)).toEqual(before);
  });

  it('keeps the schedule facts of a line that a later schedule copy no longer lists', () => {
    const root = project();
    runSync({ root, locations: locations(), today });
    const before = tree(root);
    const later = runSync({ root, locations: locations('upstream', 'kubernetes+website-later'), today });
    // Only the provenance record changes: it no longer lists the older schedule copy.
    expect(later.written).toEqual(['content/provenance/releases.yaml']);
    const after = tree(root);
    for (const path of Object.keys(before).filter((p) => p !== 'content/provenance/releases.yaml')) expect(after[path]).toBe(before[path]);
    expect(patch(root, '1.30', 2).target).toEqual({ date: '2025-10-30', source: 'k8s-schedule-2222222' });
  });
});

describe('bad upstream input', () => {
  it('stops with every problem, naming the file and the entry, and writes nothing', () => {
    const root = project();
    const before = tree(root);
    let error: unknown;
    try {
      runSync({ root, locations: locations('bad-upstream'), today });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportStopped);
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Import stopped: 9 problems in 7 upstream files; nothing was written.
        endoflife-date/endoflife.date products/example-kubernetes-service.md → releases[1.32].releaseDate: 2026-09-01 is in the future: after the snapshot day 2026-03-01
        endoflife-date/release-data releases/kubernetes.json → versions["1.31.2"].date: is missing; expected the tag day, YYYY-MM-DD
        endoflife-date/release-data releases/kubernetes.json → versions["1.32.2"].date: 2026-05-01 is in the future: after the snapshot day 2026-04-01
        endoflife-date/release-data releases/kubernetes.json → versions["1.32.x"]: "1.32.x" is not a version string such as 1.36.4
        kubernetes-sigs/cve-feed-osv vulns/CVE-2026-10001.json → affected.0.ranges.0.events.3.fixed: "1.32" is not a version string such as 1.29.14 (or "0")
        kubernetes-sigs/cve-feed-osv vulns/CVE-2026-10002.json → summary: is missing; expected the one-line title of the CVE
        kubernetes-sigs/cve-feed-osv vulns/CVE-2026-10003.json → published: 2026-06-01T10:00:00Z is in the future: after the snapshot day 2026-03-01
        kubernetes/website data/releases/eol.yaml → branches[1.30].finalPatchRelease: is missing; expected the last patch version, such as 1.31.14
        kubernetes/website data/releases/schedule.yaml@3333333 → schedules[1.32].previousPatches.0.release: expected a version such as 1.32.4; found "1.32""
    `);
    expect(tree(root)).toEqual(before);
  });
});
