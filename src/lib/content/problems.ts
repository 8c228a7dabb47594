import type { z } from 'astro/zod';

/** One thing wrong with one field of one content file. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** Dotted path of the field inside the file, such as `sources.0.url`; `(file)` for the whole file. */
  field: string;
  /** What is wrong and what was expected, in one sentence. */
  message: string;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

/**
 * Turns zod issues into messages a contributor can act on: the field first, then what was
 * expected and what was found. Zod's own wording is kept only for messages we wrote ourselves.
 */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(frontmatter)';
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, named by the key itself, so the report points at the line.
      const prefix = issue.path.length ? `${issue.path.map(String).join('.')}.` : '';
      return issue.keys.map((key) => ({
        file,
        field: `${prefix}${key}`,
        message: 'is not a known field; check the spelling against src/schemas/ or remove it',
      }));
    }
    const found = issue.path.reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
      input,
    );
    let message: string;
    switch (issue.code) {
      case 'invalid_type': {
        const expected = typeNames[issue.expected] ?? issue.expected;
        message =
          found === undefined
            ? `is required (expected ${expected})`
            : `expected ${expected}, found ${describeValue(found)}`;
        break;
      }
      case 'invalid_value':
        message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(found)}`;
        break;
      default:
        message = `${issue.message}${found !== undefined && typeof found !== 'object' ? `; found ${describeValue(found)}` : ''}`;
    }
    return [{ file, field, message }];
  });
}

/** Sorts problems by file, then field, so reports are stable from run to run. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true }) || a.message.localeCompare(b.message));
}

/** Formats every problem as `file → field: message`, grouped by file, with a count first. */
export function formatProblems(problems: Problem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file));
  const lines = [
    `Content check failed: ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}.`,
  ];
  for (const p of sorted) lines.push(`  ${p.file} → ${p.field}: ${p.message}`);
  lines.push('Fix these in content/ and build again. Field rules are in src/schemas/.');
  return lines.join('\n');
}

/** Formats warnings like problems, for the build log; the build goes on. */
export function formatWarnings(warnings: Problem[]): string {
  const sorted = sortProblems(warnings);
  const files = new Set(sorted.map((p) => p.file));
  return [
    `Content warnings: ${sorted.length} in ${files.size} file${files.size === 1 ? '' : 's'} (the build goes on).`,
    ...sorted.map((p) => `  ${p.file} → ${p.field}: ${p.message}`),
  ].join('\n');
}
