import type { ProposalRule } from '../types.ts';
import { GUARANTEE_PHRASES } from '../../text/vocabulary.ts';
import { replaceTerm, termMatcher } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';

// Saying what you cannot promise is honest, not a guarantee: "no guarantee", "can't guarantee".
const NEGATED =
  /\b(?:no|not|never|without|can't|cannot|can not|won't|will not|don't|do not|wouldn't|isn't|is not|aren't)\s+(?:\w+\s+){0,2}?(?:guarantee[sd]?|promise)\b|\bnot\s+(?:be\s+)?guaranteed\b/giu;

// Only the phrases a draft holds get a pattern compiled: most drafts hold none.
const guaranteesIn = termMatcher(GUARANTEE_PHRASES);

/** P24: guaranteed results are a promise nobody controls and a dispute waiting to happen. */
export const p24NoGuarantees: ProposalRule = {
  id: 'P24',
  target: 'proposal',
  title: 'No guarantees',
  severity: 'error',
  thresholds: {},
  check(subject) {
    const text = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    let honest = fold(text).replace(NEGATED, ' ');
    const found: string[] = [];
    for (const phrase of guaranteesIn(honest)) {
      // Blank what was found so "I promise you" is one promise, not "promise you" and "i promise".
      honest = replaceTerm(honest, phrase, (match) => {
        if (!found.includes(phrase)) found.push(phrase);
        return ' '.repeat(match.text.length);
      });
    }
    return found.map((phrase) => ({
      message: `"${phrase}" promises an outcome you do not control; describe what you will do and how you will measure it instead.`,
      evidence: phrase,
    }));
  },
};
