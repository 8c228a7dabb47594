import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadReleaseData } from '../../support/release-data';
import { translator } from '../../../src/i18n';
import { compareSurvey, monthEnd, parseMonth, recommendPatch, releasesIn, type LineData } from '../../../src/lib/versions/lines';
import { explain } from '../../../src/lib/versions/explain';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { lines, survey } = loadReleaseData(root);

/** A small synthetic line for edge cases, so they do not depend on the real data. */
function line(minor: number, released: string, endOfLife: string, patches: [number, string, string[]?][]): LineData {
  return { line: `1.${minor}`, minor, released, endOfLife, patchesComplete: true, patches: patches.map(([patch, date, cves = []]) => ({ patch, date, cves })) };
}

describe('recommendPatch on the real data', () => {
  it("gives the survey's own example for its month", () => {
    expect(survey).toBeDefined();
    const result = recommendPatch(survey!.example.month, lines);
    expect(result.recommended?.version).toBe(`v${survey!.example.version}`);
  });

  it('explains February 2020 line by line', () => {
    expect(explain(recommendPatch('2020-02', lines)).map(translator('en').message)).toMatchInlineSnapshot(`
      [
        "1.17: too new; its latest patch is v1.17.3, below 5.",
        "1.16: v1.16.7 qualifies (patch 7 is within 5 to 8, and no later security fix in 1.16 replaces it).",
        "1.15: v1.15.10 fixed CVE-2019-11254, CVE-2020-8551, CVE-2020-8552, so patches from 5 to 8 released before it are out, and nothing from it up to 8 qualifies.",
      ]
    `);
  });

  it('picks a release for every month of the survey table', () => {
    const picks = Object.fromEntries(survey!.months.map((m) => [m.month, recommendPatch(m.month, lines).recommended?.version ?? null]));
    expect(picks).toMatchInlineSnapshot(`
      {
        "2019-06": "v1.13.7",
        "2019-07": "v1.13.8",
        "2019-08": "v1.14.6",
        "2019-09": "v1.14.7",
        "2019-10": "v1.15.5",
        "2019-11": "v1.15.6",
        "2019-12": "v1.15.7",
        "2020-01": "v1.16.6",
        "2020-02": "v1.16.7",
      }
    `);
  });

  it('leaves out a line whose end of life falls in the month (1.14 in December 2019)', () => {
    const result = recommendPatch('2019-12', lines);
    expect(result.verdicts.find((v) => v.line === '1.14')).toEqual({ line: '1.14', status: 'ends-this-month', endOfLife: '2019-12-11' });
  });
});

describe('recommendPatch edge cases', () => {
  it('returns no pick when no line has a patch from 5 to 8', () => {
    const result = recommendPatch('2021-03', [line(30, '2021-01-05', '2022-01-01', [[0, '2021-01-05'], [1, '2021-02-01'], [2, '2021-03-01']])]);
    expect(result.recommended).toBeUndefined();
    expect(result.verdicts).toEqual([{ line: '1.30', status: 'too-early', latest: 2 }]);
  });

  it('skips a line ending during the month even if it has an eligible patch', () => {
    const ending = line(29, '2020-01-01', '2021-03-15', [[0, '2020-01-01'], [6, '2020-12-01']]);
    const result = recommendPatch('2021-03', [ending]);
    expect(result.recommended).toBeUndefined();
    expect(result.verdicts[0]?.status).toBe('ends-this-month');
  });

  it('never picks a patch released before a security fix in its line', () => {
    const l = line(28, '2020-01-01', '2022-01-01', [[0, '2020-01-01'], [6, '2020-06-01'], [7, '2020-07-01'], [9, '2020-08-01', ['CVE-2020-9999']]]);
    expect(recommendPatch('2020-07', [l]).recommended?.version).toBe('v1.28.7');
    expect(recommendPatch('2020-08', [l]).verdicts).toEqual([{ line: '1.28', status: 'security-fix-later', fix: 9, cves: ['CVE-2020-9999'] }]);
  });

  it('prefers the newest qualifying line and a fix release inside the window', () => {
    const older = line(27, '2019-01-01', '2022-01-01', [[0, '2019-01-01'], [8, '2019-09-01']]);
    const newer = line(28, '2019-06-01', '2022-06-01', [[0, '2019-06-01'], [5, '2019-09-02', ['CVE-2019-0001']]]);
    expect(recommendPatch('2019-09', [older, newer]).recommended?.version).toBe('v1.28.5');
  });

  it('flags lines whose sourced patches may stop short of the month', () => {
    const partial = { ...line(36, '2026-04-22', '2027-06-28', [[0, '2026-04-22']]), patchesComplete: false };
    expect(recommendPatch('2026-11', [partial]).gaps).toEqual(['1.36']);
  });
});

