import { parseJobPost } from '../parse/parse-job-post.ts';
import { scoreTriage } from '../rubric/run-rubric.ts';
import { assessSignals } from '../parse/assess-signals.ts';
import { RELEVANCE, TOP_PROOF } from '../domain/judgement.ts';
import { checkEngineOutput } from '../domain/check-engine-output.ts';
import type { Engine, ProofRanker, Store } from '../domain/ports.ts';
import { Triage, type JobPostInput } from '../domain/schemas.ts';

export interface TriageDeps {
  engine: Engine;
  store: Store;
  /** Ranks the library against the post; main.ts wires one that reuses its index across calls. */
  ranker: ProofRanker;
}

/**
 * Reads a job post and tells the freelancer whether to bid: facts, signals, matching proof and a
 * verdict whose reasons each cite a signal. The result is scored by the triage rubric.
 */
export async function triage(input: JobPostInput, deps: TriageDeps): Promise<Triage> {
  const post = parseJobPost(input);
  const [profile, library] = await Promise.all([deps.store.getProfile(), deps.store.listProof()]);
  const relevant = deps.ranker.rank(library, post, RELEVANCE.rubricDepth);
  const proof = relevant.slice(0, TOP_PROOF);
  const signals = assessSignals(post.facts, profile);
  const judgement = await deps.engine.triage({ post, profile, proof, signals });
  const draft = checkEngineOutput(
    Triage.omit({ findings: true }),
    {
      ...judgement,
      facts: post.facts,
      screeningQuestions: post.screeningQuestions,
      instructions: post.instructions,
      redFlags: post.redFlags,
      budgetFit: signals.budgetFit,
      pricingAdvice: signals.pricingAdvice,
      competition: signals.competition,
      freshness: signals.freshness,
      connectsCost: signals.connectsCost,
      bestProof: proof.map((ranked) => ranked.match),
    },
    deps.engine.name,
  );
  const { findings } = scoreTriage(
    { ...draft, findings: [] },
    { post, proof: library, relevant: relevant.map((ranked) => ranked.match), profile, earlierDrafts: [] },
  );
  return { ...draft, findings };
}
