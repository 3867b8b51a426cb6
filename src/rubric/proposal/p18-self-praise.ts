import type { ProposalRule } from '../types.ts';
import { SELF_PRAISE_PHRASES } from '../../text/vocabulary.ts';
import { termMatcher } from '../../text/text.ts';

const selfPraise = termMatcher(SELF_PRAISE_PHRASES);

/** P18: self-praise costs nothing to write and proves nothing; proof and a diagnosis do the work. */
export const p18SelfPraise: ProposalRule = {
  id: 'P18',
  target: 'proposal',
  title: 'No empty self-praise',
  severity: 'warn',
  thresholds: {},
  check(subject) {
    return selfPraise(subject.text).map((phrase) => ({
      message: `"${phrase}" is a claim anyone can make; replace it with the proof or the result that shows it.`,
      evidence: phrase,
    }));
  },
};
