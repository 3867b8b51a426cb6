import { z } from 'zod';
import { parseJobPost } from '../parse/parse-job-post.ts';
import { scoreProposalInTurns } from '../rubric/run-rubric.ts';
import type { RubricConfig } from '../rubric/types.ts';
import { gapMarkers } from '../domain/gaps.ts';
import { boundedText, LIMITS, tooLong } from '../domain/limits.ts';
import { postKey } from '../domain/post-key.ts';
import { RELEVANCE, REUSE } from '../domain/judgement.ts';
import { reuseCandidates } from '../rubric/proposal/p21-reuse.ts';
import type { ProofRanker, Store } from '../domain/ports.ts';
import { AcceptedInstructions, Id, JobPostInput, type LintReport, ScreeningAnswer } from '../domain/schemas.ts';
import { resolveAccepted } from '../parse/accept-instructions.ts';
import { parseOrThrow } from '../domain/validate.ts';

export interface LintDeps {
  store: Store;
  /** Judges which proof is relevant to the post, as triage and drafting do. */
  ranker: ProofRanker;
}

export const LintRequest = z
  .object({
    text: boundedText('draft', LIMITS.draftChars).refine((text) => text.trim().length > 0, 'the draft is empty: paste the proposal text to check'),
    jobPost: JobPostInput.nullable().optional(),
    citations: z.array(Id).optional(),
    screeningAnswers: z.array(ScreeningAnswer).max(50).optional(),
    /** Client instructions of the job post the writer accepted, by number (from 1) or value; P28 checks them. */
    acceptedInstructions: AcceptedInstructions.optional(),
  })
  .check((ctx) => {
    // The answers are checked with the draft, so the limit counts them together.
    const size = ctx.value.text.length + (ctx.value.screeningAnswers ?? []).reduce((sum, entry) => sum + entry.answer.length, 0);
    if (size > LIMITS.draftChars)
      ctx.issues.push({ code: 'custom', input: ctx.value, message: tooLong('draft with its screening answers', size, LIMITS.draftChars) });
  })
  .refine((request) => (request.acceptedInstructions ?? []).length === 0 || (request.jobPost !== undefined && request.jobPost !== null), {
    message: 'accepted instructions belong to a job post: give the job post too',
    path: ['acceptedInstructions'],
  });
export type LintRequest = z.infer<typeof LintRequest>;

/**
 * Checks any draft, a person's or a model's, against the proposal rubric, with the job post and
 * the proof library as context when given.
 */
export async function lint(request: LintRequest, deps: LintDeps, config?: RubricConfig): Promise<LintReport> {
  const { text, jobPost, citations, screeningAnswers, acceptedInstructions } = parseOrThrow(LintRequest, request, 'The lint request');
  const post = jobPost === undefined || jobPost === null ? null : parseJobPost(jobPost);
  const accepted = post === null ? [] : resolveAccepted(post.instructions, acceptedInstructions ?? []);
  const [profile, library, earlier] = await Promise.all([
    deps.store.getProfile(),
    deps.store.listProof(),
    deps.store.listDrafts({ limit: REUSE.earlierDrafts }).then((page) => page.items),
  ]);
  // The draft being linted may itself be stored, or be an edit of a draft for the same post.
  const earlierDrafts = reuseCandidates(earlier, post === null ? null : postKey(post.text), text);
  const subject = { text, citations: citations ?? [], screeningAnswers: screeningAnswers ?? [] };
  const relevant = post === null ? undefined : deps.ranker.rank(library, post, RELEVANCE.rubricDepth).map((ranked) => ranked.match);
  const { findings, passed } = await scoreProposalInTurns(
    subject,
    { post, proof: library, ...(relevant && { relevant }), profile, earlierDrafts, accepted },
    config,
  );
  return {
    findings,
    passed,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warn').length,
    instructions: post?.instructions ?? [],
    acceptedInstructions: accepted,
    gaps: gapMarkers(text, ...subject.screeningAnswers.map((entry) => entry.answer)),
  };
}
