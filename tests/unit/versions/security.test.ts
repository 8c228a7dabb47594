import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadReleaseData } from '../../support/release-data';
import { loadImportedData } from '../../support/imported-data';
import { translator } from '../../../src/i18n';
import { advisoryRows, cveIndex, fixedCves, isClearOf, rangeMessage, severityMessage, standingsInLine } from '../../../src/lib/versions/advisories';
import { clearChoice, maintainedOn } from '../../../src/lib/versions/security';
import type { Advisory } from '../../../src/schemas/advisory';
import type { ReleaseLine } from '../../../src/schemas/release';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { entries } = loadReleaseData(root);
const { advisories } = loadImportedData(root);
const kubernetes = advisories.find((a) => a.component === 'kubernetes')!.advisories;
const en = translator('en');

/** An advisory with only what the derivations read. */
function cve(id: string, ranges: Advisory['ranges'], published = '2020-01-01'): Pick<Advisory, 'id' | 'ranges' | 'published'> {
  return { id, ranges, published };
}

/** A made-up release line: patch numbers with their tag days, and flags where given. */
function releaseLine(line: string, patches: [number, string, ('regression' | 'fixes-regression')?][], extra: Partial<ReleaseLine> = {}): ReleaseLine {
  return {
    line,
    endOfLife: { date: '2030-01-01', source: 'eol' },
    patchesComplete: false,
    sources: { eol: { url: 'https://example.org/eol', title: 'eol' } },
    patches: patches.map(([patch, date, flag]) => ({ patch, date, source: 'eol', ...(flag ? { flags: [{ kind: flag, source: 'eol' }] } : {}) })),
    checked: '2026-01-01',
    ...extra,
  };
}

describe('standingsInLine: what the feed says about one line', () => {
  const feed = [
    cve('CVE-A', [{ introduced: '0', fixed: '1.29.14' }, { introduced: '1.30.0', fixed: '1.30.10' }, { introduced: '1.31.0', fixed: '1.31.6' }]),
    cve('CVE-B', [{ introduced: '1.31.0', lastAffected: '1.31.11' }]),
    cve('CVE-C', [{ introduced: '0' }]),
    cve('CVE-D', [{ introduced: '1.30.0' }, { introduced: '1.31.0', lastAffected: '1.31.14' }, { introduced: '1.32.0', lastAffected: '1.32.9' }]),
    cve('CVE-E', [{ introduced: '1.29.12', fixed: '1.29.13' }]),
  ];

  it('reads a fix per line, a last affected version, and ranges with no fix in the line', () => {
    expect(standingsInLine('1.31', feed)).toEqual([
      { cve: 'CVE-A', kind: 'fixed', patch: 6 },
      { cve: 'CVE-B', kind: 'last-affected', patch: 11 },
      { cve: 'CVE-C', kind: 'open' },
      { cve: 'CVE-D', kind: 'last-affected', patch: 14 },
    ]);
  });

  it('treats a range that ends in a later line as covering older lines with no fix in them', () => {
    expect(standingsInLine('1.28', feed).map((s) => [s.cve, s.kind])).toEqual([
      ['CVE-A', 'open'],
      ['CVE-C', 'open'],
    ]);
  });

  it('keeps where a range starts inside the line, so earlier patches are clear', () => {
    const [a, , e] = standingsInLine('1.29', feed);
    expect(a).toEqual({ cve: 'CVE-A', kind: 'fixed', patch: 14 });
    expect(e).toEqual({ cve: 'CVE-E', kind: 'fixed', patch: 13, introduced: 12 });
    expect([11, 12, 13].map((p) => isClearOf(p, e!))).toEqual([true, false, true]);
  });

  it('does not stretch an open-ended range past the newest line the same CVE bounds', () => {
    expect(standingsInLine('1.30', feed).find((s) => s.cve === 'CVE-D')).toEqual({ cve: 'CVE-D', kind: 'open' });
    expect(standingsInLine('1.33', feed).map((s) => s.cve)).toEqual(['CVE-C']);
  });

  it('on the real feed: CVE-2025-13281 is last affected in 1.34.1 and absent from 1.35', () => {
    expect(standingsInLine('1.34', kubernetes).find((s) => s.cve === 'CVE-2025-13281')).toEqual({ cve: 'CVE-2025-13281', kind: 'last-affected', patch: 1 });
    expect(standingsInLine('1.35', kubernetes).map((s) => s.cve).sort()).toEqual(['CVE-2024-7598', 'CVE-2025-1767']);
  });

  it('isClearOf: at or past a fix, past a last affected version, never for an open range', () => {
    expect([5, 6, 7].map((p) => isClearOf(p, { cve: 'X', kind: 'fixed', patch: 6 }))).toEqual([false, true, true]);
    expect([11, 12].map((p) => isClearOf(p, { cve: 'X', kind: 'last-affected', patch: 11 }))).toEqual([false, true]);
    expect(isClearOf(99, { cve: 'X', kind: 'open' })).toBe(false);
  });
});

