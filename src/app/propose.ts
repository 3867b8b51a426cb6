import { z } from 'zod';
import { proofIds } from '../domain/library-memo.ts';
import { parseJobPost } from '../parse/parse-job-post.ts';
import { requireJobPost } from '../parse/looks-like-post.ts';
import { guardDraft } from '../rubric/guard-draft.ts';
import { scoreProposal } from '../rubric/run-rubric.ts';
import type { RubricContext } from '../rubric/types.ts';
import { checkEngineOutput } from '../domain/check-engine-output.ts';
import type { Clock, Engine, ProofRanker, ProposalDraft, ProposeContext, Store, WithUsage } from '../domain/ports.ts';
import { gapMarkers } from '../domain/gaps.ts';
import { postKey } from '../domain/post-key.ts';
import { newDraftId } from '../domain/draft-record.ts';
import { postFields } from './post-fields.ts';
import { distinctWork } from './distinct-work.ts';
import { RELEVANCE, REUSE, TOP_PROOF } from '../domain/judgement.ts';
import { reuseCandidates } from '../rubric/proposal/p21-reuse.ts';
import { AcceptedInstructions, JobPostInput, Length, Proposal, ScreeningAnswer, Tone, Variant, type Finding } from '../domain/schemas.ts';
import { resolveAccepted } from '../parse/accept-instructions.ts';
import { sumUsage } from '../domain/usage.ts';
import { parseOrThrow } from '../domain/validate.ts';

export interface ProposeDeps {
  engine: Engine;
  store: Store;
  clock: Clock;
  /** Ranks the library against the post; main.ts wires one that reuses its index across calls. */
  ranker: ProofRanker;
}

export const ProposeRequest = z.object({
  jobPost: JobPostInput,
  tone: Tone.optional(),
  length: Length.optional(),
  variant: Variant.optional(),
  /** Client instructions of this post the user accepts, by number (from 1) or value; the draft follows these. */
  acceptedInstructions: AcceptedInstructions.optional(),
});
export type ProposeRequest = z.infer<typeof ProposeRequest>;

const DraftShape = z.object({
  text: z.string().trim().min(1, 'the draft is empty'),
  citations: z.array(z.string()),
  screeningAnswers: z.array(ScreeningAnswer),
});

interface Prepared {
  context: ProposeContext;
  rubric: RubricContext;
  key: string;
}

async function prepare(request: ProposeRequest, { store, ranker }: ProposeDeps): Promise<Prepared> {
  const { jobPost, tone, length, variant, acceptedInstructions } = parseOrThrow(ProposeRequest, request, 'The proposal request');
  const post = requireJobPost(parseJobPost(jobPost));
  const accepted = resolveAccepted(post.instructions, acceptedInstructions ?? []);
  const [profile, library, earlier] = await Promise.all([
    store.getProfile(),
    store.listProof(),
    store.listDrafts({ limit: REUSE.earlierDrafts }).then((page) => page.items),
  ]);
  const relevant = ranker.rank(library, post, RELEVANCE.rubricDepth);
  const proof = distinctWork(relevant, TOP_PROOF);
  const options = { tone: tone ?? profile.tone, length: length ?? 'standard', variant: variant ?? 0 };
  const key = postKey(post.text);
  const earlierDrafts = reuseCandidates(earlier, key);
  return {
    context: { post, profile, proof, options, accepted },
    rubric: { post, proof: library, relevant: relevant.map((ranked) => ranked.match), profile, earlierDrafts, accepted },
    key,
  };
}

interface Scored {
  draft: ProposalDraft;
  findings: Finding[];
  /** The findings that send a draft back for revision. */
  revise: Finding[];
}

/**
 * Warnings worth a revision besides every error: proof cited below the relevance threshold (P26)
 * and a screening question left unanswered or put off to a call (P10) are what a client filters bids on,
 * and the engine can fix both from what it was given.
 */
const REVISE_ON_WARNING: ReadonlySet<string> = new Set(['P10', 'P26']);

const sendsBack = (finding: Finding): boolean => finding.severity === 'error' || REVISE_ON_WARNING.has(finding.ruleId);

