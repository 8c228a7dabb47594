/**
 * CVSS v3.0/v3.1 base score from a vector, following the formulas and the Roundup function of the
 * CVSS v3.1 specification (section 7). Only base metrics count; temporal and environmental
 * metrics in a vector are ignored, as the base score does.
 */

const weights = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** Roundup as CVSS v3.1 defines it: the smallest one-decimal number not below the input. */
function roundUp(value: number): number {
  const scaled = Math.round(value * 100000);
  return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}

export type Rating = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** The qualitative rating of a score (CVSS v3.1, table 14). */
export function ratingOf(score: number): Rating {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

/** The base score and rating of a CVSS:3.x vector, or undefined when the vector is not one. */
export function cvss3BaseScore(vector: string): { score: number; rating: Rating } | undefined {
  const parts = vector.split('/');
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return undefined;
  const m: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const [key, value] = part.split(':');
    if (!key || !value || key in m) return undefined;
    m[key] = value;
  }
  const get = <T extends Record<string, number>>(table: T, key: string): number | undefined =>
    m[key] !== undefined && m[key]! in table ? table[m[key] as keyof T] : undefined;
  const scope = m.S;
  if (scope !== 'U' && scope !== 'C') return undefined;
  const av = get(weights.AV, 'AV');
  const ac = get(weights.AC, 'AC');
  const ui = get(weights.UI, 'UI');
  const pr = m.PR === 'N' ? 0.85 : m.PR === 'L' ? (scope === 'C' ? 0.68 : 0.62) : m.PR === 'H' ? (scope === 'C' ? 0.5 : 0.27) : undefined;
  const c = get(weights.CIA, 'C');
  const i = get(weights.CIA, 'I');
  const a = get(weights.CIA, 'A');
  if ([av, ac, ui, pr, c, i, a].some((x) => x === undefined)) return undefined;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  const score = impact <= 0 ? 0 : scope === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
  return { score, rating: ratingOf(score) };
}
