import { t } from '../../i18n/ui';
import { fill, PATCH_WINDOW, versionOf, type LineVerdict, type Recommendation } from './lines';

/** One sentence per line explaining the rule's verdict, as plain text. */
export function explainVerdict(v: LineVerdict): string {
  const base = { line: v.line, min: PATCH_WINDOW.min, max: PATCH_WINDOW.max };
  switch (v.status) {
    case 'eligible':
      return (
        fill(t('versions.verdict.eligible'), { ...base, version: versionOf(v.line, v.patch), patch: v.patch }) +
        (v.newer.length ? fill(t('versions.verdict.eligibleNewer'), { ...base, newer: v.newer.map((p) => versionOf(v.line, p)).join(', ') }) : '')
      );
    case 'ends-this-month':
      return fill(t('versions.verdict.ends'), { ...base, date: v.endOfLife });
    case 'too-early':
      return fill(t('versions.verdict.tooEarly'), { ...base, version: versionOf(v.line, v.latest) });
    case 'past-window':
      return fill(t('versions.verdict.pastWindow'), { ...base, version: versionOf(v.line, v.latest) });
    case 'security-fix-later':
      return fill(t('versions.verdict.securityLater'), { ...base, fixVersion: versionOf(v.line, v.fix), cves: v.cves.join(', ') });
    case 'no-data':
      return fill(t('versions.verdict.noData'), base);
  }
}

/** The headline for a month's recommendation. */
export function headline(r: Recommendation): string {
  return r.recommended
    ? fill(t('versions.pick.result'), { month: r.month, version: r.recommended.version })
    : fill(t('versions.pick.none'), { month: r.month });
}

/** Every sentence of the explanation, in order: verdicts, then the data-gap warning. */
export function explain(r: Recommendation): string[] {
  const lines = r.verdicts.map(explainVerdict);
  if (r.gaps.length) lines.push(fill(t('versions.gap'), { lines: r.gaps.join(', ') }));
  return lines;
}
