import { z } from 'zod';
import { scoreProposalInTurns } from '../rubric/run-rubric.ts';
import type { RubricConfig } from '../rubric/types.ts';
import { gapMarkers } from '../domain/gaps.ts';
import { boundedText } from '../domain/bounded-text.ts';
import { LIMITS, tooLong } from '../domain/limits.ts';
import { postKey } from '../domain/post-key.ts';
import { RELEVANCE, REUSE } from '../domain/judgement.ts';
import { reuseCandidates } from '../rubric/proposal/p21-reuse.ts';
import type { Clock, RankerSource, Store } from '../domain/ports.ts';
import { DraftId, draftFamily, newDraftId, sameDraftText } from '../domain/draft-record.ts';
import { draftOrThrow } from './find-draft.ts';
import { nextVersion } from './show-draft.ts';
import { postFields } from './post-fields.ts';
import { AcceptedInstructions, Id, JobPostInput, type LintReport, ScreeningAnswer } from '../domain/schemas.ts';
import { resolveAccepted } from '../parse/accept-instructions.ts';
import { parseOrThrow } from '../domain/validate.ts';

export interface LintDeps {
  store: Store;
  /** Dates the draft kept in the history. */
  clock: Clock;
  /**
   * Judges which proof is relevant to the post, as triage and drafting do. Used only when there is a
   * post; a function is called then, so a draft checked on its own never loads the ranker.
   */
  ranker: RankerSource;
}

export const LintRequest = z
  .object({
    text: boundedText('draft', LIMITS.draftChars).refine((text) => text.trim().length > 0, 'the draft is empty: paste the proposal text to check'),
    jobPost: JobPostInput.nullable().optional(),
    citations: z.array(Id).optional(),
    screeningAnswers: z.array(ScreeningAnswer).max(50).optional(),
    /** Client instructions of the job post the writer accepted, by number (from 1) or value; P28 checks them. */
    acceptedInstructions: AcceptedInstructions.optional(),
    /** A kept draft this text is an edit of: its post, citations, answers and accepted instructions apply unless given, and its versions are not counted as reuse. */
    draftId: DraftId.optional(),
    /** Keep the draft in the history (default true; with `draftId`, as that draft's next version); a live check while typing sends false. */
    keep: z.boolean().optional(),
  })
  .check((ctx) => {
    // The answers are checked with the draft, so the limit counts them together.
    const size = ctx.value.text.length + (ctx.value.screeningAnswers ?? []).reduce((sum, entry) => sum + entry.answer.length, 0);
    if (size > LIMITS.draftChars)
      ctx.issues.push({ code: 'custom', input: ctx.value, message: tooLong('draft with its screening answers', size, LIMITS.draftChars) });
  })
  .refine(
    (request) =>
      (request.acceptedInstructions ?? []).length === 0 || request.draftId !== undefined || (request.jobPost !== undefined && request.jobPost !== null),
    {
      message: 'accepted instructions belong to a job post: give the job post (or the kept draft it came with) too',
      path: ['acceptedInstructions'],
    },
  );
export type LintRequest = z.infer<typeof LintRequest>;

// Loaded only for a post: a draft checked on its own never loads the post parser (a cold
// `bidwright lint` skips about 100 KB of parsing code and its patterns). Asked for once: a server
// lints many drafts, and each import() is resolved again.
let parser: Promise<typeof import('../parse/parse-job-post.ts')> | undefined;
const postParser = () =>
  (parser ??= import('../parse/parse-job-post.ts').catch((error: unknown) => {
    parser = undefined;
    throw error;
  }));

/**
 * Checks any draft, a person's or a model's, against the proposal rubric, with the job post and
 * the proof library as context when given.
 */
export async function lint(request: LintRequest, deps: LintDeps, config?: RubricConfig): Promise<LintReport> {
  const checked = parseOrThrow(LintRequest, request, 'The lint request');
  const base = checked.draftId === undefined ? null : await draftOrThrow(deps.store, checked.draftId);
  const { text } = checked;
  const jobPost = checked.jobPost ?? base?.jobPost ?? null;
  const citations = checked.citations ?? base?.citations ?? [];
  const screeningAnswers = checked.screeningAnswers ?? base?.screeningAnswers ?? [];
  const post = jobPost === null ? null : (await postParser()).parseJobPost(jobPost);
  const accepted = post === null ? [] : resolveAccepted(post.instructions, checked.acceptedInstructions ?? base?.acceptedInstructions ?? []);
  const [profile, library, earlier] = await Promise.all([
    deps.store.getProfile(),
    deps.store.listProof(),
    deps.store.listDrafts({ limit: REUSE.earlierDrafts }).then((page) => page.items),
  ]);
  // The draft being linted may itself be stored, or be an edit of a draft for the same post or of a kept draft.
  const others = base === null ? earlier : earlier.filter((draft) => draftFamily(draft) !== draftFamily(base));
  // A kept draft's text checked without a post answers that draft's post: its redrafts are not reuse, and it is not kept again.
  const key = post === null ? (earlier.find((draft) => sameDraftText(draft.text, text))?.postKey ?? null) : postKey(post.text);
  const earlierDrafts = reuseCandidates(others, key, text);
  const subject = { text, citations, screeningAnswers };
  const relevant =
    post === null
      ? undefined
      : (typeof deps.ranker === 'function' ? await deps.ranker() : deps.ranker).rank(library, post, RELEVANCE.rubricDepth).map((ranked) => ranked.match);
  const { findings, passed } = await scoreProposalInTurns(
    subject,
    { post, proof: library, ...(relevant && { relevant }), profile, earlierDrafts, accepted },
    config,
  );
  let draftId: string | null = null;
  if (checked.keep !== false) {
    // Linting a kept draft as it stands (or twice) keeps it once.
    const same = earlier.find((draft) => sameDraftText(draft.text, text) && draft.postKey === key);
    const createdAt = deps.clock.now().toISOString();
    draftId = same?.id ?? newDraftId(createdAt, text);
    if (same === undefined) {
      const kept = { ...postFields(post, accepted), id: draftId, text, createdAt, citations, screeningAnswers, findings };
      // An edit of a kept draft is that draft's next version; a person wrote it, so no engine ran.
      await deps.store.saveDraft(
        base === null
          ? { ...kept, kind: 'lint' }
          : { ...base, ...kept, engine: null, model: null, usage: null, kind: 'edited', ...(await nextVersion(deps.store, base)) },
      );
    }
  }
  return {
    findings,
    passed,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warn').length,
    instructions: post?.instructions ?? [],
    acceptedInstructions: accepted,
    gaps: gapMarkers(text, ...subject.screeningAnswers.map((entry) => entry.answer)),
    draftId,
  };
}
