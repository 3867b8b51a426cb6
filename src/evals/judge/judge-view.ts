/**
 * The judge prompt's view of one labelled draft: the draft, the post it answers, the proof it cites
 * and the rules to rule on. Strings here are display text; the prompt library neutralises them and
 * the template places each inside its data tag.
 */
import type { RankedProof } from '../../domain/ports.ts';
import { listOrNone, postView, proofViews, type PostView, type ProofView } from '../../engines/openai/views/shared.ts';
import type { LabelledDraft } from '../calibration/calibration-set.ts';
import { JUDGED_RULE_IDS, JUDGED_RULES } from './judged-rules.ts';

export interface JudgeView {
  post: PostView;
  draft: { text: string; citations: string };
  proof: ProofView[];
  rules: { id: string; breaks: string }[];
}

const NO_POST: PostView = {
  title: '(none)',
  text: '(no job post was given with this draft)',
  budget: '(not stated)',
  experienceLevel: '(not stated)',
  duration: '(not stated)',
  skills: '(none)',
  screeningQuestions: [],
  instructions: [],
};

/** The view for `draft`: only the proof items it cites (unknown ids are listed but have no item). */
export function judgeView(draft: LabelledDraft): JudgeView {
  const cited: RankedProof[] = draft.proof
    .filter((item) => draft.subject.citations.includes(item.id))
    // Cited, not ranked: the judge decides relevance itself, so no match terms are shown.
    .map((item) => ({ item, match: { id: item.id, title: item.title, score: 0, matchedTerms: [], relevance: 0, reasons: ['cited by the draft'] } }));
  return {
    post: draft.post === null ? NO_POST : postView(draft.post),
    draft: { text: draft.subject.text, citations: listOrNone(draft.subject.citations) },
    proof: proofViews(cited),
    rules: JUDGED_RULE_IDS.map((id) => ({ id, breaks: JUDGED_RULES[id] })),
  };
}
