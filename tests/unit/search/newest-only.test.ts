import { describe, expect, it } from 'vitest';
import { newestOnly } from '../../../src/lib/search/newest-only';

/** A run function whose answers the test releases by hand. */
function manual() {
  const calls: { query: string; release: (value: string) => void; fail: (error: Error) => void; superseded: () => boolean }[] = [];
  const run = (query: string, superseded: () => boolean) =>
    new Promise<string>((resolve, reject) => calls.push({ query, release: resolve, fail: reject, superseded }));
  return { calls, run };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('newestOnly', () => {
  it('runs one query at a time and, of those that arrive meanwhile, only the newest', async () => {
    const { calls, run } = manual();
    const search = newestOnly(run);
    const a = search('c');
    const b = search('ca');
    const c = search('cal');
    expect(calls.map((x) => x.query)).toEqual(['c']);
    expect(calls[0]!.superseded()).toBe(true);
    expect(await b).toBeUndefined();
    calls[0]!.release('for c');
    // The answer for "c" is out of date: "cal" is waiting.
    expect(await a).toBeUndefined();
    await tick();
    expect(calls.map((x) => x.query)).toEqual(['c', 'cal']);
    expect(calls[1]!.superseded()).toBe(false);
    calls[1]!.release('for cal');
    expect(await c).toBe('for cal');
  });
  it('answers a lone query, and passes its failure on', async () => {
    const { calls, run } = manual();
    const search = newestOnly(run);
    const a = search('x');
    calls[0]!.release('done');
    expect(await a).toBe('done');
    const b = search('y');
    await tick();
    calls[1]!.fail(new Error('offline'));
    await expect(b).rejects.toThrow('offline');
  });
});
