/**
 * Contact details and off-platform routes in free text, for the post's red flags and the draft's
 * P14 alike: links (found by linkifyjs), emails (found from their "@", also when spelled "sam (at)
 * mail (dot) com"),
 * phone numbers (checked by libphonenumber-js, or spelled out in words), messenger links and
 * handles, calendar links, social profiles, and requests to move a chat elsewhere ("continue on
 * Signal"). Matching runs on the Unicode-folded copy of the text; every scan costs linear time.
 */
import { find } from 'linkifyjs';
import type { CountryCode } from 'libphonenumber-js';
import { findEmails, type Span } from './contact-email.ts';
import { findPhones } from './contact-phone.ts';
import { CONTACT_ROUTES, type ContactKind, MESSENGER_TOPIC } from './contact-routes.ts';
import { CONTACT_WORDS, mayNameApp, respectsCase } from './contact-words.ts';
import { matchingCopy } from './fold.ts';

/** One contact detail or route; `route` hits are requests in words, which a negation can cancel. */
export interface ContactHit extends Span {
  kind: ContactKind;
  route: boolean;
}

/** A link that is not a contact route by its host; the caller decides whether it is allowed. */
export interface LinkHit extends Span {
  /** True for a bare domain with no scheme, "www." or path ("rowan.dev"). */
  bare: boolean;
}

/** What a scan found, with offsets into `text` (the folded copy it matched). */
export interface ContactScan {
  text: string;
  contacts: ContactHit[];
  links: LinkHit[];
}

const MESSENGER_WORK = /\b(?:bots?|chatbots?|api|integrat\w*|automat\w*|webhooks?|n8n|zapier|twilio|crm)\b/i;
const HOST_KINDS: readonly [readonly string[], ContactKind][] = [
  [CONTACT_WORDS.messengerHosts, 'a messenger link'],
  [CONTACT_WORDS.calendarHosts, 'a calendar link'],
  [CONTACT_WORDS.socialHosts, 'a social profile'],
];
// linkifyjs reads every character it is given (about a microsecond each, spaces too), so it gets
// only the words that could hold a link (a dot before two letters, or a scheme), joined by single
// spaces, and at most LINK_BUDGET characters of them: no real draft or post comes near it. Words
// with an "@" before any "/" are addresses, which contact-email.ts finds from the "@".
const WORD_RUN = /\S{1,2000}/g;
const MAY_LINK = /\.[\p{L}\p{N}]{2}|:\/\//u;
const ADDRESS = /^[^/]*@/;
const LINK_BUDGET = 100_000;
const SCHEME = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?(?:www\.)?/i;

interface Found {
  type: string;
  value: string;
  start: number;
  end: number;
}

/** linkifyjs's links and addresses in `text`, with offsets into `text`. */
function linkify(text: string): Found[] {
  const starts: number[] = [];
  const words: string[] = [];
  let budget = LINK_BUDGET;
  for (const m of text.matchAll(WORD_RUN)) {
    if (!MAY_LINK.test(m[0]) || ADDRESS.test(m[0]) || budget < m[0].length) continue;
    budget -= m[0].length + 1;
    starts.push(m.index ?? 0);
    words.push(m[0]);
  }
  // Nothing that could be a link: linkifyjs is not even started (its scanner takes ~30 ms to build).
  if (words.length === 0) return [];
  const found: Found[] = [];
  let word = 0;
  let offset = 0;
  for (const hit of find(words.join(' '))) {
    // A hit never spans a space, so it lies in one word: walk to it and shift to the word's place in the text.
    while (word < words.length - 1 && offset + (words[word]?.length ?? 0) < hit.start) offset += (words[word++]?.length ?? 0) + 1;
    const shift = (starts[word] ?? 0) - offset;
    found.push({ type: hit.type, value: hit.value, start: hit.start + shift, end: hit.end + shift });
  }
  return found;
}

/** A link's kind by its host ("t.me/..." is a messenger link), or null for any other link. */
function linkKind(link: string): ContactKind | null {
  const bare = link.replace(SCHEME, '').toLowerCase();
  for (const [hosts, kind] of HOST_KINDS) if (hosts.some((host) => bare.startsWith(host.endsWith('/') ? host : `${host}/`) || bare === host)) return kind;
  return null;
}

/** Requests in words that are really the work: "build a Telegram bot", "connect the chatbot to my WhatsApp". */
function isTopic(text: string, hit: ContactHit, app: string | undefined): boolean {
  if (app !== undefined && !respectsCase(app)) return true;
  if (!hit.route) return false;
  const said = text.slice(hit.start, hit.end);
  if (MESSENGER_TOPIC.test(text.slice(hit.end, hit.end + 40)) && !/\bjoin\b/i.test(said)) return true;
  return MESSENGER_WORK.test(text.slice(Math.max(0, hit.start - 40), hit.end));
}

/**
 * Every contact detail, off-platform route and other link in `text`. `region` reads phone numbers
 * written without a country code (the post's country when known).
 */
export function scanContacts(raw: string, options: { region?: CountryCode } = {}): ContactScan {
  const text = matchingCopy(raw);
  const found: ContactHit[] = [];
  const links: LinkHit[] = [];
  for (const link of linkify(text)) {
    const span = { start: link.start, end: link.end };
    const kind = link.type === 'url' ? linkKind(link.value) : null;
    if (kind !== null) found.push({ ...span, kind, route: false });
    else if (link.type === 'url') links.push({ ...span, bare: !/[/:]|^www\./i.test(link.value) });
  }
  for (const span of findEmails(text)) found.push({ ...span, kind: 'an email address', route: false });
  for (const span of findPhones(text, options.region)) found.push({ ...span, kind: 'a phone number', route: false });
  const namesApp = mayNameApp(text);
  for (const { kind, pattern, route, namesApp: needsApp } of CONTACT_ROUTES) {
    if (needsApp && !namesApp) continue;
    for (const m of text.matchAll(pattern)) {
      const hit = { kind, route, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
      if (!isTopic(text, hit, m.groups?.app)) found.push(hit);
    }
  }
  const contacts = dedupe(found);
  return { text, contacts, links: outside(links, contacts) };
}

/** The links that overlap no contact (a handle's or an address's domain is not a second finding); both lists are in order. */
function outside(links: readonly LinkHit[], contacts: readonly ContactHit[]): LinkHit[] {
  const kept: LinkHit[] = [];
  let c = 0;
  for (const link of links) {
    while (c < contacts.length && (contacts[c]?.end ?? 0) <= link.start) c += 1;
    const next = contacts[c];
    if (next === undefined || next.start >= link.end) kept.push(link);
  }
  return kept;
}

/** Every contact detail and off-platform route in `text`, in order of position, overlaps merged. */
export function findContacts(text: string, options: { region?: CountryCode } = {}): ContactHit[] {
  return scanContacts(text, options).contacts;
}

/** Hits sorted by position, dropping any that overlaps an earlier-starting (or longer) one. */
function dedupe(hits: ContactHit[]): ContactHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ContactHit[] = [];
  for (const hit of sorted) {
    const last = out[out.length - 1];
    if (last && hit.start < last.end) continue;
    out.push(hit);
  }
  return out;
}
