import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadReleaseData } from '../../support/release-data';
import { loadImportedData } from '../../support/imported-data';
import { translator } from '../../../src/i18n';
import { recommendPatch } from '../../../src/lib/versions/lines';
import { explain, staleNote } from '../../../src/lib/versions/explain';
import { coverage, versionsPage } from '../../../src/lib/versions/page';
import { supportStatus, supportTable } from '../../../src/lib/versions/support';
import { groupSources, releaseDataAsOf } from '../../../src/lib/versions/sources';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { entries, lines, survey } = loadReleaseData(root);
const { advisories, providers, provenance } = loadImportedData(root);
const en = translator('en');
const today = '2026-12-01';
const page = versionsPage(entries, lines, survey, today, {
  advisories: advisories.find((a) => a.component === 'kubernetes')!.advisories,
  providers,
  provenance,
});

describe('how current the data is', () => {
  it("takes the release data's day from the releases importer's provenance", () => {
    expect(releaseDataAsOf(provenance)).toEqual({ date: '2026-08-22', repository: 'endoflife-date/release-data', commit: 'f626bde' });
    expect(page.stale).toBe(true);
  });

  it('knows which months the data covers in full, in part or not at all', () => {
    expect(['2026-07', '2026-08', '2026-09'].map((m) => coverage(m, '2026-08-22'))).toEqual(['full', 'partial', 'none']);
    expect(coverage('2026-09', undefined)).toBe('full');
    expect(page.months.filter((m) => m.coverage === 'none').map((m) => m.month)).toEqual(['2026-12', '2026-11', '2026-10', '2026-09']);
  });

  it("says plainly that this month's pick may have a newer patch, instead of the gap warning", () => {
    const december = recommendPatch('2026-12', lines);
    expect(en.message(staleNote(december, '2026-08-22')!)).toBe(
      'Our release data ends on 2026-08-22: patches tagged since then are not listed here, so a newer patch than this may exist.',
    );
    expect(explain(december, '2026-08-22').map((m) => m.key)).not.toContain('versions.gap');
    expect(staleNote(recommendPatch('2020-02', lines), '2026-08-22')).toBeUndefined();
  });

  it("keeps the survey's months: 2020-02 v1.16.7, 2020-01 v1.16.6, 2019-12 v1.15.7", () => {
    const pick = (m: string) => page.months.find((r) => r.month === m)?.recommendation.recommended?.version;
    expect([pick('2020-02'), pick('2020-01'), pick('2019-12')]).toEqual(['v1.16.7', 'v1.16.6', 'v1.15.7']);
  });
});

describe('the CVE column', () => {
  it('gives February 2020 its CVEs with summary, severity, advisory and the fixing releases', () => {
    const feb = page.months.find((m) => m.month === '2020-02')!;
    const c = feb.cves.find((x) => x.id === 'CVE-2020-8551');
    expect(c).toMatchObject({ rating: 'medium', score: '4.3', advisory: 'https://github.com/kubernetes/kubernetes/issues/89377', fixedIn: ['v1.17.3', 'v1.16.7', 'v1.15.10'] });
  });

  it('lists the same CVE in the line table, fixed by v1.16.7', () => {
    const l16 = page.lines.find((l) => l.line === '1.16')!;
    expect(l16.fixes.find((f) => f.id === 'CVE-2020-8551')?.fixedIn).toEqual(['v1.16.7']);
  });

  it('keeps the other value where sources disagree: target days, planned end of life, listed final patch', () => {
    const l29 = page.lines.find((l) => l.line === '1.29')!;
    expect(l29.final).toEqual({ version: 'v1.29.15', listed: 'v1.29.14' });
    const l31 = page.lines.find((l) => l.line === '1.31')!;
    expect(l31.endOfLifePlanned).toBe('2025-10-28');
    expect(page.lines.find((l) => l.line === '1.33')!.final).toEqual({ version: 'v1.33.13', inferred: true });
    const withTarget = page.months.flatMap((m) => m.releases).find((r) => r.version === 'v1.24.11');
    expect(withTarget).toMatchObject({ date: '2023-02-22', target: '2023-02-15' });
  });
});

describe('upstream and provider support', () => {
  it('derives a status from the raw dates for a day', () => {
    const w = { from: '2026-01-01', until: '2026-12-15', extendedUntil: '2027-12-15' };
    expect(['2025-12-31', '2026-06-01', '2026-12-01', '2027-01-01', '2028-01-01'].map((d) => supportStatus(w, d))).toEqual([
      'upcoming',
      'supported',
      'ends-this-month',
      'extended',
      'ended',
    ]);
  });

  it('puts upstream next to every provider for the lines someone supports today', () => {
    const table = supportTable(entries, providers, today);
    expect(table.columns.map((c) => c.name)).toEqual(['Alibaba ACK', 'Amazon EKS', 'Azure Kubernetes Service', 'Google Kubernetes Engine']);
    expect(table.rows.map((r) => r.line)).toEqual(['1.36', '1.35', '1.34', '1.33', '1.32']);
    const eks = table.columns.findIndex((c) => c.id === 'amazon-eks');
    const row134 = table.rows.find((r) => r.line === '1.34')!;
    expect(row134.upstream?.status).toBe('ended');
    expect(row134.providers[eks]).toEqual({ from: '2025-10-06', until: '2026-12-02', extendedUntil: '2027-12-02', status: 'ends-this-month' });
    expect(table.summary[0]).toEqual({ standard: ['1.36', '1.35'], extended: [] });
    expect(table.summary[eks + 1]).toEqual({ standard: ['1.36', '1.35', '1.34'], extended: ['1.33', '1.32'] });
  });
});

describe('sources grouped by importer, repository and commit', () => {
  it('puts the importers in the order they run, each copy with its commit and day, then hand-cited sources', () => {
    const { imported, cited } = groupSources(provenance, entries.flatMap((e) => Object.values(e.sources)));
    expect(imported.map((g) => g.importer)).toEqual(['releases', 'cves', 'providers']);
    const releaseData = imported[0]!.inputs[0]!;
    expect(releaseData).toMatchObject({ repository: 'endoflife-date/release-data', head: { commit: 'f626bde' }, date: '2026-08-22' });
    expect(releaseData.commits).toEqual([
      { commit: '26ef641', committed: '2026-08-20', files: [{ path: 'releases/kubernetes.json', url: 'https://github.com/endoflife-date/release-data/blob/26ef641f9f871eefa286deeb98217937ae94a168/releases/kubernetes.json' }] },
    ]);
    const feed = imported[1]!.inputs[0]!;
    expect(feed.commits.length).toBeLessThan(feed.commits.reduce((n, c) => n + c.files.length, 0));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((s) => !s.url.includes('cve-feed-osv'))).toBe(true);
  });
});
