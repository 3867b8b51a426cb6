import { parseJobPost } from '../parse/parse-job-post.ts';
import { postMarketContext } from '../parse/market-context.ts';
import { findMustHaves } from '../parse/must-haves.ts';
import { assessCriteria } from '../parse/pursuit-criteria.ts';
import { requireJobPost } from '../parse/looks-like-post.ts';
import { scoreTriage } from '../rubric/run-rubric.ts';
import { assessSignals } from '../parse/assess-signals.ts';
import { RELEVANCE, TOP_PROOF } from '../domain/judgement.ts';
import { applyVerdictCap, verdictCap } from '../domain/pursuit.ts';
import { checkEngineOutput } from '../domain/check-engine-output.ts';
import type { Engine, ProofRanker, Store } from '../domain/ports.ts';
import { Triage, type JobPostInput, type Profile, type ProofItem, type Reason } from '../domain/schemas.ts';
import { distinctWork } from './distinct-work.ts';

export interface TriageDeps {
  engine: Engine;
  store: Store;
  /** Ranks the library against the post; main.ts wires one that reuses its index across calls. */
  ranker: ProofRanker;
}

/**
 * Reads a job post and tells the freelancer whether to bid: facts, signals, the main deliverable,
 * relevant proof, must-haves, the five pursuit criteria and a verdict whose reasons each cite a
 * signal. The engine judges; the pursuit rule (domain/pursuit.ts) caps its verdict. The result is
 * scored by the triage rubric. Text that is not a job post is refused (INVALID_INPUT).
 */
export async function triage(input: JobPostInput, deps: TriageDeps): Promise<Triage> {
  const [profile, library] = await Promise.all([deps.store.getProfile(), deps.store.listProof()]);
  return triageWith(input, { profile, library }, deps);
}

/** The freelancer's side of a triage, read once for a batch of posts. */
export interface TriageData {
  profile: Profile;
  library: ProofItem[];
}

/** `triage` against a profile and library already read (a batch reads them once for all its posts). */
export async function triageWith(input: JobPostInput, { profile, library }: TriageData, deps: Omit<TriageDeps, 'store'>): Promise<Triage> {
  const post = requireJobPost(parseJobPost(input));
  const relevant = deps.ranker.rank(library, post, RELEVANCE.rubricDepth);
  const proof = distinctWork(relevant, TOP_PROOF);
  const signals = assessSignals(post.facts, profile);
  const judgement = await deps.engine.triage({ post, profile, proof, signals });
  const bestProof = proof.map((ranked) => ranked.match);
  const mustHaves = findMustHaves(post.facts, profile, library);
  const criteria = assessCriteria({
    deliverable: post.deliverable,
    bestProof,
    librarySize: library.length,
    signals,
    client: post.facts.client,
    aiExposure: judgement.aiExposure.level,
  });
  const { cap, why } = verdictCap(criteria, mustHaves);
  const verdict = applyVerdictCap(judgement.verdict, cap);
  const capped: Reason[] = verdict === judgement.verdict ? [] : [{ signal: 'criteria', effect: 'negative', text: `At most ${cap}: ${why.join('; ')}.` }];
  const draft = checkEngineOutput(
    Triage.omit({ findings: true }),
    {
      ...judgement,
      verdict,
      reasons: [...judgement.reasons, ...capped],
      deliverable: post.deliverable,
      criteria,
      mustHaves,
      facts: post.facts,
      screeningQuestions: post.screeningQuestions,
      instructions: post.instructions,
      redFlags: post.redFlags,
      budgetFit: signals.budgetFit,
      pricingAdvice: signals.pricingAdvice,
      competition: signals.competition,
      freshness: signals.freshness,
      connectsCost: signals.connectsCost,
      bestProof,
    },
    deps.engine.name,
  );
  const context = { post, proof: library, relevant: relevant.map((ranked) => ranked.match), profile, earlierDrafts: [] };
  const { findings } = scoreTriage({ ...draft, findings: [] }, context);
  // Market context is added after the verdict and the rubric: it is shown, never judged on.
  return { ...draft, findings, market: postMarketContext(post.deliverable, post.facts.budget) };
}
