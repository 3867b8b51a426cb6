/**
 * Email addresses written to dodge a filter: "sam (at) protonmail (dot) com", "lena[at]site[dot]co",
 * "rowan dot pike at gmail dot com", "carla.bento at gmail", "maria @ yahoo . com", and plain
 * ones ("rowan@mailbox.example", whatever the top-level domain). The scan finds each "at" first and then
 * reads a bounded window either side of it, so it costs linear time whatever the text.
 */
import { alternation, CONTACT_WORDS } from './contact-words.ts';

/** Where an address starts and ends in the text. */
export interface Span {
  start: number;
  end: number;
}

// "@", "(at)", "[at]", "{at}", " at ", " @ ": an address's separator as written or spelled out.
const AT = /\s{0,3}[[({<]\s{0,2}at\s{0,2}[\])}>]\s{0,3}|\s{1,3}at\s{1,3}|\s{0,3}@\s{0,3}/gi;
const DOT = String.raw`(?:\s{0,3}[[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,3}|\s{1,3}dot\s{1,3}|\s{0,2}\.\s{0,2})`;
const TLD = alternation(CONTACT_WORDS.tlds);
const PROVIDER = alternation(CONTACT_WORDS.emailProviders);
const LABEL = '[a-z0-9-]{1,40}';
// After the "at": a provider ("gmail", "gmail dot com") or a domain ending in a known top-level domain.
const DOMAIN = new RegExp(String.raw`(?:${PROVIDER}(?:${DOT}${TLD})?|${LABEL}(?:${DOT}${LABEL}){0,3}?${DOT}${TLD})\b`, 'iy');
// After a bare "@", any top-level domain: "rowan@mailbox.example" is an address linkifyjs does not know.
const BARE_DOMAIN = new RegExp(String.raw`${LABEL}(?:\.${LABEL}){0,4}\.[a-z]{2,12}\b`, 'iy');
// Before the "at": the local part, which may itself be spelled with "dot" (a full stop there has no spaces).
const LOCAL_DOT = String.raw`(?:\.|\s{0,3}[[({<]\s{0,2}dot\s{0,2}[\])}>]\s{0,3}|\s{1,3}dot\s{1,3})`;
const LOCAL = new RegExp(String.raw`(?<![\w.%+-])[\w%+-]{1,64}(?:${LOCAL_DOT}[\w%+-]{1,64}){0,5}$`, 'i');
const WORDY = /\sdot\s|[[({<]\s{0,2}dot/i;
const LOOKS_LIKE_HANDLE = /[._\d]|\sdot\s/i;
const EMAIL_CUE = /\b(?:e-?mail|mail|inbox|address|write|reach|contact)\b/i;
const PROVIDER_ONLY = new RegExp(String.raw`^${PROVIDER}\b`, 'i');
const WINDOW = 120;

/**
 * An address around the "at" found at `at`, or null. A plain " at " between two words is an
 * address only when something else says so: the local part looks like a handle ("rowan.pike"),
 * the domain is spelled with "dot", a provider follows, or the text asks for mail just before.
 */
function addressAt(text: string, at: RegExpExecArray): Span | null {
  const after = at.index + at[0].length;
  const pattern = at[0] === '@' ? BARE_DOMAIN : DOMAIN;
  pattern.lastIndex = after;
  const domain = pattern.exec(text);
  if (domain === null) return null;
  const before = text.slice(Math.max(0, at.index - WINDOW), at.index);
  const local = LOCAL.exec(before);
  if (local === null) return null;
  const start = at.index - before.length + local.index;
  const plain = /^\s+at\s+$/i.test(at[0]);
  if (plain) {
    const spelled = WORDY.test(domain[0]) || LOOKS_LIKE_HANDLE.test(local[0]) || PROVIDER_ONLY.test(domain[0]);
    if (!spelled && !EMAIL_CUE.test(text.slice(Math.max(0, start - 30), start))) return null;
  }
  return { start, end: after + domain[0].length };
}

/** Every address around an "@" or a spelled "at" in `text`, in order. */
export function findEmails(text: string): Span[] {
  const found: Span[] = [];
  for (const at of text.matchAll(AT)) {
    const span = addressAt(text, at as RegExpExecArray);
    if (span !== null && (found.length === 0 || span.start >= (found[found.length - 1]?.end ?? 0))) found.push(span);
  }
  return found;
}
