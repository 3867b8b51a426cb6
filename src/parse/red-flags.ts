/**
 * Scam and policy red flags in a post, one per kind, each with advice for the freelancer and the
 * phrase that raised it. Pay that is too good is judged from the text ("$5,000/week for data
 * entry", read with the hours the post states) and, when facts are given, from the parsed budget
 * and experience level (src/parse/red-flag-pay.ts).
 */
import type { JobFacts, RedFlag, RedFlagCode } from '../domain/schemas.ts';
import { PAYMENT_METHODS } from '../text/payment-methods.ts';
import { prepareDoc, sentencesOf, type Span } from './doc.ts';
import { buyEquipment, credentialsBeforeContract, feeToApply, offPlatformContact, offPlatformPayment, unpaidTest } from './red-flag-rules.ts';
import { circumvention, equityOrUnpaid, fakeEngagement } from './red-flag-conduct.ts';
import type { Detector } from './red-flag-match.ts';
import { payBelowMarketInFacts, payBelowMarketInText, tooGoodPayInFacts, tooGoodPayInText } from './red-flag-pay.ts';
import { payBelowScope } from './red-flag-scope.ts';

/** The facts the too-good-pay check reads when they are known. */
export type RedFlagFacts = Pick<JobFacts, 'budget' | 'experienceLevel'> & { description?: string };

/** What each flag means for the freelancer and what to do about it. */
export const RED_FLAG_MESSAGES: Readonly<Record<RedFlagCode, string>> = {
  off_platform_contact:
    'The post asks you to talk outside the platform (a messenger, an email address or a phone number). Keep all contact on the platform until a contract exists: moving off it is how most scams start, and it breaks the platform terms.',
  off_platform_payment:
    'The post wants to pay outside the platform. That loses the payment protection and breaks the platform terms: insist on being paid through the contract or skip it.',
  unpaid_test: 'The post asks for test work without pay. Offer a small paid first milestone instead of free work.',
  fee_to_apply: 'The post asks for a fee to apply, join or train. Clients pay freelancers, not the other way round: treat it as a scam.',
  buy_equipment:
    'The post asks you to buy equipment or software to be reimbursed, or to deposit a check. This is a known overpayment scam: do not buy or deposit anything.',
  credentials_before_contract: 'The post asks for identity, bank or login details. Never share them with a client; the platform verifies identity itself.',
  too_good_pay:
    'The pay is far above the market for the work described (high pay for simple or no-experience work). Treat it as a likely scam until proven otherwise.',
  pay_below_market:
    'The pay is far below the market for the work described (a few dollars for a substantial job or for each piece it counts, or a weekly or monthly sum that comes to a few dollars an hour). Price it yourself or skip it.',
  equity_or_unpaid:
    'The post offers equity, a revenue share or pay only after the client succeeds, instead of pay for the work. Unless you choose to invest your time in this business, treat it as unpaid and skip it.',
  fake_engagement:
    "The post asks for fake engagement: several accounts, fake reviews, bought votes or followers. It breaks the platforms' rules and gets accounts banned: skip it.",
  circumvention:
    "The post asks you to get round a regulation or a platform's rules (bypassing identity checks or bans, moving money around a regulatory line). That puts you at legal and account risk: skip it.",
};

/**
 * A cheap test on the whole post that must pass before a detector runs sentence by sentence;
 * it keeps long posts fast when they mention nothing of the kind.
 */
