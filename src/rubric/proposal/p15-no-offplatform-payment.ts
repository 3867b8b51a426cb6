import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, sentences } from '../../text/text.ts';
import { findOffPlatformPayment } from '../../text/payment-methods.ts';

/**
 * P15: asking to be paid off the platform breaks its terms and removes the client's protection;
 * it reads as a scam to careful clients. Payment products named as the client's topic pass.
 */
export const p15NoOffPlatformPayment: ProposalRule = {
  id: 'P15',
  target: 'proposal',
  title: 'No payment off the platform',
  severity: 'error',
  thresholds: {},
  check(subject) {
    const text = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    const hits: RuleHit[] = [];
    for (const sentence of sentences(text)) {
      const found = findOffPlatformPayment(sentence);
      if (found === null) continue;
      hits.push({ message: `The draft asks for payment off the platform (${found.trim()}); keep payment on the marketplace.`, evidence: clip(sentence) });
    }
    return hits;
  },
};
