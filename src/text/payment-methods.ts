/**
 * Payment routed around a marketplace, named once for the post's red flags and the draft's P15:
 * payment rails (PayPal, Wise, Zelle, crypto, IBAN, gift cards, Western Union, ... from
 * contact-words.json) and requests that need no rail ("pay me directly", "handle payment
 * privately", "cut the service charge", "instead of through the site"). A rail named as the
 * client's own tool ("your PayPal checkout", "BTC quotes") is the work, not a way to be paid.
 */
import { alternation, CONTACT_WORDS, respectsCase } from './contact-words.ts';
import { matchingCopy } from './fold.ts';

/** The rails as one case-insensitive alternation, for code that reads posts. */
export const PAYMENT_METHODS = alternation([...CONTACT_WORDS.paymentRails, ...CONTACT_WORDS.paymentRailsCased.map((rail) => rail.toLowerCase())]);

const RAIL = new RegExp(String.raw`\b${PAYMENT_METHODS}\b`, 'gi');
const ANY_RAIL = new RegExp(RAIL.source, 'i');
const PLATFORM = '(?:upwork|fiverr|freelancer|the platform|this platform|the site|this site|the marketplace)';
// Requests that route payment around the platform whatever rail they name, or none.
const REQUESTS: readonly RegExp[] = [
  /\bpay(?:ing|ment)?\s+(?:(?:me|us|you)\s+)?(?:directly|privately|in private|off the books)\b/gi,
  /\bdirect\s+(?:payments?|invoices?|transfers?|deposits?)\b|\binvoic\w*\s+(?:you\s+)?directly\b/gi,
  /\b(?:pay|send|sent|wire|transfer)\w*\b[^.?!\n]{0,30}?\b(?:straight|directly)\s+(?:to|into)\s+(?:me|my)\b/gi,
  /\b(?:handle|settle|arrange|sort out|do|keep|take care of)\s+(?:the\s+)?(?:payments?|billing|invoicing)\s+(?:privately|directly|between us|ourselves|offline)\b/gi,
  /\b(?:avoid|skip|cut|save|dodge|bypass|save on|get around)(?:s|ing|ed)?\s+(?:(?:the|their|its)\s+)?(?:(?:upwork|fiverr)(?:'s)?\s+|\d{1,2}\s?%\s+|(?:platform|service|marketplace|site)\s+){1,2}(?:fees?|charges?|commission|cut)\b/gi,
  new RegExp(
    String.raw`\b(?:outside(?:\s+of)?|off|around|instead\s+of(?:\s+going)?(?:\s+through)?|rather\s+than(?:\s+through)?|not\s+through|bypassing)\s+${PLATFORM}\b|\boff[- ]platform\b`,
    'gi',
  ),
];
// A request about the platform counts only in a sentence about money ("talk off Upwork" is P14's).
const MONEY = /\b(?:pay\w*|paid|invoic\w*|settle|transfer\w*|wire|money|rates?|fees?|deposit|balance|milestone|price|charge)\b/i;
// The sentence is about the writer being paid: who pays, who takes, what works for "me".
const PAID_HERE =
  /\b(?:pay\w*|paid|deposit|balance|advance|upfront|invoic\w*|settle|transfer|send|sent|wire|accept|take|collect|receive|prefer\w*|works?|fine|quickest|easiest|ideal|(?:to|into) (?:my|me)|for me)\b/i;
// Words after a rail that make it the client's product: "PayPal checkout", "BTC and ETH quotes".
const TOOL_AFTER =
  /^\W{0,3}(?:[\w-]+\s+){0,3}?(?:integrations?|checkout|api|sdk|buttons?|plugins?|gateways?|payouts?|sync|widgets?|quotes?|prices?|balances?|dashboards?|reconciliation|feeds?|webhooks?|options?|reports?|exports?|merchant|ledger|charts?|listings?|tokens?|smart contracts?|trading|wallet app|apps?|support|flows?|fees? (?:report|data))\b/i;
const CLIENTS_OWN = /\b(?:your|their|client's|customers'?|buyers'?|users'?)\s+(?:[\w-]+\s+)?$/i;

function isClientTool(text: string, start: number, end: number): boolean {
  return TOOL_AFTER.test(text.slice(end, end + 50)) || CLIENTS_OWN.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * The phrase in `sentence` that routes payment off the platform, or null. Rails count only in a
 * sentence about the writer being paid; a rail or request named as the client's tool does not count.
 */
export function findOffPlatformPayment(sentence: string): string | null {
  const text = matchingCopy(sentence);
  // Most sentences name neither money nor a rail: two tests settle them.
  if (!MONEY.test(text) && !ANY_RAIL.test(text)) return null;
  for (const pattern of REQUESTS) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (!isClientTool(text, at, at + m[0].length) && MONEY.test(text)) return m[0];
    }
  }
  // The rails are blanked before asking whether the sentence is about being paid: "PayPal" and "bank transfer" hold cue words themselves.
  if (!PAID_HERE.test(text.replace(RAIL, ' '))) return null;
  for (const m of text.matchAll(RAIL)) {
    const at = m.index ?? 0;
    if (respectsCase(m[0]) && !isClientTool(text, at, at + m[0].length)) return m[0];
  }
  return null;
}
