/**
 * Ranks the proof library against a job post with BM25 (minisearch) over each item's title, skills,
 * story (problem, approach, result) and context (client type, metric labels).
 *
 * Minimum relevance: an item is returned only when it matches at least one query term that is not
 * a generic term (GENERIC_TERMS in stopwords.ts: "data", "project", "work", "business", "client",
 * "experience", ...). Generic terms still add to the score of items that qualify. Stopwords never
 * match. Scores are rounded to 3 decimals and ties are broken by proof id, so the order is the same
 * on every run and whatever order the library is in.
 */
import type { RankedProof } from '../core/ports.ts';
import type { ParsedJobPost, ProofItem } from '../core/schemas.ts';
import { buildQuery, type QueryTerm } from './analyze.ts';
import { buildTermSearch } from './proof-index.ts';

/** A searchable proof library. */
export interface ProofIndex {
  /** The top `k` relevant items for free text, best first; [] when nothing qualifies. Never throws on any text. */
  search(query: string, k: number): RankedProof[];
}

// Bounds the analysis of one query, however long the pasted text is.
const MAX_QUERY_TERMS = 200;
const POST_WEIGHT = { title: 3, skills: 2, description: 1 };

/** Builds a search index over `items` (results refer to the given items; nothing is copied). */
export function createProofIndex(items: ProofItem[]): ProofIndex {
  const search = buildTermSearch(items);
  return {
    search: (query, k) => {
      const text = typeof query === 'string' ? query : '';
      return search(buildQuery([{ text, weight: 1 }], MAX_QUERY_TERMS), k);
    },
  };
}

/** The query a post asks: its title counts most, then its listed skills, then its description. */
function postQuery(post: ParsedJobPost): QueryTerm[] {
  const { facts } = post;
  return buildQuery(
    [
      { text: facts.title ?? '', weight: POST_WEIGHT.title },
      { text: facts.skills.join('\n'), weight: POST_WEIGHT.skills },
      // The parsed description leaves out the page's metadata lines; fall back to the whole paste.
      { text: facts.description || post.text, weight: POST_WEIGHT.description },
    ],
    MAX_QUERY_TERMS,
  );
}

/** The `k` proof items most relevant to `post`, best first, each with the post's words it matched. */
export function rankProof(items: ProofItem[], post: ParsedJobPost, k = 3): RankedProof[] {
  if (items.length === 0) return [];
  return buildTermSearch(items)(postQuery(post), k);
}
