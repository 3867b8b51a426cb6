/**
 * The words that name off-platform routes (contact-words.json), checked once at load, and the
 * regular-expression pieces built from them, so the contact and payment detectors share one list.
 */
import { z } from 'zod';
import file from './contact-words.json' with { type: 'json' };

const Word = z.string().regex(/^[\p{L}\p{N}@./ -]+$/u, 'letters, digits, spaces and . / @ - only');
const Words = z.array(Word).min(1);

export const ContactWords = z
  .object({
    about: z.string(),
    messengers: Words,
    messengersCased: Words,
    socials: Words,
    socialsCased: Words,
    emailProviders: Words,
    tlds: Words,
    messengerHosts: Words,
    calendarHosts: Words,
    socialHosts: Words,
    numberWords: Words,
    paymentRails: Words,
    paymentRailsCased: Words,
  })
  .strict();
export type ContactWords = z.infer<typeof ContactWords>;

function load(raw: unknown): ContactWords {
  const result = ContactWords.safeParse(raw);
  if (!result.success) throw new Error(`src/text/contact-words.json is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** The checked word lists. */
export const CONTACT_WORDS: ContactWords = load(file);

/**
 * A non-capturing alternation of `words`, longest first (so "facebook messenger" wins over
 * "facebook"), with each space matching one to three whitespace characters. Bounded: no `*` or `+`.
 */
export function alternation(words: readonly string[]): string {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`\s{1,3}`));
  return `(?:${escaped.join('|')})`;
}

const CASED = new Set([...CONTACT_WORDS.messengersCased, ...CONTACT_WORDS.socialsCased, ...CONTACT_WORDS.paymentRailsCased]);
const CASED_LOWER = new Set([...CASED].map((word) => word.toLowerCase()));

/** Messengers and social networks, the cased ones included in lower case: check a match with `respectsCase`. */
export const MESSENGER = alternation([...CONTACT_WORDS.messengers, ...CONTACT_WORDS.messengersCased]);
export const SOCIAL = alternation([...CONTACT_WORDS.socials, ...CONTACT_WORDS.socialsCased]);

/**
 * False for a cased word written otherwise ("signal" is the word, "Signal" the app; "wise" and "Wise"). Node 20's
 * RegExp has no inline case modifier, so the patterns match case-insensitively and this decides.
 */
export function respectsCase(found: string): boolean {
  const word = found.replace(/\s+/g, ' ');
  return !CASED_LOWER.has(word.toLowerCase()) || CASED.has(word);
}
