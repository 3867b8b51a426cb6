import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, sentences } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { PAYMENT_METHODS } from '../../text/payment-methods.ts';

// Named payment routes. On their own they may be the client's topic ("integrate PayPal checkout"),
// so they count only in a sentence that routes payment to the writer or around the platform.
const METHODS = new RegExp(String.raw`\b(?:${PAYMENT_METHODS}|bank account|iban|eth)\b`, 'iu');
const ROUTED_TO_ME =
  /\b(?:(?:pay|paying|paid|send|sending|transfer|wire|invoice|payment|payments|fund|funds)\b[^.?!\n]{0,30}?\b(?:me|directly|to my)\b|my\s+(?:paypal|venmo|zelle|cash ?app|payoneer|bank|iban|wallet|crypto|btc|bitcoin|usdt)|outside\b|off[- ]platform|off the platform|instead of (?:upwork|fiverr|the platform)|(?:avoid|skip|save|saving|avoiding|skipping)\s+(?:the\s+)?(?:platform\s+|upwork\s+|fiverr\s+|service\s+)?fees?)/iu;

// Always off-platform, whatever the sentence is about.
const ALWAYS =
  /\b(?:pay(?:ing)? me directly|pay directly|direct payment|(?:payment|pay|paid|contract|invoice)\w*\s+(?:outside|off)\s+(?:of\s+)?(?:upwork|fiverr|freelancer|the platform|this platform)|(?:avoid|skip|save on)\s+(?:the\s+)?(?:upwork|fiverr|platform)\s+fees?)\b/iu;

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
      const flat = fold(sentence);
      const always = ALWAYS.exec(flat);
      const method = METHODS.exec(flat);
      if (always === null && (method === null || !ROUTED_TO_ME.test(flat))) continue;
      hits.push({
        message: `The draft asks for payment off the platform (${(always ?? method)?.[0] ?? 'direct payment'}); keep payment on the marketplace.`,
        evidence: clip(sentence),
      });
    }
    return hits;
  },
};
