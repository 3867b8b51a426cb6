import { createHash } from 'node:crypto';
import type { ProofRanker, RankedProof } from '../domain/ports.ts';
import type { ParsedJobPost, ProofItem } from '../domain/schemas.ts';
import { postQuery, textQuery } from './build-query.ts';
import { buildTermSearch, type TermSearch } from './proof-index.ts';

/** Identifies a library by content, for a store that hands out a fresh copy on every read. */
function fingerprint(items: readonly ProofItem[]): string {
  return createHash('sha256').update(JSON.stringify(items)).digest('hex');
}

/**
 * Ranks like `rankProof` and `createProofIndex().search`, but keeps the last library's index and
 * rebuilds it only when the library changes. A long-lived server ranks every post against the same
 * library; at 10,000 items the index takes about half a second to build and a query a few milliseconds.
 * The store hands out the same array until the library changes, so the array's identity is checked
 * first; a different array is compared by content before the index is rebuilt.
 */
export function createProofRanker(): ProofRanker {
  let cached: { items: readonly ProofItem[]; key: string; search: TermSearch } | null = null;
  const searchFor = (items: ProofItem[]): TermSearch => {
    if (cached?.items === items) return cached.search;
    const key = fingerprint(items);
    cached = { items, key, search: cached?.key === key ? cached.search : buildTermSearch(items) };
    return cached.search;
  };
  return {
    rank: (items: ProofItem[], post: ParsedJobPost, k = 3): RankedProof[] => (items.length === 0 ? [] : searchFor(items)(postQuery(post), k)),
    search: (items: ProofItem[], query: string, k: number): RankedProof[] => (items.length === 0 ? [] : searchFor(items)(textQuery(query), k)),
    prepare: (items: ProofItem[]): void => {
      if (items.length > 0) searchFor(items);
    },
  };
}
