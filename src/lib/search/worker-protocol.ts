/** The messages between the page and the search worker (src/components/search/search-worker.ts). */
import type { SearchHit } from './engine';
import type { FullTextHit } from './full-text';

export type SearchRequest =
  /** Load the index from these bytes of JSON (the page fetched them); answered with `ready` or `failed`. */
  | { type: 'load'; bytes: ArrayBuffer }
  /** Search; answered with `results` carrying the same id. */
  | { type: 'search'; id: number; query: string; limit: number };

export type SearchReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'results'; id: number; hits: SearchHit[] };

/** The messages between the page and the full-text worker (src/components/search/full-text-worker.ts). */
export interface FullTextRequest {
  type: 'search';
  id: number;
  /** The address of the locale's Pagefind bundle, absolute. */
  bundle: string;
  query: string;
  /** How many results to fetch the text of. */
  limit: number;
}

export type FullTextReply =
  | { type: 'results'; id: number; total: number; hits: FullTextHit[] }
  | { type: 'failed'; id: number; message: string };
