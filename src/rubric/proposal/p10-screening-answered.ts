import type { ScreeningAnswer } from '../../domain/schemas.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { distinctiveTerms, stem, termStems } from '../../text/terms.ts';
import { clip, sentences } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { defersInsteadOfAnswering, isOnlyGaps } from './screening-substance.ts';

function sameQuestion(a: string, b: string): boolean {
  const flat = (text: string): string =>
    fold(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return flat(a) === flat(b);
}

/** The share of the question's distinctive terms that `text` also uses (1 when the question has none). */
function coverage(question: string, text: string): number {
  return share(distinctiveTerms(question).map(stem), termStems(text));
}

/** The share of `wanted` stems found in `stems` (1 when nothing is wanted). */
function share(wanted: readonly string[], stems: ReadonlySet<string>): number {
  if (wanted.length === 0) return 1;
  return wanted.filter((term) => stems.has(term)).length / wanted.length;
}

/** The separate answer to the question (same or overlapping question, non-empty answer), if any. */
function separateAnswer(question: string, answers: readonly ScreeningAnswer[], minOverlap: number): ScreeningAnswer | undefined {
  return answers.find(
    (entry) => entry.answer.trim().length > 0 && (sameQuestion(entry.question, question) || coverage(question, entry.question) >= minOverlap),
  );
}

/**
 * True when one sentence of the letter takes up the question: words scattered over the whole
 * letter ("orders" here, "pull" there) are the topic of the job, not an answer to the question.
 */
function answeredInLetter(question: string, letter: readonly ReadonlySet<string>[], minOverlap: number): boolean {
  const wanted = distinctiveTerms(question).map(stem);
  if (wanted.length === 0) return false;
  return letter.some((sentence) => share(wanted, sentence) >= minOverlap);
}

/**
 * P10: a screening question left unanswered usually means the proposal is filtered out unread.
 * A question counts as answered in `screeningAnswers` (same or overlapping question, non-empty
 * answer) or in the letter itself when one sentence uses most of its distinctive terms. An answer
 * that puts a factual question off to a call ("easier to answer on a call") answers nothing, and
 * neither does one that is only a gap marker still to fill (P19 reports the marker itself).
 */
export const p10ScreeningAnswered: ProposalRule<{ minOverlap: number }> = {
  id: 'P10',
  target: 'proposal',
  title: 'Every screening question answered with substance',
  severity: 'warn',
  thresholds: { minOverlap: 0.5 },
  check(subject, context, thresholds) {
    if (context.post === null) return [];
    const minOverlap = thresholds.minOverlap;
    const hits: RuleHit[] = [];
    // Each sentence's stems once, not once per question: a long letter and a long post stay linear.
    let letter: ReadonlySet<string>[] | null = null;
    for (const question of context.post.screeningQuestions) {
      const answer = separateAnswer(question, subject.screeningAnswers, minOverlap);
      if (answer !== undefined && defersInsteadOfAnswering(question, answer.answer)) {
        hits.push({
          message:
            'The answer puts this question off to a call; the client filters on it, so answer it here (yes or no, and the example) and offer the call after.',
          evidence: clip(`${question} -> ${answer.answer}`),
        });
        continue;
      }
      const pending = answer !== undefined && isOnlyGaps(answer.answer);
      if (answer !== undefined && !pending) continue;
      letter ??= sentences(subject.text).map((sentence) => termStems(sentence));
      if (answeredInLetter(question, letter, minOverlap)) continue;
      hits.push({
        message: pending
          ? 'The answer to this screening question is still a gap to fill; write your answer in before you send.'
          : 'This screening question has no answer; answer it separately or in the letter.',
        evidence: clip(question),
      });
    }
    return hits;
  },
};
