/** Views for the proposal prompts: a first draft, and a revision of a draft that failed rubric rules. */
import type { ProposalDraft, ProposeContext } from '../../../domain/ports.ts';
import { LENGTH_OPTIONS } from '../../../domain/judgement.ts';
import type { Finding, Instruction, Tone } from '../../../domain/schemas.ts';
import { requirementOf } from '../../../rubric/proposal/instruction-requirement.ts';
import { listOrNone, postView, profileView, proofViews, styleView, type PostView, type ProfileView, type ProofView, type StyleView } from './shared.ts';

const TONE_HINTS: Record<Tone, string> = {
  plain: 'plain and clear, short sentences, no flourish',
  warm: 'warm and friendly, without flattery',
  direct: 'direct and brief, straight to the point',
  formal: 'formal and courteous, without stiffness',
};

function proofRule(most: number): string {
  if (most === 0) return 'claim no past work (no proof item is relevant)';
  return most === 1 ? 'use at most 1 proof item' : `use at most ${most} proof items`;
}

/** How to follow one accepted instruction, in words, with the client's own sentence beside it. */
export interface AcceptedView {
  text: string;
  howTo: string;
}

function acceptedView(instruction: Instruction): AcceptedView {
  const requirement = requirementOf(instruction);
  const howTo =
    requirement === null
      ? 'follow it as the client states it'
      : requirement.placement === 'start'
        ? `make "${requirement.value}" the very first words of "text"`
        : requirement.placement === 'subject'
          ? `make the first line of "text" "Subject: ${requirement.value}"`
          : `use "${requirement.value}" once in "text", in a plain sentence`;
  return { text: instruction.text, howTo };
}

export interface ProposeView {
  post: PostView;
  accepted: AcceptedView[];
  profile: ProfileView;
  proof: ProofView[];
  /** `variant` is 0 for a first draft; above that the prompt asks for an alternative wording. */
  options: { tone: string; toneHint: string; words: string; proofRule: string; variant: number };
}

export type ProposeSystemView = StyleView;

/** The system prompt's view: the rubric's word lists. */
export function proposeSystemView(): ProposeSystemView {
  return styleView();
}

/** What a first draft needs: the post, the voice settings, the top-k proof and the options. */
export function proposeView(context: ProposeContext): ProposeView {
  const band = LENGTH_OPTIONS[context.options.length];
  return {
    post: postView(context.post),
    accepted: context.accepted.map(acceptedView),
    profile: profileView(context.profile),
    proof: proofViews(context.proof),
    options: {
      tone: context.options.tone,
      toneHint: TONE_HINTS[context.options.tone],
      words: `${band.min}-${band.max}`,
      proofRule: proofRule(Math.min(band.maxProof, context.proof.length)),
      variant: context.options.variant ?? 0,
    },
  };
}

export interface ReviseView extends ProposeView {
  draft: { text: string; citations: string; screeningAnswers: { question: string; answer: string }[] };
  findings: { ruleId: string; message: string; evidence: string }[];
}

/** A first draft's view plus the draft and the error findings the revision must fix. */
export function reviseView(context: ProposeContext, draft: ProposalDraft, findings: readonly Finding[]): ReviseView {
  return {
    ...proposeView(context),
    draft: {
      text: draft.text,
      citations: listOrNone(draft.citations),
      screeningAnswers: draft.screeningAnswers.map((entry) => ({ question: entry.question, answer: entry.answer })),
    },
    findings: findings.map((finding) => ({ ruleId: finding.ruleId, message: finding.message, evidence: finding.evidence ?? '(none)' })),
  };
}
