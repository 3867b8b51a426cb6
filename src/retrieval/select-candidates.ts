/**
 * Ordering and top-k selection of scored hits: best score first, then proof id, then position, so
 * the order is total and the same on every run whatever order the library is in.
 */
import type { ProofItem } from '../domain/schemas.ts';

/** A scored hit: the item's position in the index, the item, and its rounded score. */
export interface Candidate {
  key: number;
  item: ProofItem;
  score: number;
}

// Up to this many, the best candidates are kept by insertion instead of sorting every hit.
const INSERTION_LIMIT = 16;

/** Best first; ties by proof id, then by position. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.item.id !== b.item.id) return a.item.id < b.item.id ? -1 : 1;
  return a.key - b.key;
}

/** The best `limit` candidates in order, without sorting them all when `limit` is small. */
export function topCandidates(candidates: Candidate[], limit: number): Candidate[] {
  if (limit > INSERTION_LIMIT || limit >= candidates.length) return candidates.sort(compareCandidates).slice(0, limit);
  const best: Candidate[] = [];
  for (const candidate of candidates) {
    const last = best[best.length - 1];
    if (best.length === limit && last !== undefined && compareCandidates(candidate, last) >= 0) continue;
    let at = best.length;
    while (at > 0 && compareCandidates(candidate, best[at - 1] as Candidate) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * The best `limit` candidates that `accept` keeps, in order, each with what `accept` returned
 * (null rejects). Candidates are judged best first and only until `limit` are kept: judging costs
 * more than scoring, and on a large library most hits never come near the top.
 */
export function topAccepted<T>(candidates: Candidate[], limit: number, accept: (candidate: Candidate) => T | null): { candidate: Candidate; value: T }[] {
  const kept: { candidate: Candidate; value: T }[] = [];
  const judge = (ordered: readonly Candidate[], from: number): void => {
    for (let at = from; at < ordered.length && kept.length < limit; at += 1) {
      const candidate = ordered[at] as Candidate;
      const value = accept(candidate);
      if (value !== null) kept.push({ candidate, value });
    }
  };
  if (limit <= 0) return kept;
  const window = Math.min(candidates.length, Math.max(limit, INSERTION_LIMIT));
  judge(topCandidates(candidates, window), 0);
  // Too many of the best were rejected: order the rest too (the first `window` are the same ones).
  if (kept.length < limit && window < candidates.length) judge(candidates.sort(compareCandidates), window);
  return kept;
}
