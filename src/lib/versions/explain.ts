import type { Message } from '../../i18n';
import { monthEnd, PATCH_WINDOW, versionOf, type LineVerdict, type Recommendation } from './lines';

/**
 * The version picker's explanations as messages (a key and its values), so the server and the
 * browser render them in the page's locale. Nothing here composes words.
 */

/** Every interface string these messages use; the picker's script is handed exactly these. */
export const explainKeys = [
  'versions.verdict.eligible',
  'versions.verdict.eligibleNewer',
  'versions.verdict.ends',
  'versions.verdict.tooEarly',
  'versions.verdict.pastWindow',
  'versions.verdict.securityLater',
  'versions.verdict.noData',
  'versions.pick.result',
  'versions.pick.none',
  'versions.pick.released',
  'versions.gap',
  'versions.pick.stale',
] as const;

/** One message per line explaining the rule's verdict. */
export function explainVerdict(v: LineVerdict): Message {
  const base = { line: v.line, min: PATCH_WINDOW.min, max: PATCH_WINDOW.max };
  switch (v.status) {
    case 'eligible':
      return v.newer.length
        ? { key: 'versions.verdict.eligibleNewer', params: { ...base, version: versionOf(v.line, v.patch), patch: v.patch, newer: v.newer.map((p) => versionOf(v.line, p)) } }
        : { key: 'versions.verdict.eligible', params: { ...base, version: versionOf(v.line, v.patch), patch: v.patch } };
    case 'ends-this-month':
      return { key: 'versions.verdict.ends', params: { ...base, date: v.endOfLife } };
    case 'too-early':
      return { key: 'versions.verdict.tooEarly', params: { ...base, version: versionOf(v.line, v.latest) } };
    case 'past-window':
      return { key: 'versions.verdict.pastWindow', params: { ...base, version: versionOf(v.line, v.latest) } };
    case 'security-fix-later':
      return { key: 'versions.verdict.securityLater', params: { ...base, fixVersion: versionOf(v.line, v.fix), cves: v.cves } };
    case 'no-data':
      return { key: 'versions.verdict.noData', params: base };
  }
}

/** The headline for a month's recommendation. */
export function headline(r: Recommendation): Message {
  return r.recommended
    ? { key: 'versions.pick.result', params: { month: r.month, version: r.recommended.version } }
    : { key: 'versions.pick.none', params: { month: r.month } };
}

/** When the recommended patch was released, if there is one. */
export function releasedLine(r: Recommendation): Message | undefined {
  return r.recommended ? { key: 'versions.pick.released', params: { version: r.recommended.version, date: r.recommended.date } } : undefined;
}

/**
 * Whether the month reaches past the day the release data is as of, in which case patches may
 * have been tagged that the data does not know: said plainly beside the pick.
 */
export function staleNote(r: Recommendation, asOf: string | undefined): Message | undefined {
  return asOf && monthEnd(r.month) > asOf ? { key: 'versions.pick.stale', params: { date: asOf } } : undefined;
}

/**
 * Every message of the explanation, in order: verdicts, then the data-gap warning. When the
 * month reaches past the data's day, staleNote says it instead of the gap warning.
 */
export function explain(r: Recommendation, asOf?: string): Message[] {
  const messages = r.verdicts.map(explainVerdict);
  if (r.gaps.length && !staleNote(r, asOf)) messages.push({ key: 'versions.gap', params: { lines: r.gaps } });
  return messages;
}
