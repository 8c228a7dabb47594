// Loads the names search (fuse.js, the engine and the prebuilt index) on first need, and runs it
// where it is fastest for the index's size. Measured with `npm run bench:search` on a shared
// 2-core machine: with today's index (135 KB) the page's own thread answers a keystroke in
// 5-7 ms (95th percentile) with no task over 50 ms, while a worker's two thread hops added
// 15-25 ms there; with an index 10 times larger (1.5 MB) the page still answered in 9 ms but
// loading it blocked the page for 64 ms; at 100 times (15 MB) the page's thread took 64 ms a
// keystroke and blocked for over 100 ms, a worker 35-39 ms and never blocked. So an index up to
// `pageThreadLimit` is searched on the page, a larger one in a worker, which also parses it.
import type { SearchHit } from '../../lib/search/engine';
import type { SearchReply, SearchRequest } from '../../lib/search/worker-protocol';
import { groupHits } from '../../lib/search/group';
import { newestOnly } from '../../lib/search/newest-only';

/** The largest index, in bytes of JSON, searched on the page's own thread (about 7 times today's). */
export const pageThreadLimit = 1_000_000;

/** Runs a query; several may be in flight. */
type RunSearch = (query: string, limit: number) => Promise<SearchHit[]>;

export interface LoadedSearch {
  /**
   * A search function for one field: it runs the newest query only, and resolves a query
   * that a newer one replaced before it ran to `undefined` (show nothing for it).
   */
  session: () => (query: string, limit: number) => Promise<SearchHit[] | undefined>;
  group: typeof groupHits;
  /** Where the engine runs, for the benchmark. */
  where: 'page' | 'worker';
}

let loading: Promise<LoadedSearch> | undefined;

/**
 * Fetches the index once per page and starts the engine beside it: on the page for an index
 * up to `pageThreadLimit`, in a worker for a larger one (or on the page when workers are not
 * available). The engine's script (fuse.js) is fetched at the same time as the index, so the
 * script every page loads stays small.
 */
export function loadSearch(indexUrl: string): Promise<LoadedSearch> {
  loading ??= start(new URL(indexUrl, window.location.href).href).then(({ run, where }) => ({
    session: () => {
      const newest = newestOnly(({ query, limit }: { query: string; limit: number }) => run(query, limit));
      return (query: string, limit: number) => newest({ query, limit });
    },
    group: groupHits,
    where,
  }));
  loading.catch(() => {
    // Let a later focus try again after a network hiccup.
    loading = undefined;
  });
  return loading;
}

async function start(url: string): Promise<{ run: RunSearch; where: LoadedSearch['where'] }> {
  const engine = import('../../lib/search/engine');
  // Only a failed fetch should fail the search; an unused engine script is not an error.
  engine.catch(() => undefined);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > pageThreadLimit && typeof Worker === 'function') {
    try {
      return { run: await inWorker(bytes), where: 'worker' };
    } catch {
      // A worker that cannot start (a policy, a missing file): search on the page after all.
    }
  }
  const search = (await engine).createSearch(JSON.parse(new TextDecoder().decode(bytes)));
  return { run: async (query, limit) => search(query, limit), where: 'page' };
}

function inWorker(bytes: ArrayBuffer): Promise<RunSearch> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    const pending = new Map<number, (hits: SearchHit[]) => void>();
    let next = 0;
    const run: RunSearch = (query, limit) =>
      new Promise((done) => {
        next += 1;
        pending.set(next, done);
        worker.postMessage({ type: 'search', id: next, query, limit } satisfies SearchRequest);
      });
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') resolve(run);
      else if (reply.type === 'failed') {
        worker.terminate();
        reject(new Error(reply.message));
      } else {
        pending.get(reply.id)?.(reply.hits);
        pending.delete(reply.id);
      }
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      reject(new Error('the search worker failed'));
    });
    // Handed over, not copied: the page keeps no second copy of a large index.
    worker.postMessage({ type: 'load', bytes } satisfies SearchRequest, [bytes]);
  });
}
