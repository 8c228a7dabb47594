// The search engine's own thread, for an index too large to search on the page's (see
// names-search.ts). It parses the index, builds the engine and answers queries, so that neither
// parsing a large index nor a slow query ever holds up typing or scrolling: the page only
// sends the query and lays out the few results it gets back.
import { createSearch, type Search } from '../../lib/search/engine';
import type { SearchReply, SearchRequest } from '../../lib/search/worker-protocol';

interface WorkerScope {
  postMessage(message: SearchReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

let engine: Promise<Search> | undefined;

function load(bytes: ArrayBuffer): Promise<Search> {
  engine ??= Promise.resolve().then(() => createSearch(JSON.parse(new TextDecoder().decode(bytes))));
  engine.then(
    () => scope.postMessage({ type: 'ready' }),
    (error: unknown) => {
      engine = undefined;
      scope.postMessage({ type: 'failed', message: String(error) });
    },
  );
  return engine;
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'load') {
    void load(request.bytes);
    return;
  }
  if (!engine) return;
  engine.then(
    (search) => scope.postMessage({ type: 'results', id: request.id, hits: search(request.query, request.limit) }),
    () => scope.postMessage({ type: 'results', id: request.id, hits: [] }),
  );
});
