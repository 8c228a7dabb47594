/**
 * Walks plain data (a parsed content file) for the two things every API response reports: the
 * newest day its facts were checked, and the documents they come from.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields that record when someone (or an importer) last checked a fact against its source. */
const CHECKED_FIELDS = new Set(['reviewed', 'checked']);

/** The newest `reviewed` or `checked` day anywhere in the values, or undefined when none has one. */
export function newestCheckedDay(values: readonly unknown[]): string | undefined {
  let newest: string | undefined;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (CHECKED_FIELDS.has(key) && typeof v === 'string' && DAY.test(v)) {
          if (!newest || v > newest) newest = v;
        } else visit(v);
      }
    }
  };
  values.forEach(visit);
  return newest;
}

/** Every `{ url, title }` document in the value, each URL once, in the order first met. */
export function collectSources(value: unknown): { url: string; title: string }[] {
  const seen = new Map<string, { url: string; title: string }>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.url === 'string' && typeof o.title === 'string' && /^https:\/\//.test(o.url)) {
        if (!seen.has(o.url)) seen.set(o.url, { url: o.url, title: o.title });
      }
      for (const [key, child] of Object.entries(o)) if (key !== 'links') visit(child);
    }
  };
  visit(value);
  return [...seen.values()];
}