/**
 * Scores the draft as the engine wrote it (P04 reports any citation of proof the library lacks),
 * then keeps only the citations that exist.
 */
function score(raw: unknown, engine: string, rubric: RubricContext): Scored {
  const draft = checkEngineOutput(DraftShape, raw, engine);
  const { findings } = scoreProposal(draft, rubric);
  const known = proofIds(rubric.proof);
  const checked = { ...draft, citations: [...new Set(draft.citations)].filter((id) => known.has(id)) };
  return { draft: checked, findings, revise: findings.filter(sendsBack) };
}

const errorCount = (scored: Scored): number => scored.findings.filter((finding) => finding.severity === 'error').length;

/** Negative when `a` is the better draft: fewer errors, then fewer findings worth a revision, then fewer findings. */
function compareScored(a: Scored, b: Scored): number {
  return errorCount(a) - errorCount(b) || a.revise.length - b.revise.length || a.findings.length - b.findings.length;
}

/**
 * Revises once, with those findings, when the draft fails an error rule or a warning worth a
 * revision and the engine can revise; keeps whichever draft scores better.
 */
async function finish(first: WithUsage<ProposalDraft>, prepared: Prepared, deps: ProposeDeps): Promise<Proposal> {
  let best = score(first, deps.engine.name, prepared.rubric);
  let usage = sumUsage(first.usage);
  if (best.revise.length > 0 && deps.engine.reviseProposal) {
    const revised = await deps.engine.reviseProposal(prepared.context, best.draft, best.revise);
    usage = sumUsage(usage, revised.usage);
    const second = score(revised, deps.engine.name, prepared.rubric);
    if (compareScored(second, best) < 0) best = second;
  }
  // The guard fixes what it can without guessing; the rubric then scores what will be returned.
  const guarded = guardDraft(best.draft, prepared.rubric);
  const draft = guarded.draft;
  const findings = guarded.changes.length === 0 ? best.findings : scoreProposal(draft, prepared.rubric).findings;
  const problems = findings.filter((finding) => finding.severity === 'error');
  const createdAt = deps.clock.now().toISOString();
  const id = newDraftId(createdAt, draft.text);
  const { post, options } = prepared.context;
  await deps.store.saveDraft({
    ...postFields(post, prepared.context.accepted),
    id,
    text: draft.text,
    createdAt,
    citations: draft.citations,
    screeningAnswers: draft.screeningAnswers,
    findings,
    engine: deps.engine.name,
    model: deps.engine.model,
    usage,
    ...options,
    kind: 'proposal',
  });
  return Proposal.parse({
    ...draft,
    gaps: gapMarkers(draft.text, ...draft.screeningAnswers.map((entry) => entry.answer)),
    instructions: post.instructions,
    acceptedInstructions: prepared.context.accepted,
    findings,
    guard: { ok: problems.length === 0, changes: guarded.changes, problems },
    engine: deps.engine.name,
    usage,
    draftId: id,
  });
}

/**
 * Drafts a diagnosis-first proposal grounded in the freelancer's proof, scores it with the rubric
 * (revising once when an error rule or a warning worth a revision fails), and keeps it so later drafts can be checked for reuse.
 */
export async function propose(request: ProposeRequest, deps: ProposeDeps): Promise<Proposal> {
  const prepared = await prepare(request, deps);
  return finish(await deps.engine.propose(prepared.context), prepared, deps);
}

export type ProposeEvent = { type: 'partial'; draft: Partial<ProposalDraft> } | { type: 'final'; proposal: Proposal };

/** The same as `propose`, yielding partial drafts as the engine produces them, then the final proposal. */
export async function* proposeStream(request: ProposeRequest, deps: ProposeDeps): AsyncGenerator<ProposeEvent> {
  const prepared = await prepare(request, deps);
  const stream = deps.engine.streamProposal(prepared.context);
  for await (const draft of stream.partials) yield { type: 'partial', draft };
  yield { type: 'final', proposal: await finish(await stream.result, prepared, deps) };
}
