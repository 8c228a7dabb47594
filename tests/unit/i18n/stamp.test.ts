import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/content/check';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const stamp = (dir: string, ...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'scripts/i18n-stamp.ts'), '--content', join(dir, 'content'), ...args], { cwd: dir, encoding: 'utf8' });

describe('npm run i18n:stamp', () => {
  it('stamps what is unstamped, leaves outdated translations for a person to update, and restamps named files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-stamp-'));
    try {
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      const calico = join(dir, 'content/zh-cn/components/calico.mdx');
      // calico loses its stamp; flannel's English changes after it was translated.
      writeFileSync(calico, readFileSync(calico, 'utf8').replace(/^translationOf: .*\n/m, ''));
      const english = join(dir, 'content/components/flannel.mdx');
      writeFileSync(english, readFileSync(english, 'utf8').replace('Small CNI network fabric', 'A small CNI network fabric'));
      const warningsOf = () => checkContent(dir).warnings.filter((w) => w.field === 'translationOf').map((w) => `${w.file}: ${w.message.split(';')[0]!.split(',')[0]}`);
      expect(warningsOf()).toEqual(['content/zh-cn/components/calico.mdx: is missing', expect.stringMatching(/^content\/zh-cn\/components\/flannel.mdx: is [0-9a-f]{12}$/)]);

      const output = stamp(dir);
      expect(output).toContain('content/zh-cn/components/calico.mdx: translationOf');
      expect(output).toMatch(/Outdated .*\n {2}content\/zh-cn\/components\/flannel\.mdx/);
      expect(warningsOf()).toEqual([expect.stringMatching(/^content\/zh-cn\/components\/flannel.mdx: is [0-9a-f]{12}$/)]);
      // Only the translationOf line was added, at the top of the frontmatter.
      expect(readFileSync(calico, 'utf8')).toBe(readFileSync(join(root, 'content/zh-cn/components/calico.mdx'), 'utf8'));

      stamp(dir, join(dir, 'content/zh-cn/components/flannel.mdx'));
      expect(warningsOf()).toEqual([]);
      expect(stamp(dir)).toMatch(/Stamped 0 translations; \d+ already up to date\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
