/**
 * Query building for proof retrieval. Words, terms and stems come from the one text toolkit
 * (src/text), so retrieval and the rubric agree on what a word is.
 */
import { GENERIC_JOB_WORDS } from '../text/stopwords.ts';
import { stem, termKey, termTokens } from '../text/terms.ts';

/** Stems of the generic job words: matching only these never makes an item relevant. */
export const GENERIC_STEMS: ReadonlySet<string> = new Set([...GENERIC_JOB_WORDS].map((word) => stem(word)));

/** One distinct query term: its stem, the word the query used for it, and its weight. */
export interface QueryTerm {
  term: string;
  word: string;
  weight: number;
}

/**
 * A piece of query text and how much its terms count (a post's title counts more than its body).
 * Pass `tokens` instead of `text` when the text was already tokenized (and perhaps trimmed).
 */
export type QueryPart = { text: string; weight: number } | { tokens: readonly string[]; weight: number };

/**
 * Turns weighted text into distinct query terms, at most `limit` of them, in first-seen order. A
 * term seen in several parts keeps the highest weight. When a part has more new terms than there
 * is room for, its most frequent terms win (ties: first seen), so a 100 KB paste stays a bounded
 * query that still reflects what the text is about.
 */
export function buildQuery(parts: readonly QueryPart[], limit: number): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const part of parts) {
    const fresh = new Map<string, { word: string; count: number; first: number }>();
    const tokens = 'tokens' in part ? part.tokens : termTokens(part.text);
    tokens.forEach((token, index) => {
      const term = termKey(token);
      if (term === null) return;
      const existing = terms.get(term);
      if (existing !== undefined) {
        existing.weight = Math.max(existing.weight, part.weight);
        return;
      }
      const seen = fresh.get(term);
      if (seen === undefined) fresh.set(term, { word: token, count: 1, first: index });
      else seen.count += 1;
    });
    const room = Math.max(0, limit - terms.size);
    const chosen = [...fresh.entries()]
      .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
      .slice(0, room)
      .sort(([, a], [, b]) => a.first - b.first);
    for (const [term, { word }] of chosen) terms.set(term, { term, word, weight: part.weight });
  }
  return [...terms.values()];
}
