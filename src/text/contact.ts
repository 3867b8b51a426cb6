/**
 * Contact details and off-platform routes in free text, for the post's red flags and the draft's
 * P14 alike: emails (also written "john at gmail dot com"), phone numbers (recognised and checked
 * by libphonenumber-js, plus national numbers the text calls a phone), messenger links and
 * handles, calendar links, social profiles, and requests to move a chat elsewhere with no handle
 * ("continue on Telegram"). Every repetition is bounded, so a scan costs linear time.
 */
import { isValidPhoneNumber } from 'libphonenumber-js';
import { CONTACT_ROUTES, type ContactKind, MESSENGER_TOPIC } from './contact-routes.ts';

/** One contact detail or route; `route` hits are requests in words, which a negation can cancel. */
export interface ContactHit {
  kind: ContactKind;
  start: number;
  end: number;
  route: boolean;
}

const TLD = '(?:com|net|org|io|co|me|info|biz|dev|ai|app|us|uk|de|fr|ru|in|ca|au|ng|pk|ph|edu|gov)';
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,12}\b/g;
// "maria.lopez @ yahoo . com", "john at gmail dot com", "hr (at) site (dot) net", "a[at]b[dot]io".
const SPACED_EMAIL = new RegExp(String.raw`[A-Za-z0-9._%+-]{1,64} ?@ ?[A-Za-z0-9-]{1,63}(?: ?\. ?[A-Za-z0-9-]{1,63}){0,3} ?\. ?${TLD}\b`, 'gi');
const AT = String.raw`(?:\s?[[(]\s?at\s?[\])]\s?|\s{1,3}at\s{1,3})`;
const DOT = String.raw`(?:\s?[[(]\s?dot\s?[\])]\s?|\s{1,3}dot\s{1,3})`;
const WORDY_EMAIL = new RegExp(
  String.raw`\b[A-Za-z0-9._%+-]{1,64}(?:${DOT}[A-Za-z0-9-]{1,30}){0,3}${AT}[A-Za-z0-9-]{1,63}(?:${DOT}[A-Za-z0-9-]{1,30}){0,2}${DOT}${TLD}\b`,
  'gi',
);

// A run of digits and separators that may be a phone number; bounded so a long run costs linear time.
const DIGIT_RUN = /(?<![\w$€£.,/#])\+?\(?\d[\d\s().-]{6,22}\d(?![\w%])/g;
// Words that call the number after them a phone ("Ring me on 07911 123456").
const PHONE_CUE = /\b(?:call|ring|text|sms|phone|tel|telephone|mobile|cell|whats ?app|viber)\b[^\d\n]{0,20}$/i;
const MIN_DIGITS = 9;
// Checking a number costs far more than finding it: past this many digit runs (no real post has
// them) only numbers the text calls a phone are taken, so a wall of digits stays cheap.
const MAX_CHECKED = 200;
const MESSENGER_WORK = /\b(?:bots?|chatbots?|api|integrat\w*|automat\w*|webhooks?|n8n|zapier|twilio|crm)\b/i;

const digitCount = (s: string): number => s.replace(/\D/g, '').length;

function phones(text: string): ContactHit[] {
  const hits: ContactHit[] = [];
  let checked = 0;
  for (const m of text.matchAll(DIGIT_RUN)) {
    const at = m.index ?? 0;
    if (digitCount(m[0]) < MIN_DIGITS) continue;
    checked += 1;
    const valid = checked <= MAX_CHECKED && isValidPhoneNumber(m[0], 'US');
    if (valid || PHONE_CUE.test(text.slice(Math.max(0, at - 30), at))) hits.push({ kind: 'a phone number', start: at, end: at + m[0].length, route: false });
  }
  return hits;
}

function all(text: string, pattern: RegExp, kind: ContactKind, route: boolean): ContactHit[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, route }));
}

/** Emails in any of their written forms, each once. */
function emails(text: string): ContactHit[] {
  return dedupe([
    ...all(text, EMAIL, 'an email address', false),
    ...all(text, SPACED_EMAIL, 'an email address', false),
    ...all(text, WORDY_EMAIL, 'an email address', false),
  ]);
}

/** Every contact detail and off-platform route in `text`, in order of position, overlaps merged. */
export function findContacts(text: string): ContactHit[] {
  const found = [...emails(text), ...phones(text)];
  for (const { kind, pattern, route } of CONTACT_ROUTES) {
    for (const hit of all(text, pattern, kind, route)) {
      // "Build a Telegram bot": a messenger named as the work's topic, not a way to reach someone.
      const said = text.slice(hit.start, hit.end);
      if (route && MESSENGER_TOPIC.test(text.slice(hit.end, hit.end + 40)) && !/\bjoin\b/i.test(said)) continue;
      // "Connect the chatbot to my WhatsApp": software wired to a messenger is the work, not a way to talk.
      if (route && MESSENGER_WORK.test(text.slice(Math.max(0, hit.start - 40), hit.end))) continue;
      // "signal" in lower case is the word, not the app ("connect the sensor to signal processing").
      if (/^signal\b|\bsignal$/.test(said)) continue;
      found.push(hit);
    }
  }
  return dedupe(found);
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
