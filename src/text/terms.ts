/**
 * Terms: the units texts are compared by. A term is a multi-word term from the phrase list kept
 * whole ("power bi", "lead generation"), or a single word that is not a stopword, keyed by its
 * stem. Retrieval indexes terms, the rubric and the drafters compare through them, so all of them
 * agree on what counts as the same word.
 */
import { z } from 'zod';
import phraseFile from './phrases.json' with { type: 'json' };
import { stem as stemWord } from './stem.ts';
import { GENERIC_JOB_WORDS, SHORT_TERMS, STOPWORDS } from './stopwords.ts';
import { words } from './text.ts';

const PhraseFile = z.object({
  about: z.string(),
  phrases: z.array(z.string().regex(/^[a-z0-9#+]+(?: [a-z0-9#+]+)+$/, 'lower-case words separated by single spaces, two or more')),
});

// Longer than this a "word" is a pasted hash, URL or base64, never a topic; skipping it keeps huge input cheap.
const MAX_TERM_LENGTH = 40;

interface Phrase {
  phrase: string;
  parts: string[];
  /** The parts' stems, worked out the first time a text holds the phrase's first word: most never come up. */
  stems?: string[];
}

/** Multi-word terms by their first word as written (and its plain plural), longest first. */
function indexPhrases(phrases: readonly string[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    const entry: Phrase = { phrase, parts };
    for (const first of new Set([parts[0] as string, `${parts[0]}s`])) byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return byFirst;
}

function loadPhrases(raw: unknown): string[] {
  const result = PhraseFile.safeParse(raw);
  if (!result.success) throw new Error(`src/text/phrases.json is invalid: ${z.prettifyError(result.error)}`);
  return result.data.phrases;
}

const PHRASES = loadPhrases(phraseFile);
const BY_FIRST = indexPhrases(PHRASES);
// "lead-generation" and "node.js" are one written word for a listed multi-word term.
const PHRASE_SET: ReadonlySet<string> = new Set(PHRASES);

/**
 * The text's words with listed multi-word terms merged into one token each ("power bi"), in order.
 * Every other word is returned as `words` yields it.
 */
export function termTokens(text: string): string[] {
  const list = words(text);
  // Only words that can start a listed term are stemmed here: most words cannot, and stemming is the cost.
  const stems = new Map<number, string>();
  const stemAt = (at: number): string | undefined => {
    if (at >= list.length) return undefined;
    if (!stems.has(at)) stems.set(at, stemWord(list[at] as string));
    return stems.get(at);
  };
  const out: string[] = [];
  for (let at = 0; at < list.length; ) {
    const word = list[at] as string;
    const match = BY_FIRST.get(word)?.find((entry) => (entry.stems ??= entry.parts.map(stemWord)).every((value, offset) => stemAt(at + offset) === value));
    if (match !== undefined) {
      out.push(match.phrase);
      at += match.parts.length;
      continue;
    }
    const joined = word.replace(/[-.]/g, ' ');
    out.push(PHRASE_SET.has(joined) ? joined : word);
    at += 1;
  }
  return out;
}

/**
 * The comparison key of one token: a multi-word term is its own key; a word is stemmed with its
 * hyphens dropped ("e-commerce" meets "ecommerce").
 */
export function stem(token: string): string {
  return token.includes(' ') ? token : stemWord(token.replace(/-/g, ''));
}

/** The key of a token that is a term, or null for stopwords, noise, bare numbers and pasted junk. */
export function termKey(token: string): string | null {
  if (token.includes(' ')) return token;
  if (STOPWORDS.has(token) || token.length > MAX_TERM_LENGTH) return null;
  if (/^[\d.,]+$/.test(token)) return null;
  if (token.length < 3 && !SHORT_TERMS.has(token) && !/\d/.test(token)) return null;
  return stem(token);
}

/** True for words every job post uses (see GENERIC_JOB_WORDS), in either number. */
function isGeneric(token: string): boolean {
  return GENERIC_JOB_WORDS.has(token) || (token.endsWith('s') && GENERIC_JOB_WORDS.has(token.slice(0, -1)));
}

/** True when a token says something about a topic: a term that is not generic. */
export function isDistinctive(token: string): boolean {
  return termKey(token) !== null && !isGeneric(token);
}

/** The distinctive terms of a text, in order, each once (multi-word terms whole). */
export function distinctiveTerms(text: string): string[] {
  return [...new Set(termTokens(text).filter(isDistinctive))];
}

/** The keys of a text's distinctive terms. */
export function termStems(text: string): Set<string> {
  return new Set(distinctiveTerms(text).map(stem));
}

/** The distinctive terms of `text` whose keys are in `stems`, each once. */
export function sharedTerms(text: string, stems: ReadonlySet<string>): string[] {
  return distinctiveTerms(text).filter((term) => stems.has(stem(term)));
}
