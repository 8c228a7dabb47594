/** Calendar days as the data writes them: YYYY-MM-DD, in UTC. */

/** Today's date in UTC, as YYYY-MM-DD. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A day as YYYY-MM-DD from what YAML gives: js-yaml turns an unquoted 2026-11-25 into a Date,
 * a quoted one stays text. Anything else is returned as text for the error message.
 */
export function isoDay(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : String(value);
}