const CUES = {
  off_platform_contact:
    /@|\+\s?\d|\d{3}[-.\s)]|\d{9}|whats\s?app|telegram|skype|discord|signal|wechat|viber|kik|imessage|google chat|hangouts|linkedin|instagram|facebook|twitter|tiktok|calendly|\.(?:me|com|gg)\/|[[(]at[\])]|\bat\b.{1,80}\bdot\b|\b(?:e-?mail|mail|text|sms|call|reach|contact|find|add|phone)\s+(?:me|us)\b|\bmy (?:personal )?(?:email|e-mail|phone|cell|mobile|number)|\b(?:outside|off)\s+(?:of\s+)?(?:upwork|the platform|this platform|this site|fiverr)\b|off-platform/i,
  off_platform_payment: new RegExp(`${PAYMENT_METHODS}|cash|transfer|outside|off[- ]platform|fee`, 'i'),
  unpaid_test: /free|unpaid|non[- ]paid|no[- ]pay|\btest|\btrial/i,
  fee_to_apply: /\bfees?\b|deposit|pay to|purchase/i,
  buy_equipment: /check|cheque|deposit|\bbuy|purchase|\border|pay for/i,
  credentials_before_contract: /\byour\b|\b(?:copy|scan|photo|picture) of\b/i,
  equity_or_unpaid:
    /50\s?\/\s?50|equity|shar|stake|stock|token|commission|unpaid|volunteer|pro bono|deferred|delayed|\bno\b|launch|fund|profit|money|revenue|sales|raise/i,
  fake_engagement: /account|review|rating|testimonial|vot|follower|bot|puppet|astroturf|pretend/i,
  circumvention: /bypass|circumvent|evad|evasion|dodg|around|skirt|sidestep|trick|fool|reverse|multi-?account/i,
} as const;

const DETECTORS: [keyof typeof CUES, Detector][] = [
  ['off_platform_contact', offPlatformContact],
  ['off_platform_payment', offPlatformPayment],
  ['unpaid_test', unpaidTest],
  ['fee_to_apply', feeToApply],
  ['buy_equipment', buyEquipment],
  ['credentials_before_contract', credentialsBeforeContract],
  ['equity_or_unpaid', equityOrUnpaid],
  ['fake_engagement', fakeEngagement],
  ['circumvention', circumvention],
];

/** Every red flag in `text` (at most one per code, first occurrence), in a stable code order. */
export function findRedFlags(text: string, facts?: RedFlagFacts | null): RedFlag[] {
  const doc = prepareDoc(text);
  const sentences = sentencesOf(doc);
  const flags: RedFlag[] = [];
  const add = (code: RedFlagCode, evidence: string): void => {
    flags.push({ code, message: RED_FLAG_MESSAGES[code], evidence });
  };
  for (const [code, detect] of DETECTORS) {
    if (!CUES[code].test(doc.norm)) continue;
    for (let i = 0; i < sentences.length; i += 1) {
      const s = sentences[i];
      if (!s) continue;
      const found = detect(s.text, sentences[i + 1]?.text ?? '');
      if (found) {
        add(code, sentenceAround(doc.text, s, s.start + found.start, s.start + found.end));
        break;
      }
    }
  }
  const tooGood = tooGoodPayInText(sentences, doc.norm);
  if (tooGood) add('too_good_pay', sentenceAround(doc.text, spanAt(sentences, tooGood.start), tooGood.start, tooGood.end));
  else if (facts) {
    const evidence = tooGoodPayInFacts(facts, doc.norm);
    if (evidence) add('too_good_pay', evidence);
  }
  const tooLittle = payBelowMarketInText(sentences, doc.norm) ?? (facts ? (payBelowMarketInFacts(facts) ?? belowScope(facts, doc.norm)) : null);
  if (tooLittle !== null)
    add(
      'pay_below_market',
      typeof tooLittle === 'string' ? tooLittle : sentenceAround(doc.text, spanAt(sentences, tooLittle.start), tooLittle.start, tooLittle.end),
    );
  return flags;
}

// Evidence is the sentence that raised the flag; a run-on sentence is cut to this much around the phrase.
const EVIDENCE_CONTEXT = 100;

/** The sentence around a phrase as the client wrote it, cut to the phrase's neighbourhood when it runs long. */
function sentenceAround(text: string, sentence: Span | undefined, start: number, end: number): string {
  const from = Math.max(sentence?.start ?? start, start - EVIDENCE_CONTEXT);
  const to = Math.min(sentence?.end ?? end, end + EVIDENCE_CONTEXT);
  const cut = text.slice(from, to).trim();
  return `${from > (sentence?.start ?? start) ? '...' : ''}${cut}${to < (sentence?.end ?? end) ? '...' : ''}`;
}

/** The sentence holding an offset of the post. */
function spanAt(sentences: readonly Span[], at: number): Span | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** A fixed budget checked against the deliverables the post counts. */
function belowScope(facts: RedFlagFacts, text: string): string | null {
  const { type, max, min } = facts.budget;
  const top = max ?? min;
  return type === 'fixed' && top !== null ? payBelowScope(top, text) : null;
}
