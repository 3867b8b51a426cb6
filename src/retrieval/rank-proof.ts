/**
 * Ranks the proof library against a job post with BM25 (bm25.ts) over each item's title, skills,
 * story (problem, approach, result) and context (client type, metric labels), and returns only the
 * items that are evidence for the post (relevant-proof.ts): a skill of the item named whole in the
 * post, or a specific word both the post's lead (title, listed skills) and the item's title or
 * skills hold. Words shared only by chance ("track" from "proven track record") still add to the
 * score of an item that qualifies, but never qualify one and are not reported as matched.
 *
 * Client instructions in the post never reach the query (build-query.ts). Stopwords never match.
 * Scores are rounded to 3 decimals and ties are broken by proof id, so the order is the same on
 * every run and whatever order the library is in.
 */
import type { RankedProof } from '../domain/ports.ts';
import type { ParsedJobPost, ProofItem } from '../domain/schemas.ts';
import { postQuery, textQuery } from './build-query.ts';
import { buildTermSearch } from './proof-index.ts';

/** A searchable proof library. */
export interface ProofIndex {
  /**
   * The top `k` items that are evidence for free text (an offer), best first; [] when nothing
   * qualifies. A word counts as evidence only when the item's title or skills hold it, not its
   * story alone. Never throws on any text.
   */
  search(query: string, k: number): RankedProof[];
}

/** Builds a search index over `items` (results refer to the given items; nothing is copied). */
export function createProofIndex(items: ProofItem[]): ProofIndex {
  const search = buildTermSearch(items);
  return { search: (query, k) => search(textQuery(query), k) };
}

/**
 * The `k` proof items that are the best evidence for `post`, best first, each with the meaningful
 * words of the post it matched; [] when no item is evidence.
 */
export function rankProof(items: ProofItem[], post: ParsedJobPost, k = 3): RankedProof[] {
  if (items.length === 0) return [];
  return buildTermSearch(items)(postQuery(post), k);
}
