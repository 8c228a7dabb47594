import yaml from 'js-yaml';

/**
 * A small, deterministic YAML writer for the files the importers own: top-level fields in a fixed
 * order, and one line per source, patch release, advisory or window (flow style), so a change
 * upstream shows up as a one-line diff.
 */

/** One value on one line, in YAML flow style. */
export function flow(value: unknown): string {
  return yaml.dump(value, { flowLevel: 0, lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false }).trimEnd();
}

export type Field =
  /** `key: value` on one line. */
  | { key: string; value: unknown; style?: 'line' }
  /** A mapping with one entry per line (`  name: {…}`). */
  | { key: string; value: Record<string, unknown>; style: 'map' }
  /** A list with one item per line (`  - {…}`). */
  | { key: string; value: unknown[]; style: 'list' };

const PLAIN_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function key(k: string): string {
  return PLAIN_KEY.test(k) ? k : flow(k);
}

/** Writes a document: comment lines first, then each field that has a value, in the order given. */
export function emitDocument(comments: string[], fields: Field[]): string {
  const lines = comments.map((c) => (c ? `# ${c}` : '#'));
  for (const field of fields) {
    if (field.value === undefined) continue;
    if (field.style === 'map') {
      const entries = Object.entries(field.value);
      if (entries.length === 0) lines.push(`${key(field.key)}: {}`);
      else lines.push(`${key(field.key)}:`, ...entries.map(([k, v]) => `  ${key(k)}: ${flow(v)}`));
    } else if (field.style === 'list') {
      if (field.value.length === 0) lines.push(`${key(field.key)}: []`);
      else lines.push(`${key(field.key)}:`, ...field.value.map((item) => `  - ${flow(item)}`));
    } else {
      lines.push(`${key(field.key)}: ${flow(field.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Drops undefined members so flow output never prints them. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
