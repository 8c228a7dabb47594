import { expect, type Locator, type Page } from '@playwright/test';

/** The phone the flagship pages are laid out for first. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/**
 * A page opens with its answer and then its first figure: in the DOM both come before the first
 * table in <main> (the evidence), and on the first screen both are visible whole, without
 * scrolling.
 */
export async function expectAnswerFirst(page: Page, answer: Locator, figure: Locator) {
  await expect(answer).toBeVisible();
  await expect(figure).toBeVisible();
  const firstTable = page.locator('main table').first();
  const handles = await Promise.all([answer, figure, firstTable].map((l) => l.elementHandle()));
  const order = await page.evaluate(([a, f, table]) => {
    const precedes = (x: Node, y: Node) => !!(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { answerBeforeFigure: precedes(a!, f!), figureBeforeTable: precedes(f!, table!), answerBeforeTable: precedes(a!, table!) };
  }, handles);
  expect(order).toEqual({ answerBeforeFigure: true, figureBeforeTable: true, answerBeforeTable: true });
  const height = page.viewportSize()!.height;
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const [name, locator] of [['answer', answer], ['figure', figure]] as const) {
    const box = (await locator.boundingBox())!;
    expect(box.y, `${name} starts on the first screen`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${name} ends on the first screen (${height} px)`).toBeLessThanOrEqual(height);
  }
}
