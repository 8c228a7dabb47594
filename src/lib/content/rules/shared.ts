import { isoDay } from '../../format/dates';
import type { ContentSet } from '../load';
import type { Problem } from '../problems';

/**
 * What every rule file shares. Rules read the raw frontmatter or YAML defensively rather than the
 * parsed data, so a file with a type error in one field still has its other fields checked in the
 * same run.
 */

/** A check across files, in the manner of browser-compat-data's linters. */
export interface ContentRule {
  name: string;
  description: string;
  check(content: ContentSet, context: { today: string }): Problem[];
}

/** A raw value as a list, or empty. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A raw value as text, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A raw value as an object, or empty. */
export function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A raw value as a YYYY-MM-DD day (YAML may have made it a Date), or undefined when it is not one. */
export function day(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = isoDay(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

/** The one "ids come from file names" check: an id must be usable in a URL. */
export function idIsSlug(file: string, id: string): Problem[] {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)
    ? []
    : [{ file, field: '(file name)', message: `"${id}" is not a valid id; rename the file to lowercase letters, digits and hyphens` }];
}

/** The one "the file says which it is" check: a field that must equal the file's name. */
export function fieldMatchesFileName(file: string, id: string, field: string, value: unknown): Problem[] {
  const declared = text(value);
  return declared === undefined || declared === id
    ? []
    : [{ file, field, message: `is "${declared}" but the file is named ${id}.yaml; rename one so they agree` }];
}

/**
 * The one "not in the future" check: a problem when `value` is a day after `today`. `advice`
 * says what the date should be instead ("use the date the facts were checked").
 */
export function notInFuture(file: string, field: string, value: unknown, today: string, advice: string): Problem[] {
  const d = day(value);
  return d && d > today ? [{ file, field, message: `${d} is in the future; ${advice}` }] : [];
}
