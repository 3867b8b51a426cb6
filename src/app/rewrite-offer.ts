import { z } from 'zod';
import { scoreOffer } from '../rubric/run-rubric.ts';
import { checkEngineOutput } from '../domain/check-engine-output.ts';
import { RELEVANCE, TOP_PROOF } from '../domain/judgement.ts';
import { distinctWork } from './distinct-work.ts';
import { boundedText } from '../domain/bounded-text.ts';
import { LIMITS } from '../domain/limits.ts';
import type { Engine, ProofRanker, Store } from '../domain/ports.ts';
import { Offer } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';

export interface RewriteOfferDeps {
  engine: Engine;
  store: Store;
  /** Ranks the library against the post; main.ts wires one that reuses its index across calls. */
  ranker: ProofRanker;
}

export const OfferRequest = z.object({
  offer: boundedText('offer', LIMITS.offerChars, 'Describe one service in a sentence or two.')
    .trim()
    .min(1, 'the offer is empty: describe the task you sell, e.g. "Write 10 blog posts"'),
});
export type OfferRequest = z.infer<typeof OfferRequest>;

/** Rewrites a task-shaped offer into an outcome-led one, backed by matching proof and scored. */
export async function rewriteOffer(request: OfferRequest, deps: RewriteOfferDeps): Promise<Offer> {
  const { offer } = parseOrThrow(OfferRequest, request, 'The offer');
  const [profile, library] = await Promise.all([deps.store.getProfile(), deps.store.listProof()]);
  const proof = distinctWork(deps.ranker.search(library, offer, RELEVANCE.rubricDepth), TOP_PROOF);
  const raw = await deps.engine.rewriteOffer({ offer, profile, proof });
  const draft = checkEngineOutput(Offer.omit({ findings: true, engine: true }), raw, deps.engine.name);
  const known = new Set(library.map((item) => item.id));
  const checked = { ...draft, proof: draft.proof.filter((id) => known.has(id)), engine: deps.engine.name };
  const { findings } = scoreOffer(checked, { post: null, proof: library, profile, earlierDrafts: [] });
  return { ...checked, findings };
}