describe('month helpers', () => {
  const range = { first: '2018-09', last: '2026-11' };
  it('accepts only well-formed months inside the range', () => {
    expect(parseMonth('2020-02', range)).toBe('2020-02');
    for (const bad of ['2020-13', '2020-2', '<script>alert(1)</script>', '2017-01', '2099-01', '2020-02-01', '', null, 42]) {
      expect(parseMonth(bad, range)).toBeUndefined();
    }
  });
  it('knows the last day of each month, leap years included', () => {
    expect([monthEnd('2020-02'), monthEnd('2019-02'), monthEnd('2019-12')]).toEqual(['2020-02-29', '2019-02-28', '2019-12-31']);
  });
});

describe("the survey's table against the sources", () => {
  it('matches the versions month by month and differs only in security marks', () => {
    const rows = compareSurvey(survey!.months, lines);
    expect(rows.flatMap((r) => [...r.onlyInSurvey, ...r.onlyInSources])).toEqual([]);
    expect(rows.filter((r) => !r.agrees).map((r) => ({ month: r.month, surveyMarked: r.surveyMarked, sourcedCves: r.sourcedCves }))).toMatchInlineSnapshot(`
      [
        {
          "month": "2020-02",
          "sourcedCves": [
            "CVE-2019-11254",
            "CVE-2020-8551",
            "CVE-2020-8552",
          ],
          "surveyMarked": false,
        },
        {
          "month": "2020-01",
          "sourcedCves": [],
          "surveyMarked": true,
        },
        {
          "month": "2019-10",
          "sourcedCves": [
            "CVE-2019-11253",
          ],
          "surveyMarked": false,
        },
        {
          "month": "2019-09",
          "sourcedCves": [
            "CVE-2019-11250",
            "CVE-2019-11251",
          ],
          "surveyMarked": false,
        },
        {
          "month": "2019-07",
          "sourcedCves": [
            "CVE-2019-11248",
          ],
          "surveyMarked": false,
        },
        {
          "month": "2019-06",
          "sourcedCves": [
            "CVE-2019-11244",
            "CVE-2019-11245",
          ],
          "surveyMarked": false,
        },
      ]
    `);
  });
  it('lists releases of a month newest line first', () => {
    expect(releasesIn('2019-12', lines).map((r) => r.version)).toEqual(['v1.17.0', 'v1.16.4', 'v1.15.7', 'v1.14.10']);
  });
});

describe('broken release content', () => {
  const fixtureRoot = fileURLToPath(new URL('../../fixtures/bad-releases/', import.meta.url));
  it('reports every problem in release files and the survey table with file, field and expectation', async () => {
    const { checkContent } = await import('../../../src/lib/content/check');
    const { formatProblems } = await import('../../../src/lib/content/problems');
    const { problems } = checkContent(fixtureRoot, { today: '2026-11-25' });
    expect(formatProblems(problems.filter((p) => p.file.startsWith('content/releases/') || p.file.startsWith('content/survey')))).toMatchInlineSnapshot(`
      "Content check failed: 18 problems in 4 files.
        content/releases/1.16.yaml → endOfLife.date: 2019-01-01 is not after the release date 2019-09-18; end of life must come later
        content/releases/1.16.yaml → finalPatch.patch: is 2 but patch 3 is listed; the final patch cannot be lower
        content/releases/1.16.yaml → patches.1.fixes.0.cve: expected a CVE id such as CVE-2020-8551; found "CVE-19-1"
        content/releases/1.16.yaml → patches.2.patch: 3 is listed twice; each patch release appears once
        content/releases/1.16.yaml → patches.3.date: 2019-10-01 is before the date of patch 3 (2019-10-16); a later patch cannot be older
        content/releases/1.16.yaml → patches.3.patch: 1 comes after 3; list patch releases in increasing order
        content/releases/1.16.yaml → patches.3.source: names the source "dates", which is not in sources; expected one of eol
        content/releases/1.16.yaml → patchesComplete: is true but the last listed patch is 3, not the final patch 2
        content/releases/1.17.yaml → line: is "1.18" but the file is named 1.17.yaml; rename one so they agree
        content/releases/1.17.yaml → notes.0: needs exactly one of source (a key) or fromSurvey: true
        content/releases/1.17.yaml → patches.1.date: 2999-01-14 is in the future; list only releases that have happened
        content/releases/1.17.yaml → released: must be left out when patch 0 is listed; the x.y.0 patch entry carries the date
        content/releases/1.17.yaml → sources.eol.url: expected an https:// URL; found "http://example.org/plain-http"
        content/releases/1.20.yaml → line: expected text, found number 1.2
        content/releases/1.20.yaml → released: is required when patch 0 is not listed; give the x.y.0 date and its source
        content/survey-stable-table.yaml → months.0.month: expected a month written YYYY-MM; found "2020-13"
        content/survey-stable-table.yaml → months.0.securityMarked: expected true or false, found "maybe"
        content/survey-stable-table.yaml → months.0.versions.0: expected text, found number 1.17
      Fix these in content/ and build again. Field rules are in src/schemas/."
    `);
  });
});
