import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';

const MESSENGERS = 'whatsapp|telegram|skype|discord|wechat|viber|imessage|google meet|zoom';
const SOCIAL = 'linkedin|twitter|instagram|facebook|tiktok|x\\.com';

/** Off-platform routes a marketplace forbids before a contract, each with what it is. */
const PATTERNS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'an email address', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu },
  { what: 'a phone number', pattern: /(?<![\w$€£.,])\+?\d[\d\s().-]{7,}\d(?![\w%])/gu },
  {
    what: 'a messenger handle',
    pattern: new RegExp(
      `\\b(?:(?:contact|reach|message|text|call|add|ping|dm|find|chat with|talk to|connect with)\\s+(?:me|us)\\s+(?:on|via|at|through|over)\\s+(?:${MESSENGERS}|${SOCIAL})|my\\s+(?:${MESSENGERS}|${SOCIAL})(?:\\s+(?:id|handle|number|username|profile|page|account))?(?!\\s+(?:bot|integration|automation|api|app|channel|group|ads?|campaign|store|shop)))\\b|\\b(?:${MESSENGERS}|${SOCIAL})\\s*(?:id|handle|number|username)?\\s*[:：]\\s*@?[\\w.+-]+`,
      'giu',
    ),
  },
  { what: 'a calendar link', pattern: /\b(?:calendly|cal\.com|savvycal|tidycal|zcal)\b[^\s,;)]*/giu },
  {
    // "Happy to continue on Telegram", "let us move this chat to Skype": a route with no handle yet.
    what: 'an off-platform route',
    pattern: new RegExp(
      `\\b(?:continue|move|take|switch|carry on|talk|chat|speak|connect|discuss|follow up)\\b[^.?!\\n]{0,40}?\\b(?:on|to|via|over|through)\\s+(?:${MESSENGERS})\\b(?!\\s+(?:bots?|groups?|channels?|communit(?:y|ies)|api|apps?|ads?|integrations?|stickers?))`,
      'giu',
    ),
  },
  {
    what: 'an off-platform route',
    pattern:
      /\b(?:(?:email|e-mail|call|text|phone|whatsapp|telegram|skype)\s+me\b|(?:outside|off)\s+(?:of\s+)?(?:upwork|fiverr|freelancer|the platform|this platform|this site)|off-platform)/giu,
  },
];

const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z0-9-]+\.)+(?:com|io|net|org|co|dev|app|me|ly|ai|so|site|page|link|gg|xyz|biz|info|us|uk|de)\b(?:\/[^\s<>"')\]]*)?/giu;

/**
 * A bare domain with no scheme and no path that reads as a product name ("Monday.com",
 * "Socket.io", "ASP.NET") is a tool being discussed, not a route off the platform.
 */
function isProductName(found: string): boolean {
  if (/^(?:https?:\/\/|www\.)/i.test(found) || found.includes('/')) return false;
  const tld = found.slice(found.lastIndexOf('.') + 1);
  return /^\p{Lu}/u.test(found) || (tld.length > 1 && tld === tld.toUpperCase());
}

function bareLink(link: string): string {
  return fold(link)
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[.,;:!?]+$/, '');
}

/**
 * P14: contact details and off-platform routes break marketplace terms before a contract and get
 * accounts suspended. Links are allowed only when they start with a profile-allowed link or a
 * proof item's own link.
 */
export const p14NoContact: ProposalRule = {
  id: 'P14',
  target: 'proposal',
  title: 'No contact details or off-platform routes',
  severity: 'error',
  thresholds: {},
  check(subject, context) {
    const text = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    const allowed = [...context.profile.allowedLinks, ...context.proof.map((item) => item.link ?? '')].map(bareLink).filter((link) => link.length > 0);
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    const report = (what: string, found: string): void => {
      const key = fold(found).trim();
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ message: `The draft contains ${what}; marketplaces forbid contact details before a contract, so remove it.`, evidence: clip(found, 80) });
    };
    // Emails are matched first so their domain is not reported again as a link.
    const withoutEmails = text.replace(PATTERNS[0]?.pattern ?? /$^/, (email) => {
      report('an email address', email);
      return ' '.repeat(email.length);
    });
    for (const match of withoutEmails.matchAll(URL)) {
      const link = bareLink(match[0]);
      if (/^[\d.]+$/.test(link) || isProductName(match[0]) || allowed.some((prefix) => link.startsWith(prefix))) continue;
      report('a link that is not in your allowed links', match[0]);
    }
    for (const { what, pattern } of PATTERNS.slice(1)) {
      for (const match of withoutEmails.matchAll(pattern)) {
        const found = match[0].trim();
        if (what === 'a phone number' && (found.match(/\d/g) ?? []).length < 9) continue;
        if (what === 'a calendar link' && allowed.some((prefix) => bareLink(found).startsWith(prefix))) continue;
        report(what, found);
      }
    }
    return hits;
  },
};
