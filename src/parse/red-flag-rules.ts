/**
 * What each scam or policy red flag looks like in a sentence. A detector returns the offsets of
 * the phrase it found, or null; negated phrases ("no WhatsApp please") and technical mentions
 * ("PayPal integration", "a crypto project") are not flags.
 */
import { findContacts } from '../text/contact.ts';
import { PAYMENT_METHODS } from '../text/payment-methods.ts';
import { isNegated } from './negation.ts';
import { firstAffirmed, globalOf, hit, type Detector } from './red-flag-match.ts';

/** Contact details or routes that move the conversation off the platform; a negated request ("no WhatsApp please") is not one. */
export const offPlatformContact: Detector = (s) => {
  const found = findContacts(s).find((contact) => !contact.route || !isNegated(s, contact.start, contact.end));
  return found ? { start: found.start, end: found.end } : null;
};

const PAY_METHOD = String.raw`(?:${PAYMENT_METHODS}|cash)`;
const PAY_VIA = new RegExp(
  String.raw`\b(?:pay|paid|paying|payment|payments|compensated|compensation|salary|invoice|invoiced|settle)\s+(?:\w+\s+){0,3}?(?:in|via|with|through|using|by|over|on|to)\s+(?:\w+\s+)?${PAY_METHOD}\b`,
  'gi',
);
const PAY_VIAS = [PAY_VIA];
const PAY_METHOD_TECH = /^\s*(?:integration|api|sdk|checkout|gateway|buttons?|plugin|payments?\s+(?:integration|gateway|api|option))\b/i;
const PAYMENT_HANDLING =
  /\b(?:accept|accepting|process|processing|take|taking|handle|handling|integrate|integrating|set up|setup|enable|add|support|build|implement)\s+(?:\w+\s+){0,2}$/i;
// A store's own checkout: customers paying the client is a feature to build, not how the freelancer is paid.
const PAYMENT_FEATURE =
  /\b(?:checkout|payment (?:options?|gateways?|methods?|integration)|integrat\w*|api|sdk|e-?commerce|online store|webshop|website|web app|mobile app|customers?|users?|buyers?|shoppers?|donors?|subscribers?)\b/i;
