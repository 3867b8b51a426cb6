import { createHash } from 'node:crypto';
import type { ProofRanker, RankedProof } from '../domain/ports.ts';
import type { ParsedJobPost, ProofItem } from '../domain/schemas.ts';
import { postQuery, textQuery } from './build-query.ts';
import { buildTermSearch, type TermSearch } from './proof-index.ts';

/** Identifies a library by content: the store hands out fresh copies, so identity says nothing. */
function fingerprint(items: readonly ProofItem[]): string {
  return createHash('sha256').update(JSON.stringify(items)).digest('hex');
}

/**
 * Ranks like `rankProof` and `createProofIndex().search`, but keeps the last library's index and
 * rebuilds it only when the library changes. A long-lived server ranks every post against the same
 * library; at 10,000 items the index takes over a second to build and a query a few milliseconds.
 */
export function createProofRanker(): ProofRanker {
  let cached: { key: string; search: TermSearch } | null = null;
  const searchFor = (items: ProofItem[]): TermSearch => {
    const key = fingerprint(items);
    if (cached?.key !== key) cached = { key, search: buildTermSearch(items) };
    return cached.search;
  };
  return {
    rank: (items: ProofItem[], post: ParsedJobPost, k = 3): RankedProof[] => (items.length === 0 ? [] : searchFor(items)(postQuery(post), k)),
    search: (items: ProofItem[], query: string, k: number): RankedProof[] => (items.length === 0 ? [] : searchFor(items)(textQuery(query), k)),
  };
}