describe('clearChoice: the newest patch clear of known CVEs and not flagged', () => {
  const freshness = { asOf: '2026-08-22', today: '2026-12-01' };

  it('passes over a regression and a patch the feed lists as affected, and says why', () => {
    const l = releaseLine('1.40', [[0, '2026-01-01'], [1, '2026-02-01'], [2, '2026-03-01'], [3, '2026-04-01', 'regression']]);
    const feed = [cve('CVE-2026-0001', [{ introduced: '1.40.0', fixed: '1.40.2' }]), cve('CVE-2026-0002', [{ introduced: '0' }])];
    const result = clearChoice(l, feed, freshness);
    expect(result.choice).toEqual({ patch: 2, version: 'v1.40.2', date: '2026-03-01' });
    expect([...result.passedOver, ...result.reasons].map(en.message)).toMatchInlineSnapshot(`
      [
        "v1.40.3 is passed over: upstream notes flag it as a regression.",
        "v1.40.2 is the newest patch of 1.40 in our data that passes both checks.",
        "v1.40.2 includes every fix the feed names for 1.40: CVE-2026-0001.",
        "The copy of the upstream release schedule read here does not cover 1.40, so a regression noted there would not be known.",
        "The feed lists CVE-2026-0002 as affecting 1.40 with no fixed version; no choice of patch avoids this, and the advisories say what to do instead.",
        "Our release data ends on 2026-08-22; a newer patch of 1.40 may exist.",
      ]
    `);
  });

  it('skips patches up to a last affected version and says none qualifies when nothing is left', () => {
    const l = releaseLine('1.41', [[0, '2026-01-01'], [1, '2026-02-01']], { patchesComplete: true });
    const result = clearChoice(l, [cve('CVE-2026-0003', [{ introduced: '1.41.0', lastAffected: '1.41.1' }])], freshness);
    expect(result.choice).toBeUndefined();
    expect([...result.passedOver, ...result.reasons].map(en.message)).toEqual([
      'v1.41.1 is passed over: the feed lists it as affected by CVE-2026-0003.',
      'v1.41.0 is passed over: the feed lists it as affected by CVE-2026-0003.',
      'No patch of 1.41 in our data passes both checks.',
    ]);
  });

  it('ignores CVEs published after the day the choice is made for', () => {
    const l = releaseLine('1.42', [[0, '2026-01-01'], [1, '2026-02-01']]);
    const later = cve('CVE-2027-0001', [{ introduced: '1.42.0', fixed: '1.42.2' }], '2027-01-01');
    expect(clearChoice(l, [later], freshness).choice?.version).toBe('v1.42.1');
  });

  it('on the real data, 1.24 in September 2022: none qualifies until the regression fix v1.24.6', () => {
    const l24 = entries.find((e) => e.line === '1.24')!;
    const before = clearChoice(l24, kubernetes, { asOf: '2026-08-22', today: '2022-09-20' });
    expect(before.choice).toBeUndefined();
    expect(en.message(before.passedOver[0]!)).toBe('v1.24.5 is passed over: upstream notes flag it as a regression.');
    const after = clearChoice(l24, kubernetes, { asOf: '2026-08-22', today: '2022-09-25' });
    expect(after.choice).toEqual({ patch: 6, version: 'v1.24.6', date: '2022-09-21' });
    expect(after.reasons.map(en.message)).toContain('Upstream notes flag no regression in v1.24.6.');
  });

  it('on the real data today: the lines maintained on 2026-12-01 and their choices', () => {
    const today = maintainedOn(entries, '2026-12-01');
    expect(today.map((e) => e.line)).toEqual(['1.35', '1.36']);
    expect(today.map((e) => clearChoice(e, kubernetes, freshness).choice?.version)).toEqual(['v1.35.8', 'v1.36.4']);
  });
});

describe('CVE details joined to releases', () => {
  const index = cveIndex(kubernetes);

  it('lists each CVE of a row once, with summary, severity, advisory and the releases that fixed it', () => {
    const rows = fixedCves(
      [
        { version: 'v1.17.3', cves: ['CVE-2020-8551'] },
        { version: 'v1.16.7', cves: ['CVE-2020-8551', 'CVE-2020-8552'] },
      ],
      index,
    );
    expect(rows[0]).toEqual({
      id: 'CVE-2020-8551',
      summary: 'Kubelet DoS via API',
      rating: 'medium',
      score: '4.3',
      advisory: 'https://github.com/kubernetes/kubernetes/issues/89377',
      fixedIn: ['v1.17.3', 'v1.16.7'],
    });
    expect(rows.map((r) => r.id)).toEqual(['CVE-2020-8551', 'CVE-2020-8552']);
  });

  it('words severities and affected ranges as messages', () => {
    expect(en.message(severityMessage(index.get('CVE-2024-10220')!))).toBe('high 8.1');
    expect(en.message(severityMessage({}))).toBe('not rated');
    expect(
      [{ introduced: '0', fixed: '1.13.9' }, { introduced: '1.14.0', fixed: '1.14.5' }, { introduced: '1.2.0' }, { introduced: '0', lastAffected: '0.1.44' }, { introduced: '0' }].map((r) => en.message(rangeMessage(r))),
    ).toEqual(['before 1.13.9', '1.14.0 to before 1.14.5', '1.2.0 and later', 'up to 0.1.44', 'every version']);
  });

  it("gives a component page its advisories newest first (ingress-nginx)", () => {
    const rows = advisoryRows(advisories.find((a) => a.component === 'ingress-nginx')!.advisories);
    expect(rows[0]?.id).toBe('CVE-2026-4342');
    expect(rows.map((r) => r.published)).toEqual([...rows.map((r) => r.published)].sort().reverse());
    expect(rows[0]!.ranges.map(en.message)).toEqual(['before 1.13.9', '1.14.0 to before 1.14.5', '1.15.0 to before 1.15.1']);
  });
});
