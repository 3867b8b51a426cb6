import type { ProposalRule } from '../types.ts';
import { sharedTerms } from '../../text/terms.ts';
import { clip, firstChars, replaceTerm, termMatcher } from '../../text/text.ts';
import { THROAT_CLEARING_OPENERS } from '../../text/vocabulary.ts';
import { postStems } from './sources.ts';

// Only the openers an opening holds get a pattern compiled: most never occur.
const openersIn = termMatcher(THROAT_CLEARING_OPENERS);

/**
 * P01: clients see only the first two lines in the list, so those lines must name something only
 * this post has (a word from its title, description or skills that is not job-post boilerplate).
 */
export const p01SpecificOpening: ProposalRule<{ chars: number; minTerms: number }> = {
  id: 'P01',
  target: 'proposal',
  title: 'The first 150 characters name something specific from this post',
  severity: 'warn',
  thresholds: { chars: 150, minTerms: 1 },
  check(subject, context, thresholds) {
    if (context.post === null) return [];
    const chars = thresholds.chars;
    const opening = firstChars(subject.text, chars);
    // "Dear Hiring Manager" names no one's problem even in a post that hires a manager.
    const withoutOpeners = openersIn(opening).reduce((text, opener) => replaceTerm(text, opener, () => ' '), opening);
    const shared = sharedTerms(withoutOpeners, postStems(context.post));
    if (shared.length >= thresholds.minTerms) return [];
    return [
      {
        message: `The first ${chars} characters (what the client sees in the list) name nothing from this post; open with their problem in their words.`,
        evidence: clip(opening),
      },
    ];
  },
};
