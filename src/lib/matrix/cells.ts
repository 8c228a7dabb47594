/**
 * One matrix cell's value on its own: the interface strings for support levels, qualifiers and
 * conformance channels, the slug and comparison key of a value, how a survey cell's text is
 * read, the export text of a value, and the cell a Gateway API conformance report yields. Both
 * the build (matrix.ts) and the page's filter script use these, so they depend on nothing else.
 */
import type { SupportLevel } from '../../schemas/matrix';
import type { Message } from '../../i18n';
import type { GatewayApiReported } from '../conformance/gateway-api-row';
import type { SourceRef } from './matrix';

/** The interface string naming each support level, in the order the legend lists them. */
export const supportKeys = {
  yes: 'matrix.support.yes',
  partial: 'matrix.support.partial',
  paid: 'matrix.support.paid',
  plugin: 'matrix.support.plugin',
  no: 'matrix.support.no',
  unknown: 'matrix.support.unknown',
} as const satisfies Record<SupportLevel, string>;

/** The same levels as a qualifier after a list of values: "basic, jwt (paid edition only)". */
export const qualifierKeys = {
  partial: 'matrix.qualifier.partial',
  paid: 'matrix.qualifier.paid',
  plugin: 'matrix.qualifier.plugin',
  no: 'matrix.qualifier.no',
  unknown: 'matrix.qualifier.unknown',
} as const satisfies Record<Exclude<SupportLevel, 'yes'>, string>;

/** The channel's name, as the reports write it. */
export const channelKeys = {
  standard: 'conformance.channel.standard',
  experimental: 'conformance.channel.experimental',
} as const;

/** A stable, URL-safe form of a value: "Round-Robin" and "round robin" both become "round-robin". */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives a survey cell structure: "-" means no, "+" means yes, anything else is a
 * comma-separated list of values that the controller supports.
 */
export function parseSurveyCell(raw: string): { support: SupportLevel; values: string[] } {
  const text = raw.trim();
  if (text === '-') return { support: 'no', values: [] };
  if (text === '+') return { support: 'yes', values: [] };
  return { support: 'yes', values: text.split(/,\s*/).map((v) => v.trim()).filter(Boolean) };
}

/** Two cells are equal when their keys are: a cell with values compares by them, otherwise by support. */
export function comparisonKey(support: SupportLevel, values: readonly string[]): string {
  if (support === 'no' || support === 'unknown' || values.length === 0) return support;
  return [...new Set(values.map(slugify))].sort().join(' ');
}

/** The export text of a value: its values (qualified unless support is yes), or its support level. */
export function exportText(support: SupportLevel, values: readonly string[]): Message {
  if (values.length === 0) return { key: supportKeys[support] };
  if (support === 'yes') return { key: 'matrix.cell.values', params: { values } };
  return { key: 'matrix.cell.qualified', params: { values, qualifier: { key: qualifierKeys[support] } } };
}

/** The key of the footnote for a conformance report: stable as long as the implementation is. */
export const reportSourceKey = (value: GatewayApiReported) => `report-${slugify(`${value.organization} ${value.project}`)}`;

/** A derived cell's support, values, sentences and report, from a controller's conformance report. */
export function gatewayApiCell(value: GatewayApiReported): { support: SupportLevel; values: string[]; notes: Message[]; source: Omit<SourceRef, 'number'> } {
  const values = [...value.passed, ...value.partial, ...value.failed];
  const support: SupportLevel = value.partial.length === 0 && value.failed.length === 0 ? 'yes' : 'partial';
  const channel = { key: channelKeys[value.channel] };
  const notes: Message[] = [
    {
      key: 'matrix.derived.report',
      params: { implementation: value.project, implementationVersion: value.implementationVersion, gatewayAPIVersion: value.gatewayAPIVersion, channel },
    },
  ];
  if (value.passed.length) notes.push({ key: 'matrix.derived.passed', params: { profiles: value.passed } });
  if (value.partial.length) notes.push({ key: 'matrix.derived.partial', params: { profiles: value.partial } });
  if (value.failed.length) notes.push({ key: 'matrix.derived.failed', params: { profiles: value.failed } });
  if (!value.recent) notes.push({ key: 'matrix.derived.older', params: { version: value.version } });
  return {
    support,
    values,
    notes,
    source: {
      key: reportSourceKey(value),
      url: value.reportUrl,
      title: {
        key: 'matrix.derived.reportTitle',
        params: { implementation: value.project, implementationVersion: value.implementationVersion, gatewayAPIVersion: value.gatewayAPIVersion, channel },
      },
    },
  };
}
