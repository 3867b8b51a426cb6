import { libraryMemo } from '../../domain/library-memo.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';
import { scanContacts } from '../../text/contact.ts';
import { regionOf } from '../../text/contact-phone.ts';
import type { ContactKind } from '../../text/contact-routes.ts';
import { CONTACT_WORDS } from '../../text/contact-words.ts';
import { fold } from '../../text/fold.ts';

// Kinds that are links, which pass when they start with a link the profile or a proof item allows.
const LINKS: ReadonlySet<ContactKind> = new Set<ContactKind>(['a messenger link', 'a calendar link', 'a social profile']);
// A bare domain counts as a link only under a top-level domain websites use ("rowan.dev"), not one
// that doubles as a file extension ("app.py", "README.md").
const WEB_TLDS: ReadonlySet<string> = new Set(CONTACT_WORDS.tlds);

/**
 * A bare domain that reads as a product name ("Monday.com", "Socket.io", "ASP.NET") is a tool being
 * discussed, not a route off the platform.
 */
function isProductName(found: string): boolean {
  const tld = found.slice(found.lastIndexOf('.') + 1);
  return /^\p{Lu}/u.test(found) || (tld.length > 1 && tld === tld.toUpperCase()) || !WEB_TLDS.has(tld.toLowerCase());
}

function bareLink(link: string): string {
  return fold(link)
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[.,;:!?]+$/, '');
}

/** Links as prefixes a found link may start with, each once. */
const allowedPrefixes = (links: readonly string[]): string[] => [...new Set(links.map(bareLink).filter((link) => link.length > 0))];

/** The library's own links as allowed prefixes, read once per library. */
const libraryLinks = libraryMemo((proof) => allowedPrefixes(proof.map((item) => item.link ?? '')));

/**
 * P14: contact details and off-platform routes break marketplace terms before a contract and get
 * accounts suspended. Links are allowed only when they start with a profile-allowed link or a
 * proof item's own link. Phone numbers are read as the post's country writes them.
 */
export const p14NoContact: ProposalRule = {
  id: 'P14',
  target: 'proposal',
  title: 'No contact details or off-platform routes',
  severity: 'error',
  thresholds: {},
  check(subject, context) {
    const raw = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    const allowed = [...allowedPrefixes(context.profile.allowedLinks), ...libraryLinks(context.proof)];
    const isAllowed = (found: string): boolean => {
      const link = bareLink(found);
      return allowed.some((prefix) => link.startsWith(prefix));
    };
    const region = regionOf(context.post?.facts.client.country);
    const { text, contacts, links } = scanContacts(raw, region === undefined ? {} : { region });
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    const report = (what: string, found: string): void => {
      const key = fold(found).trim();
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ message: `The draft contains ${what}; marketplaces forbid contact details before a contract, so remove it.`, evidence: clip(found, 80) });
    };
    // The details themselves (an email, a number) are named before a request in words ("Email me").
    for (const contact of [...contacts.filter((c) => !c.route), ...contacts.filter((c) => c.route)]) {
      const found = text.slice(contact.start, contact.end).trim();
      if (!(LINKS.has(contact.kind) && isAllowed(found))) report(contact.kind, found);
    }
    for (const link of links) {
      const found = text.slice(link.start, link.end);
      if ((link.bare && isProductName(found)) || isAllowed(found)) continue;
      report('a link that is not in your allowed links', found);
    }
    return hits;
  },
};
