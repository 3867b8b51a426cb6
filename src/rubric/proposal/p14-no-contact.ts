import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';
import { findContacts } from '../../text/contact.ts';
import type { ContactKind } from '../../text/contact-routes.ts';
import { fold } from '../../text/fold.ts';

// Kinds that are links, which pass when they start with a link the profile or a proof item allows.
const LINKS: ReadonlySet<ContactKind> = new Set<ContactKind>(['a messenger link', 'a calendar link', 'a social profile']);

// Bounded: a long run of dots or letters must not make the scan quadratic.
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,300}|\b(?:[a-z0-9-]{1,63}\.){1,6}(?:com|io|net|org|co|dev|app|me|ly|ai|so|site|page|link|gg|xyz|biz|info|us|uk|de)\b(?:\/[^\s<>"')\]]{0,300})?/giu;

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
    // Contact hits are blanked before the link scan so a handle's or an email's domain is not reported again as a link.
    const contacts = findContacts(text);
    const parts: string[] = [];
    let from = 0;
    for (const contact of contacts) {
      parts.push(text.slice(from, contact.start), ' '.repeat(contact.end - contact.start));
      from = contact.end;
    }
    // The details themselves (an email, a number) are named before a request in words ("Email me").
    for (const contact of [...contacts.filter((c) => !c.route), ...contacts.filter((c) => c.route)]) {
      const found = text.slice(contact.start, contact.end);
      if (LINKS.has(contact.kind) && allowed.some((prefix) => bareLink(found).startsWith(prefix))) continue;
      report(contact.kind, found.trim());
    }
    const rest = parts.join('') + text.slice(from);
    for (const match of rest.matchAll(URL)) {
      const link = bareLink(match[0]);
      if (/^[\d.]+$/.test(link) || isProductName(match[0]) || allowed.some((prefix) => link.startsWith(prefix))) continue;
      report('a link that is not in your allowed links', match[0]);
    }
    return hits;
  },
};
