/** Strict readers for upstream values: every check names what it expected. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The UTC day of an ISO timestamp such as 2025-02-06T20:03:44Z, or undefined when it is not one. */
export function dayOfTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** A parsed x.y.z version. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** The line, "x.y". */
  line: string;
  /** The canonical text, "x.y.z". */
  text: string;
}

/** Reads "1.29.14" (or "v1.29.14", as some feed entries write it); anything else is undefined. */
export function parseVersion(value: unknown): Version | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(value);
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { major, minor, patch, line: `${major}.${minor}`, text: `${major}.${minor}.${patch}` };
}

/** Reads a Kubernetes line such as "1.31" (text, since the copies are read without YAML typing). */
export function parseLine(value: unknown): { major: number; minor: number; text: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+)\.(\d+)$/.exec(value);
  return m ? { major: Number(m[1]), minor: Number(m[2]), text: value } : undefined;
}

/** Orders x.y.z versions numerically. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** Orders "1.9" before "1.10". */
export function compareLines(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Shows a value in a message: text in quotes, other things by kind. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The first 7 digits of a commit, for keys and titles. */
export const short = (commit: string) => commit.slice(0, 7);

/** A GitHub link to a file at a commit. */
export const blobUrl = (repository: string, commit: string, path: string) => `https://github.com/${repository}/blob/${commit}/${path}`;
