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

// The ASCII word runs of each messenger and social name ("google chat": "google", "chat"), as a regular
// expression without the u flag reads words. Every route pattern puts a word boundary or whitespace
// before a name, so where a pattern finds one, each of its runs starts a word run of the text: in
// any case, or exactly as written for a cased name (respectsCase drops the others).
const ASCII_RUN = /[A-Za-z0-9_]+/g;
const UNCASED_APPS = [...CONTACT_WORDS.messengers, ...CONTACT_WORDS.socials];
const CASED_APPS = [...CONTACT_WORDS.messengersCased, ...CONTACT_WORDS.socialsCased];
// Runs of an uncased name in lower case, so a word lower-cased is compared to them as they are.
const APP_NAMES = [
  ...UNCASED_APPS.map((name) => ({ runs: name.toLowerCase().match(ASCII_RUN) ?? [], cased: false })),
  ...CASED_APPS.map((name) => ({ runs: name.match(ASCII_RUN) ?? [], cased: true })),
];
// Each name's runs by their first letter in lower case, for looking a word up.
const RUNS_BY_FIRST = new Map<string, { run: string; cased: boolean }[]>();
for (const { runs, cased } of APP_NAMES) {
  for (const run of runs) {
    const key = run.charAt(0).toLowerCase();
    RUNS_BY_FIRST.set(key, [...(RUNS_BY_FIRST.get(key) ?? []), { run, cased }]);
  }
}
// A name that does not start with an ASCII letter or digit could sit where no word run starts.
const APP_RUNS_SOUND = [...UNCASED_APPS, ...CASED_APPS].every((name) => /^[A-Za-z0-9]/.test(name));

/**
 * False when `text` names no messenger or social network where a contact-route pattern could find
 * one, so the patterns that need a name can be skipped: compiling those patterns is most of the
 * cost of a first scan. True whenever a name might be there (it does not say that one is).
 */
export function mayNameApp(text: string): boolean {
  if (!APP_RUNS_SOUND) return true;
  const found = new Set<string>();
  const done = () => APP_NAMES.some(({ runs }) => runs.length > 0 && runs.every((run) => found.has(run)));
  for (const [word] of text.matchAll(ASCII_RUN)) {
    // Only the runs that start with this word's letter are compared, so the scan stays linear.
    for (const { run, cased } of RUNS_BY_FIRST.get(word.charAt(0).toLowerCase()) ?? []) {
      if (word.length < run.length || found.has(run)) continue;
      const start = word.slice(0, run.length);
      if ((cased ? start : start.toLowerCase()) === run) {
        found.add(run);
        if (done()) return true;
      }
    }
  }
  return false;
}

/**
 * False for a cased word written otherwise ("signal" is the word, "Signal" the app; "wise" and "Wise"). Node 20's
 * RegExp has no inline case modifier, so the patterns match case-insensitively and this decides.
 */
export function respectsCase(found: string): boolean {
  const word = found.replace(/\s+/g, ' ');
  return !CASED_LOWER.has(word.toLowerCase()) || CASED.has(word);
}
