import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The WCAG levels every page must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations on the page as it is now, one line each.
 *
 * The same rules and the same engine as `@axe-core/playwright`'s `AxeBuilder.analyze()`, run
 * the cheap way: the engine is put into the page once (a second call, for instance after
 * switching to dark mode, reuses it), `axe.run` runs in the page itself rather than through
 * AxeBuilder's extra blank page for `finishRun`, and only violations are collected (passing
 * nodes are not serialised). On the 2-core machine this takes a page's two runs from about
 * 2.6 s to about 0.8 s. The site has no iframes (the quality gates would fail on a request to
 * another origin), so there is nothing for the frame-by-frame mode to reach.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, wcagTags);
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join('; ')})`);
}
