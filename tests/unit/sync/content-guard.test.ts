import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblems } from '../../../src/lib/content/problems';

describe('the content guard on imported data', () => {
  it('checks provider, advisory, provenance and the new release fields with file, field and expectation', () => {
    const root = fileURLToPath(new URL('../../fixtures/bad-imported/', import.meta.url));
    const { problems } = checkContent(root, { today: '2026-12-01' });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed: 18 problems in 4 files.
        content/advisories/ingress-nginx.yaml → advisories.1.id: CVE-2026-10003 is listed twice; each CVE appears once
        content/advisories/ingress-nginx.yaml → advisories.1.published: 2027-02-25 is in the future
        content/advisories/ingress-nginx.yaml → advisories.1.ranges.0.fixed: expected a version such as "1.29.14", or "0"; found "1.13.x"
        content/advisories/ingress-nginx.yaml → advisories.1.source: names the source "osv-missing", which is not in sources; expected one of osv
        content/advisories/ingress-nginx.yaml → component: is "ingress-controller" but the file is named ingress-nginx.yaml; rename one so they agree
        content/provenance/cves.yaml → importer: is "releases" but the file is named cves.yaml; rename one so they agree
        content/providers/example-service.yaml → id: is "another-service" but the file is named example-service.yaml; rename one so they agree
        content/providers/example-service.yaml → policy.source: names the source "eold-missing", which is not in sources; expected one of eold
        content/providers/example-service.yaml → windows.0.available: 2027-01-01 is in the future; list only versions already available
        content/providers/example-service.yaml → windows.1.endOfSupport: 2025-09-01 is not after the availability date 2025-10-01
        content/providers/example-service.yaml → windows.2.endOfExtendedSupport: 2026-06-01 is before the end of standard support 2026-12-01
        content/providers/example-service.yaml → windows.2.line: 1.31 is listed twice; each line has one window
        content/releases/1.30.yaml → endOfLife.planned.source: names the source "schedule", which is not in sources; expected one of eol, tags
        content/releases/1.30.yaml → endOfMaintenance.source: names the source "schedule", which is not in sources; expected one of eol, tags
        content/releases/1.30.yaml → finalPatch.listed.source: names the source "gone", which is not in sources; expected one of eol, tags
        content/releases/1.30.yaml → patches.0.target.source: names the source "schedule", which is not in sources; expected one of eol, tags
        content/releases/1.30.yaml → patches.1.fixes.1.cve: CVE-2026-19999 is not in content/advisories/kubernetes.yaml; run npm run sync:cves
        content/releases/1.30.yaml → patches.1.flags.0.source: names the source "notes-file", which is not in sources; expected one of eol, tags
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });
});