const PAY_PHRASES = globalOf([
  /\b(?:pay(?:ment)?s?|paid)\s+(?:\w+\s+){0,2}(?:outside|off)\s+(?:of\s+)?(?:upwork|the platform|this platform|fiverr)\b/i,
  /\boff[- ]platform payments?\b/i,
  /\b(?:avoid|skip|bypass|save on|dodge)\s+(?:the\s+)?(?:upwork|platform|fiverr)(?:'s)?\s+fees?\b/i,
  new RegExp(String.raw`\b${PAY_METHOD}\s+only\b`, 'i'),
]);

/** Payment routed around the platform. */
export const offPlatformPayment: Detector = (s) =>
  firstAffirmed(s, PAY_VIAS, (m) => {
    const at = m.index ?? 0;
    return (
      PAY_METHOD_TECH.test(s.slice(at + m[0].length, at + m[0].length + 40)) ||
      PAYMENT_HANDLING.test(s.slice(Math.max(0, at - 30), at)) ||
      (!/\byou\b/i.test(m[0]) && PAYMENT_FEATURE.test(s))
    );
  }) ?? firstAffirmed(s, PAY_PHRASES);

const UNPAID_EXPLICIT = globalOf([
  /\b(?:unpaid|non[- ]paid|no[- ]pay)\s+(?:test|trial|sample|assignment|audition|test task|trial task|work)s?\b/i,
  // "free trial of our software" is a product offer, not work asked for free.
  /\bfree\s+(?:test|trial|sample|assignment|audition|test task|trial task|work)s?\b(?!\s+(?:(?:of|for|on)\s+(?:our|the|a|this|their)\s+(?:\w+\s+)?(?:software|app|tool|product|platform|service|plan|subscription|account|saas)|version|plan|account|subscription)\b)/i,
  /\b(?:test|trial|sample)\s+(?:\w+\s+){0,2}?(?:is\s+|will be\s+)?(?:for free|free of charge|at no (?:cost|charge)|without pay(?:ment)?|unpaid|not paid)\b/i,
  /\bwork for free\b/i,
  // "The first milestone is unpaid as a trial".
  /\b(?:milestone|task|test|trial|sample|assignment)\s{1,3}(?:is|will be)\s{1,3}(?:unpaid|not paid)\b|\bunpaid\s{1,3}as\s{1,3}an?\s{1,3}(?:trial|test)\b/i,
]);
const TEST_BEFORE_HIRE =
  /\b(?:test|trial)\s+(?:task|project|assignment|article|job|piece)\b[^.]{0,60}?\bbefore\s+(?:hiring|we hire|hire|the contract|contract|we start|starting|we decide)\b|\bbefore (?:hiring|we hire|we decide)\b[^.]{0,60}?\b(?:test|trial)\s+(?:task|project|assignment)\b/i;
const PAY_MENTIONED = /\bpaid\b|\bwe(?:'ll| will) pay\b|\bcompensat\w*|\$\s?\d/i;

/** Work asked for without pay. */
export const unpaidTest: Detector = (s, next) => {
  const explicit = firstAffirmed(s, UNPAID_EXPLICIT);
  if (explicit) return explicit;
  const neutral = TEST_BEFORE_HIRE.exec(s);
  return neutral && !PAY_MENTIONED.test(`${s} ${next}`) && !isNegated(s, neutral.index, neutral.index + neutral[0].length) ? hit(neutral) : null;
};

/** A fee to apply, join or train. */
const FEES = globalOf([
  /\b(?:registration|application|applying|membership|onboarding|training|joining|enrollment|enrolment|activation|starter kit|certification)\s+fees?\b/i,
  /\bpay\s+(?:a\s+|the\s+)?(?:small\s+|one[- ]time\s+|refundable\s+|registration\s+)?(?:fee|deposit)\b/i,
  /\bpay to (?:join|apply|start|register|get started|access|be considered)\b/i,
  /\brefundable deposit\b/i,
  /\bpurchase (?:our|the) (?:training|course|starter kit|membership)\b/i,
]);

/** A fee to apply, join or train. */
export const feeToApply: Detector = (s) => firstAffirmed(s, FEES);

const BUY = globalOf([
  /\b(?:buy|purchase|order|pay for)\s+(?:\w+\s+){0,3}?(?:equipment|laptops?|computers?|macbook|software|supplies|kits?|phones?|iphone|printers?|gift cards?|tools|devices?|hardware)\b/i,
]);
const CHEQUES = globalOf([
  /\b(?:send|mail|issue|give)\s+(?:you\s+)?a\s+(?:check|cheque)\b/i,
  /\b(?:deposit|cash)\s+(?:the|a|this|our)\s+(?:check|cheque)\b/i,
  /\bmobile (?:check )?deposit\b/i,
]);
const REIMBURSE = /\b(?:reimburs\w*|refund\w*|pay you back|paid back|compensate you|we(?:'ll| will) cover|(?:our )?approved vendor)\b/i;

/** Buying equipment "we reimburse", or a check to deposit: classic overpayment scams. */
export const buyEquipment: Detector = (s, next) => {
  const cheque = firstAffirmed(s, CHEQUES);
  if (cheque) return cheque;
  const buy = firstAffirmed(s, BUY);
  return buy && REIMBURSE.test(`${s} ${next}`) ? buy : null;
};

const CREDENTIAL = String.raw`(?:ssn|social security(?: number)?|social insurance number|bank (?:account )?(?:details|information|info|number|login)|routing number|(?:credit|debit) card(?: number| details| info)?|card details|passport|driver'?s licen[cs]e|driving licen[cs]e|(?:national|government|photo) id|id (?:card|scan|copy|photo)|login (?:details|credentials|info)|(?:login|account) credentials|password|2fa code|verification code|otp)`;
const GIVEN_TO_YOU =
  /\b(?:we|i)(?:'ll| will| would)?\s+(?:provide|give|send|share|create|set up|issue)\s+(?:you\s+)?(?:with\s+)?$|\b(?:reset|forgot|forget|change|update|hash|store|encrypt|recover)\s+(?:\w+\s+)?$/i;

/** Identity, bank or login details asked for before a contract. */
const CREDENTIAL_ASKS = globalOf([
  new RegExp(
    String.raw`\b(?:send|share|provide|give|submit|upload)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:a\s+|the\s+)?(?:copy|scan|photo|picture) of\s+(?:your\s+)?${CREDENTIAL}\b`,
    'i',
  ),
  new RegExp(String.raw`\byour\s+(?:\w+\s+){0,2}?${CREDENTIAL}\b`, 'i'),
  /\b(?:rent|borrow|lend|sell|buy)\s+(?:me\s+|us\s+)?your\s+(?:upwork|freelancer|fiverr)?\s*account\b|\b(?:access to|log ?in(?:to)?|use)\s+your\s+(?:upwork|fiverr|freelancer)\s+account\b/i,
]);

/** Identity, bank or login details asked for before a contract. */
export const credentialsBeforeContract: Detector = (s) =>
  firstAffirmed(s, CREDENTIAL_ASKS, (m) => GIVEN_TO_YOU.test(s.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)));
