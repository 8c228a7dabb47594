/**
 * What a translated MDX body must keep from the English one, read from the source text: its
 * headings (level and order), its links, its import lines. Fenced code is skipped.
 */

/** The body without fenced code blocks, whose lines are not prose. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** The ## and ### headings of a body, in order. */
export function bodyHeadings(body: string): { depth: 2 | 3; text: string }[] {
  return [...withoutCode(body).matchAll(/^(#{2,3})[ \t]+(.+?)[ \t#]*$/gm)].map((m) => ({ depth: m[1]!.length as 2 | 3, text: m[2]!.trim() }));
}

/** Link targets: Markdown links and literal href attributes, in order. */
export function bodyLinks(body: string): string[] {
  const text = withoutCode(body);
  return [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/\bhref=["']([^"']+)["']/g)].map((m) => m[1]!),
  ];
}

/**
 * The body's import lines, with the climb to the project root left out, since a translation
 * sits one folder deeper than its English original.
 */
export function bodyImports(body: string): string[] {
  return [...body.matchAll(/^import\s.+$/gm)].map((m) => m[0].replace(/(['"])(?:\.\.\/)+/g, '$1').trim());
}

/** The `{placeholder}` names of a text, sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
