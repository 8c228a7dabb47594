// The page's side of full-text search: it starts the full-text worker on the first query and
// sends it the newest query only, once the reader has paused typing for a moment.
import type { FullTextHit } from '../../lib/search/full-text';
import { newestOnly } from '../../lib/search/newest-only';
import type { FullTextReply, FullTextRequest } from '../../lib/search/worker-protocol';

export interface FullTextResults {
  /** How many pages hold the words. */
  total: number;
  /** The first of them, in Pagefind's order. */
  hits: FullTextHit[];
}

/**
 * How long a query must stay unchanged before the full-text index is asked, in ms: names
 * answer every keystroke, but each full-text query may fetch a piece of the index and one
 * fragment per result, which is wasted on the letters of a word still being typed.
 */
const settle = 150;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let worker: Worker | undefined;
let next = 0;
const pending = new Map<number, { resolve: (results: FullTextResults) => void; reject: (error: Error) => void }>();

function ask(request: Omit<FullTextRequest, 'type' | 'id'>): Promise<FullTextResults> {
  if (!worker) {
    worker = new Worker(new URL('./full-text-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FullTextReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.type === 'results') waiting?.resolve({ total: reply.total, hits: reply.hits });
      else waiting?.reject(new Error(reply.message));
    });
    worker.addEventListener('error', () => {
      for (const waiting of pending.values()) waiting.reject(new Error('the full-text worker failed'));
      pending.clear();
      worker = undefined;
    });
  }
  next += 1;
  const id = next;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ type: 'search', id, ...request } satisfies FullTextRequest);
  });
}

/**
 * A full-text search function for one field, running only the newest query: a query that a
 * newer one replaced resolves to `undefined`. `bundle` is the address of the locale's
 * Pagefind folder (`/pagefind/`, `/zh-cn/pagefind/`).
 */
export function fullTextSession(bundle: string): (query: string, limit: number) => Promise<FullTextResults | undefined> {
  const absolute = new URL(bundle, window.location.href).href;
  const none: FullTextResults = { total: 0, hits: [] };
  const run = newestOnly(async ({ query, limit }: { query: string; limit: number }, superseded) => {
    await pause(settle);
    if (superseded()) return none;
    return ask({ bundle: absolute, query, limit });
  });
  return (query, limit) => run({ query, limit });
}
