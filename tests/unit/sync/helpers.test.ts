import { describe, expect, it } from 'vitest';
import { componentOf } from '../../../scripts/sync/cves';
import { cvss3BaseScore } from '../../../scripts/sync/lib/cvss';
import { formatSyncProblems } from '../../../scripts/sync/lib/problems';
import { classifyNote } from '../../../scripts/sync/releases';

describe('CVSS v3 base scores', () => {
  it('matches the scores the specification gives for well-known vectors', () => {
    expect(cvss3BaseScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({ score: 9.8, rating: 'critical' });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H')).toEqual({ score: 10, rating: 'critical' });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H')).toEqual({ score: 8.8, rating: 'high' });
    // CVE-2020-8551 (kubelet denial of service) and CVE-2025-13281 (scope changed).
    expect(cvss3BaseScore('CVSS:3.0/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L')).toEqual({ score: 4.3, rating: 'medium' });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:C/C:H/I:N/A:N')).toEqual({ score: 5.8, rating: 'medium' });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toEqual({ score: 0, rating: 'none' });
  });
  it('refuses what is not a complete v3 vector', () => {
    expect(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
  });
});

describe('upstream notes as flags', () => {
  it('keeps the kind, the link, the CVE ids and the version a note names, not its sentence', () => {
    expect(classifyNote('[Regression](https://groups.google.com/g/kubernetes-announce/c/x)', 's')).toEqual([
      { kind: 'regression', link: 'https://groups.google.com/g/kubernetes-announce/c/x', source: 's' },
    ]);
    expect(classifyNote('[Out-of-Band release to fix the regression introduced in 1.25.1](https://example.org/a)', 's')).toEqual([
      { kind: 'fixes-regression', of: '1.25.1', link: 'https://example.org/a', source: 's' },
      { kind: 'out-of-band', link: 'https://example.org/a', source: 's' },
    ]);
    expect(classifyNote('Created to solve regression introduced in 1.18.19', 's')).toEqual([{ kind: 'fixes-regression', of: '1.18.19', source: 's' }]);
    expect(classifyNote('1.24.17 was released in August 2023 (after the EOL date) to fix CVE-2023-3676 and CVE-2023-3955', 's')).toEqual([
      { kind: 'after-end-of-life', source: 's' },
      { kind: 'security', cves: ['CVE-2023-3676', 'CVE-2023-3955'], source: 's' },
    ]);
    expect(classifyNote('[Some container images might be **unsigned** due to a temporary issue](https://example.org/b)', 's')).toEqual([
      { kind: 'unsigned-images', link: 'https://example.org/b', source: 's' },
    ]);
    expect(classifyNote('Unplanned release to include CVE fixes', 's')).toEqual([
      { kind: 'out-of-band', source: 's' },
      { kind: 'security', source: 's' },
    ]);
    expect(classifyNote('Something else entirely', 's')).toEqual([{ kind: 'other', source: 's' }]);
  });
});

describe('feed packages', () => {
  it('sends Kubernetes packages to kubernetes and others to a component id', () => {
    expect(['k8s.io/kubelet', 'k8s.io/apiserver', 'k8s.io/kubernetes', '/ingress-nginx', 'k8s.io/ingress-nginx', '/kubernetes ingress-nginx', '/image builder', 'github.com/kubernetes-csi/image-builder', 'sigs.k8s.io/secrets-store-csi-driver', '/csi driver for nfs', '/kubernetes csharp client'].map(componentOf)).toEqual([
      'kubernetes',
      'kubernetes',
      'kubernetes',
      'ingress-nginx',
      'ingress-nginx',
      'ingress-nginx',
      'image-builder',
      'image-builder',
      'secrets-store-csi-driver',
      'csi-driver-nfs',
      'kubernetes-client-csharp',
    ]);
  });
});

describe('problem reports', () => {
  it('sorts by file and entry and says that nothing was written', () => {
    expect(
      formatSyncProblems([
        { file: 'b/b data.yaml', entry: 'x.10', message: 'second' },
        { file: 'a/a data.json', entry: 'y', message: 'first' },
        { file: 'b/b data.yaml', entry: 'x.9', message: 'between' },
      ]),
    ).toMatchInlineSnapshot(`
      "Import stopped: 3 problems in 2 upstream files; nothing was written.
        a/a data.json → y: first
        b/b data.yaml → x.9: between
        b/b data.yaml → x.10: second"
    `);
  });
});
