// The full-text index's own thread. It loads Pagefind's script from the locale's bundle on the
// first query; Pagefind then fetches the pieces of the index and the result fragments each
// query needs and runs its WebAssembly here, never on the page's thread. The results leave as
// plain data (lib/search/full-text.ts): titles, addresses and the sentence around the words.
import { fullTextHit, type PagefindResultData } from '../../lib/search/full-text';
import type { FullTextReply, FullTextRequest } from '../../lib/search/worker-protocol';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface WorkerScope {
  postMessage(message: FullTextReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FullTextRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

/** Words of context Pagefind puts in an excerpt: enough for the sentence around a match, which sentenceAround cuts out (Chinese words are short, so it takes many). */
const excerptLength = 80;

let pagefind: Promise<PagefindModule> | undefined;

function load(bundle: string): Promise<PagefindModule> {
  pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>).then(async (module) => {
    // The addresses in the index already carry the base path and the locale (see
    // full-text-index.ts); Pagefind would otherwise put its bundle's folder in front of them.
    await module.options({ excerptLength, baseUrl: '/' });
    return module;
  });
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

scope.addEventListener('message', async ({ data: request }) => {
  try {
    const module = await load(request.bundle);
    const response = await module.search(request.query);
    const results = response?.results ?? [];
    const data = await Promise.all(results.slice(0, request.limit).map((result) => result.data()));
    scope.postMessage({ type: 'results', id: request.id, total: results.length, hits: data.map(fullTextHit) });
  } catch (error) {
    scope.postMessage({ type: 'failed', id: request.id, message: String(error) });
  }
});
