/**
 * The opening, first-step and closing pieces of a draft. The opening is about the client (their
 * words, an insight they did not state, a diagnosis); the first step is small and checkable; the
 * closing is one specific question.
 */
import type { ParsedJobPost, Tone } from '../../../core/schemas.ts';
import type { Insight } from '../data/insights.ts';
import { fixedBudget, isEvolvingWork, isVagueScope } from '../triage/scope-signals.ts';
import { pick } from './hash.ts';
import type { Piece } from './pieces.ts';
import { REQUIRED } from './pieces.ts';
import {
  APPROACH,
  CONSEQUENCE,
  DIAGNOSIS,
  EVOLVING_NOTE,
  FIRST_STEP,
  FIRST_STEP_WHY,
  OPENING,
  VAGUE_NOTE,
  capitalise,
  fill,
} from './phrasing.ts';

export interface SectionInput {
  post: ParsedJobPost;
  insight: Insight;
  subject: string;
  focus: string;
  questionTerm: string;
  tone: Tone;
  seed: number;
  hasProof: boolean;
}

/** Opening, diagnosis and its consequence: the first paragraph, with "your" and no "I". */
export function openingPieces(input: SectionInput): Piece[] {
  const { insight, tone, seed } = input;
  const opening = fill(pick(OPENING[tone], seed, 'opening'), { subject: input.subject, insight: insight.insight });
  const diagnosis = fill(pick(DIAGNOSIS[tone], seed, 'diagnosis'), { focus: input.focus, cause: insight.cause });
  const consequence = fill(pick(CONSEQUENCE[tone], seed, 'consequence'), { consequence: insight.consequence });
  return [
    { paragraph: 0, order: 0, priority: REQUIRED, text: capitalise(opening) },
    { paragraph: 0, order: 1, priority: REQUIRED, text: capitalise(diagnosis) },
    { paragraph: 0, order: 2, priority: 2, text: capitalise(consequence) },
  ];
}

/** The first deliverable, why it comes first, the scope note that matters, and the approach. */
export function stepPieces(input: SectionInput): Piece[] {
  const { insight, tone, seed, post } = input;
  const pieces: Piece[] = [
    { paragraph: 2, order: 0, priority: REQUIRED, text: fill(pick(FIRST_STEP[tone], seed, 'first-step'), { firstStep: insight.firstStep }) },
    { paragraph: 2, order: 1, priority: 2, text: pick(FIRST_STEP_WHY[tone], seed, 'first-step-why') },
  ];
  // Fixed price on work that will change is the costly trap; vague scope comes next; else the domain's note.
  if (fixedBudget(post) !== null && isEvolvingWork(post)) {
    pieces.push({ paragraph: 2, order: 2, priority: REQUIRED, text: pick(EVOLVING_NOTE[tone], seed, 'evolving') });
  } else if (isVagueScope(post)) {
    pieces.push({ paragraph: 2, order: 2, priority: REQUIRED, text: pick(VAGUE_NOTE[tone], seed, 'vague') });
  } else {
    pieces.push({ paragraph: 2, order: 2, priority: 3, text: insight.scopeNote });
  }
  const approach = fill(pick(APPROACH[tone], seed, 'approach'), { approach: insight.approach });
  // Without proof the approach is the evidence, so it sits in the proof paragraph and ranks higher.
  pieces.push(
    input.hasProof
      ? { paragraph: 2, order: 3, priority: 4, text: approach }
      : { paragraph: 1, order: 1, priority: 1, text: approach },
  );
  return pieces;
}

/** The closing question, alone in the last paragraph. */
export function closingPiece(input: SectionInput): Piece {
  return { paragraph: 3, order: 0, priority: REQUIRED, text: fill(input.insight.question, { term: input.questionTerm }) };
}
