import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';

/**
 * The files an import run means to write, kept in memory until every importer has finished and
 * every check has passed. Reads see planned content first, so a later importer builds on what an
 * earlier one planned (cves.ts adds fixes to the release files releases.ts planned).
 */
export class ContentPlan {
  readonly root: string;
  private readonly changes = new Map<string, string | null>();

  /** `root` is the project root; paths are relative to it, with forward slashes. */
  constructor(root: string) {
    this.root = root;
  }

  read(path: string): string | undefined {
    if (this.changes.has(path)) return this.changes.get(path) ?? undefined;
    const abs = join(this.root, path);
    return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  }

  /** Files directly in `folder` ending with `extension`, as planned. */
  list(folder: string, extension: string): string[] {
    const abs = join(this.root, folder);
    const onDisk = existsSync(abs) ? readdirSync(abs).filter((n) => n.endsWith(extension)).map((n) => `${folder}/${n}`) : [];
    const planned = [...this.changes.keys()].filter((p) => dirname(p) === folder && p.endsWith(extension));
    return [...new Set([...onDisk, ...planned])].filter((p) => this.changes.get(p) !== null).sort();
  }

  write(path: string, text: string): void {
    this.changes.set(path, text);
  }

  remove(path: string): void {
    this.changes.set(path, null);
  }

  /** Planned changes that differ from the disk, sorted by path. */
  pending(): { path: string; text: string | null }[] {
    return [...this.changes.entries()]
      .filter(([path, text]) => {
        const abs = join(this.root, path);
        const current = existsSync(abs) ? readFileSync(abs, 'utf8') : null;
        return current !== text;
      })
      .map(([path, text]) => ({ path, text }))
      .sort((a, b) => a.path.localeCompare(b.path));
  }
}

/** Thrown when the planned content would fail the site's own content check. */
export class PlannedContentInvalid extends Error {
  constructor(message: string) {
    super(`The import would leave content/ invalid, so nothing was written.\n${message}`);
    this.name = 'PlannedContentInvalid';
  }
}

/**
 * Writes the plan. First the whole of content/ is copied to a temporary folder, the plan applied
 * there and the site's content check run on it; only when that passes are the real files written,
 * each to a temporary name beside it and then renamed over the old one.
 */
export function applyPlan(plan: ContentPlan, options: { today?: string } = {}): { written: string[]; removed: string[] } {
  const pending = plan.pending();
  if (pending.length === 0) return { written: [], removed: [] };
  const stage = mkdtempSync(join(tmpdir(), 'k8s-atlas-sync-'));
  try {
    const content = join(plan.root, 'content');
    if (existsSync(content)) cpSync(content, join(stage, 'content'), { recursive: true });
    for (const { path, text } of pending) {
      const target = join(stage, path);
      if (text === null) rmSync(target, { force: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    }
    const { problems } = checkContent(stage, options.today ? { today: options.today } : {});
    if (problems.length) throw new PlannedContentInvalid(formatProblems(problems));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const written: string[] = [];
  const removed: string[] = [];
  for (const { path, text } of pending) {
    const target = join(plan.root, path);
    if (text === null) {
      rmSync(target, { force: true });
      removed.push(path);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.sync-${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, target);
      written.push(path);
    }
  }
  return { written, removed };
}
