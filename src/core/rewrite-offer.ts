import { z } from 'zod';
import { createProofIndex } from '../retrieval/rank-proof.ts';
import { scoreOffer } from '../rubric/run-rubric.ts';
import { checkEngineOutput } from './check-engine-output.ts';
import { LIMITS } from './limits.ts';
import type { Engine, ProofRanker, Store } from './ports.ts';
import { Offer } from './schemas.ts';
import { parseOrThrow } from './validate.ts';

export interface RewriteOfferDeps {
  engine: Engine;
  store: Store;
  /** Reuses a proof index across calls; without one the index is built for this call. */
  ranker?: ProofRanker;
}

export const OfferRequest = z.object({
  offer: z
    .string()
    .trim()
    .min(1, 'the offer is empty: describe the task you sell, e.g. "Write 10 blog posts"')
    .max(LIMITS.offerChars, `keep the offer under ${LIMITS.offerChars} characters: one service, in a sentence or two`),
});
export type OfferRequest = z.infer<typeof OfferRequest>;

const TOP_PROOF = 3;

/** Rewrites a task-shaped offer into an outcome-led one, backed by matching proof and scored. */
export async function rewriteOffer(request: OfferRequest, deps: RewriteOfferDeps): Promise<Offer> {
  const { offer } = parseOrThrow(OfferRequest, request, 'The offer');
  const [profile, library] = await Promise.all([deps.store.getProfile(), deps.store.listProof()]);
  const proof = deps.ranker?.search(library, offer, TOP_PROOF) ?? createProofIndex(library).search(offer, TOP_PROOF);
  const raw = await deps.engine.rewriteOffer({ offer, profile, proof });
  const draft = checkEngineOutput(Offer.omit({ findings: true, engine: true }), raw, deps.engine.name);
  const known = new Set(library.map((item) => item.id));
  const checked = { ...draft, proof: draft.proof.filter((id) => known.has(id)), engine: deps.engine.name };
  const { findings } = scoreOffer(checked, { post: null, proof: library, profile, earlierDrafts: [] });
  return { ...checked, findings };
}
