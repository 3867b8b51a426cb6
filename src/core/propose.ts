import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseJobPost } from '../parse/parse-job-post.ts';
import { rankProof } from '../retrieval/rank-proof.ts';
import { scoreProposal } from '../rubric/run-rubric.ts';
import { checkEngineOutput } from './check-engine-output.ts';
import { postKey } from './post-key.ts';
import type { Clock, Engine, Store } from './ports.ts';
import { JobPostInput, Length, Proposal, ScreeningAnswer, Tone, type Finding } from './schemas.ts';
import { parseOrThrow } from './validate.ts';

export interface ProposeDeps {
  engine: Engine;
  store: Store;
  clock: Clock;
}

export const ProposeRequest = z.object({
  jobPost: JobPostInput,
  tone: Tone.optional(),
  length: Length.optional(),
});
export type ProposeRequest = z.infer<typeof ProposeRequest>;

const ProposalDraft = z.object({
  text: z.string().min(1),
  citations: z.array(z.string()),
  screeningAnswers: z.array(ScreeningAnswer),
});

/** How many proof items an engine sees for one proposal. */
const TOP_PROOF = 3;
/** How many earlier drafts the reuse check compares against. */
const EARLIER_DRAFTS = 50;

/**
 * Drafts a diagnosis-first proposal grounded in the freelancer's proof, scores it with the rubric,
 * and keeps it so later drafts can be checked for reuse.
 */
export async function propose(request: ProposeRequest, deps: ProposeDeps): Promise<Proposal> {
  const { jobPost, tone, length } = parseOrThrow(ProposeRequest, request, 'The proposal request');
  const post = parseJobPost(jobPost);
  const [profile, library, earlier] = await Promise.all([
    deps.store.getProfile(),
    deps.store.listProof(),
    deps.store.listDrafts(EARLIER_DRAFTS),
  ]);
  const proof = rankProof(library, post, TOP_PROOF);
  const options = { tone: tone ?? profile.tone, length: length ?? 'standard' };
  const raw = await deps.engine.propose({ post, profile, proof, options });
  const draft = checkEngineOutput(ProposalDraft, raw, deps.engine.name);

  // A citation must name a real proof item; unknown ids are dropped here and reported, never passed on.
  const known = new Set(library.map((item) => item.id));
  const citations = [...new Set(draft.citations)].filter((id) => known.has(id));
  const dropped: Finding[] = draft.citations
    .filter((id) => !known.has(id))
    .map((id) => ({
      ruleId: 'P04',
      severity: 'error',
      message: `The draft cited proof "${id}", which is not in your library; the citation was removed.`,
      evidence: id,
    }));

  const subject = { text: draft.text, citations, screeningAnswers: draft.screeningAnswers };
  // Redrafting the same post is not reuse; a draft recycled for another client is.
  const key = postKey(post.text);
  const earlierDrafts = earlier.filter((stored) => stored.postKey !== key).map((stored) => stored.text);
  const context = { post, proof: library, profile, earlierDrafts };
  const { findings } = scoreProposal(subject, context);

  const createdAt = deps.clock.now().toISOString();
  const id = createHash('sha256').update(`${createdAt}\n${draft.text}`).digest('hex').slice(0, 16);
  await deps.store.saveDraft({ id, text: draft.text, createdAt, postTitle: post.facts.title, postKey: key });

  return Proposal.parse({
    ...subject,
    instructions: post.instructions,
    findings: [...dropped, ...findings],
    engine: deps.engine.name,
  });
}
