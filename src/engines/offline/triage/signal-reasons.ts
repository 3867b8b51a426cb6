/**
 * Reasons from the signals the core computed (budget, pricing, competition, freshness, Connects) and
 * from the proof match. Each reason cites its signal and the fact behind it.
 */
import { CROWDING } from '../../../domain/judgement.ts';
import type { RankedProof, TriageSignals } from '../../../domain/ports.ts';
import type { ParsedJobPost, Reason } from '../../../domain/schemas.ts';

/**
 * Whether the library has proof for this post: the strongest argument for bidding at all.
 * `relevant` are the ranked items that are real evidence; `ranked` is everything retrieval found.
 */
export function proofReason(proof: readonly RankedProof[]): Reason {
  // Retrieval returns only items that are evidence for the post, so an empty list means none is.
  const best = proof[0];
  if (best === undefined) {
    return { signal: 'proof', effect: 'negative', text: 'No proof item in your library matches this post, so a bid would rest on claims alone.' };
  }
  const terms = best.match.matchedTerms.slice(0, 3);
  const matched = terms.length > 0 ? ` (matches ${terms.join(', ')})` : '';
  return { signal: 'proof', effect: 'positive', text: `Relevant proof: "${best.item.title}"${matched}.` };
}

/** Budget against the profile's floor; a budget below the floor is a reason to skip. */
export function budgetReason(signals: TriageSignals): Reason {
  const { status, detail } = signals.budgetFit;
  if (status === 'below_floor') return { signal: 'budget', effect: 'negative', text: detail };
  if (status === 'fair' || status === 'above_target') return { signal: 'budget', effect: 'positive', text: detail };
  return { signal: 'budget', effect: 'neutral', text: detail };
}

/** Hourly-versus-fixed advice; negative only when a fixed price meets work that will keep changing. */
export function pricingReason(signals: TriageSignals, post: ParsedJobPost): Reason | null {
  const { status, detail } = signals.pricingAdvice;
  if (status === 'unknown' || detail.trim().length === 0) return null;
  const trap = status === 'hourly' && post.facts.budget.type === 'fixed';
  return { signal: 'pricing', effect: trap ? 'negative' : 'neutral', text: detail };
}

/** How crowded the job is; the crowding facts (CROWDING) count too. */
export function competitionReason(signals: TriageSignals, post: ParsedJobPost): Reason | null {
  const { status, detail } = signals.competition;
  const { proposals, interviewing } = post.facts;
  const crowded = status === 'high' || (proposals?.min ?? 0) >= CROWDING.proposals || (interviewing ?? 0) >= CROWDING.interviewing;
  if (crowded) return { signal: 'competition', effect: 'negative', text: `Crowded: ${detail}` };
  if (status === 'low') return { signal: 'competition', effect: 'positive', text: `Little competition so far: ${detail}` };
  if (status === 'medium') return { signal: 'competition', effect: 'neutral', text: detail };
  return null;
}

/** How old the post is; an old post has often been filled already. */
export function freshnessReason(signals: TriageSignals): Reason | null {
  const { status, detail } = signals.freshness;
  if (status === 'stale') return { signal: 'freshness', effect: 'negative', text: detail };
  if (status === 'fresh') return { signal: 'freshness', effect: 'positive', text: detail };
  if (status === 'recent') return { signal: 'freshness', effect: 'neutral', text: detail };
  return null;
}

/** What applying costs, when the post shows it. */
export function connectsReason(signals: TriageSignals): Reason | null {
  const cost = signals.connectsCost;
  if (cost === null) return null;
  return {
    signal: 'connects',
    effect: 'neutral',
    text: `Applying costs ${cost.connects} Connects (about $${cost.dollars.toFixed(2)}).`,
  };
}
