/**
 * A response shortened for the API page: every list keeps its first item, and a map of many
 * objects (such as a matrix's sources) keeps its first two entries, so each example stays a
 * screenful while showing every kind of field. The result is still valid JSON of the same shape.
 */
export function shortenExample(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 1).map(shortenExample);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const isMap = entries.length > 4 && entries.every(([, v]) => v && typeof v === 'object' && !Array.isArray(v));
    return Object.fromEntries((isMap ? entries.slice(0, 2) : entries).map(([k, v]) => [k, shortenExample(v)]));
  }
  return value;
}
