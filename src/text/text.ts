/**
 * Text helpers every rubric rule shares: words, sentences, paragraphs, numbers, n-grams and term
 * search. All pure and locale-free so a rule gives the same answer everywhere.
 */
import { fold } from './fold.ts';

/**
 * The one word pattern: letters and digits, joined by inner apostrophes, hyphens, dots and
 * ampersands ("client's", "cutting-edge", "next.js", "q&a"), with a trailing "+" or "#" so "C++"
 * and "C#" stay words. Exported for code that must keep the writer's own spelling.
 */
export const WORD = /[\p{L}\p{N}]+(?:['.&-][\p{L}\p{N}]+)*[+#]*/gu;

// En and em dashes (and the minus sign) separate words; fold would turn them into hyphens. The
// compatibility forms that NFKC turns into them are listed too, so the text is normalised once, in fold.
const WORD_BREAKING_DASHES = /[\u2013\u2014\u2015\u2212\u207b\u208b\ufe31\ufe32\ufe58]/g;

/** Words of the folded text, in order (see WORD). The project's only word splitter. */
export function words(text: string): string[] {
  return fold(text.replace(WORD_BREAKING_DASHES, ' ')).match(WORD) ?? [];
}

/** How many words the text has, counted as `words` does. */
export function countWords(text: string): number {
  return words(text).length;
}

/** Paragraphs: blocks separated by blank lines, trimmed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Non-empty lines, trimmed. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|etc|e\.g|i\.e|approx|inc|ltd|co)\.$/i;

/**
 * Sentences, trimmed. Splits after . ! ? (and at line breaks, since drafts often put a question
 * on its own line without a full stop), keeping decimals like 1.5 and common abbreviations intact.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of lines(text)) {
    let current = '';
    const parts = line.split(/(?<=[.!?])(?=\s+|$)/);
    for (const part of parts) {
      current += part;
      const trimmed = current.trim();
      if (trimmed.length === 0) continue;
      if (/[.]$/.test(trimmed) && ABBREVIATIONS.test(trimmed)) continue;
      out.push(trimmed);
      current = '';
    }
    if (current.trim().length > 0) out.push(current.trim());
  }
  return out;
}

/** The first `n` characters of the text, leading whitespace dropped. */
export function firstChars(text: string, n: number): string {
  return text.trimStart().slice(0, Math.max(0, n));
}

/** `value` with every regular-expression metacharacter escaped, to match it literally. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters and digits of any script: what a term may not touch on either side. Case-insensitive, as
// the look-arounds this replaced were: U+0345 counts, since it folds to a Greek iota.
const WORD_CHAR = /[\p{L}\p{N}]/iu;
const UNDERSCORE = 0x5f;
const HYPHEN = 0x2d;

/** True for the code point of a letter or digit of any script (ASCII without a pattern: most text is). */
function isWordCode(code: number | undefined): boolean {
  if (code === undefined) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** The code point that ends just before `at`, or undefined at the start. */
function codeBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const last = text.charCodeAt(at - 1);
  // A surrogate pair ends here when the code point two units back is outside the BMP.
  const pair = last >= 0xdc00 && last <= 0xdfff && at >= 2 ? (text.codePointAt(at - 2) ?? 0) : 0;
  return pair > 0xffff ? pair : last;
}

/**
 * True when text[start, end) is a whole word or phrase: not inside a longer word or a hyphenated
 * compound ("edge" is not found in "cutting-edge"), nor joined to an underscore.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = codeBefore(text, start);
  if (before === UNDERSCORE || isWordCode(before) || (before === HYPHEN && isWordCode(codeBefore(text, start - 1)))) return false;
  const after = text.codePointAt(end);
  return !(after === UNDERSCORE || isWordCode(after) || (after === HYPHEN && isWordCode(text.codePointAt(end + 1))));
}

/** A term's letters as a case-insensitive pattern, any run of spaces matching any whitespace; null for a blank term. */
function termBody(term: string): RegExp | null {
  const key = fold(term).trim();
  return key === '' ? null : new RegExp(escapeRegExp(key).replace(/\s+/g, '\\s+'), 'giu');
}

/** Where a term occurs in a text: its index and the text as written there. */
export interface TermMatch {
  index: number;
  text: string;
}

// The word boundaries are checked in code, not written into each term's pattern as \p{L} and \p{N}
// look-arounds: V8 builds those Unicode classes (and their case closure) again for every pattern it
// compiles, about 5 million instructions each, and a cold command compiled dozens of them.
function bodyMatches(body: RegExp, text: string, limit: number, from = 0): TermMatch[] {
  const found: TermMatch[] = [];
  body.lastIndex = from;
  while (found.length < limit) {
    const match = body.exec(text);
    if (match === null) break;
    const end = match.index + match[0].length;
    if (standsAlone(text, match.index, end)) found.push({ index: match.index, text: match[0] });
    // A rejected match may hide a whole-word one that starts inside it.
    else body.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return found;
}

/**
 * Every occurrence of `term` in `text` as a whole word or phrase, case-insensitive, left to right
 * and not overlapping; any run of spaces in the term matches any whitespace.
 */
export function termMatches(text: string, term: string): TermMatch[] {
  const body = termBody(term);
  return body === null ? [] : bodyMatches(body, text, Number.POSITIVE_INFINITY);
}

/** The first occurrence of `term` in `text` as a whole word or phrase (see `termMatches`) at or after `from`, or undefined. */
export function firstTermMatch(text: string, term: string, from = 0): TermMatch | undefined {
  const body = termBody(term);
  return body === null ? undefined : bodyMatches(body, text, 1, from)[0];
}

/** True when `term` occurs in `text` as a whole word or phrase, case-insensitive. */
export function hasTerm(text: string, term: string): boolean {
  return firstTermMatch(text, term) !== undefined;
}

/** `text` with each whole-word occurrence of `term` replaced by what `replace` returns for it. */
export function replaceTerm(text: string, term: string, replace: (match: TermMatch) => string): string {
  let out = '';
  let at = 0;
  for (const match of termMatches(text, term)) {
    out += text.slice(at, match.index) + replace(match);
    at = match.index + match.text.length;
  }
  return out + text.slice(at);
}

// A run of word characters: a term that starts with one can only match where such a run starts,
// and only where the run equals the term's own leading run (see standsAlone).
const WORD_RUN = /[\p{L}\p{N}_]+/gu;
const LEADING_RUN = /^[\p{L}\p{N}_]+/u;
// Letters that differ only in case (final and medial sigma) are one letter to the 'i' flag.
const caseless = (run: string): string => run.toUpperCase().toLowerCase();
// Up to this many terms, each pattern is tried on the text; above it the text's words pick the candidates.
const FEW_TERMS = 4;

interface Term {
  term: string;
  key: string;
  /** Compiled on first use: most terms of a long list are never tried. */
  body?: RegExp | null;
}

/**
 * Compiles `terms` once into a function that returns the terms occurring in a text as whole words
 * or phrases, case-insensitive, each once, in list order. Use it for lists checked many times.
 * For a long list, one pass over the text's words picks the terms that can occur, so the cost
 * follows the text, not the text times the list.
 */
export function termMatcher(terms: readonly string[]): (text: string) => string[] {
  const compiled: Term[] = [];
  const seen = new Set<string>();
  const byRun = new Map<string, Term[]>();
  const always: Term[] = [];
  for (const term of terms) {
    const key = fold(term).trim();
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const entry: Term = { term, key };
    compiled.push(entry);
    const run = LEADING_RUN.exec(key)?.[0];
    if (run === undefined) always.push(entry);
    else byRun.set(caseless(run), [...(byRun.get(caseless(run)) ?? []), entry]);
  }
  const occurs = (entry: Term, haystack: string): boolean => {
    entry.body ??= termBody(entry.key);
    return entry.body !== null && bodyMatches(entry.body, haystack, 1).length > 0;
  };
  return (text) => {
    const haystack = fold(text);
    if (compiled.length <= FEW_TERMS) return compiled.filter((entry) => occurs(entry, haystack)).map(({ term }) => term);
    const candidates = new Set(always);
    for (const [run] of haystack.matchAll(WORD_RUN)) for (const entry of byRun.get(caseless(run)) ?? []) candidates.add(entry);
    return compiled.filter((entry) => candidates.has(entry) && occurs(entry, haystack)).map(({ term }) => term);
  };
}

/**
 * The terms from `terms` that occur in `text` as whole words or phrases, case-insensitive,
 * each once, in list order.
 */
export function findTerms(text: string, terms: readonly string[]): string[] {
  return termMatcher(terms)(text);
}

/** How many times `term` occurs in `text` as a whole word or phrase, case-insensitive. */
export function countTerm(text: string, term: string): number {
  return termMatches(fold(text), term).length;
}

// A number not glued to letters ("B2B", "3PL", "GPT-4o" hold no figure), with an optional currency
// sign before and %, "percent", k/M or x after.
const NUMBER_PATTERN = /(?:[$€£]\s?)?(?<![\p{L}\p{N}.])\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|[kKmM](?![\p{L}\p{N}])|x(?![\p{L}\p{N}])))?(?![\p{L}\p{N}])/gu;

/** A number found in a text, as written, with where it starts. */
export interface NumberMatch {
  raw: string;
  index: number;
}

/** Every number in the text with its position (see `extractNumbers` for what counts). */
export function numberMatches(text: string): NumberMatch[] {
  return [...text.matchAll(NUMBER_PATTERN)].map((match) => ({ raw: match[0].trim(), index: match.index }));
}

/**
 * Numbers as written in the text, with any currency sign before and %, k/M or x after:
 * "$1,200", "40%", "1.5k", "3x", "12". Words like "three" are not numbers here.
 */
export function extractNumbers(text: string): string[] {
  return numberMatches(text).map((match) => match.raw);
}

/**
 * A number's value for comparison: "$1,200" -> 1200, "1.5k" -> 1500, "40 %" -> 40, "2M" -> 2000000.
 * Returns null when the text holds no number.
 */
export function numberValue(raw: string): number | null {
  const match = /(\d+(?:[.,]\d+)*)\s?(%|percent|[kKmM]|x)?/.exec(raw);
  if (!match || match[1] === undefined) return null;
  let digits = match[1];
  // A comma followed by exactly three digits groups thousands; otherwise read it as a decimal mark.
  digits = /,\d{3}(?!\d)/.test(digits) ? digits.replace(/,/g, '') : digits.replace(/,/g, '.');
  // Several dots can only be thousands separators ("1.200.000").
  const value = Number(digits.split('.').length > 2 ? digits.replace(/\./g, '') : digits);
  if (!Number.isFinite(value)) return null;
  const suffix = match[2]?.toLowerCase();
  if (suffix === 'k') return value * 1_000;
  if (suffix === 'm') return value * 1_000_000;
  return value;
}

/** Word n-grams of the normalised text, joined by single spaces. Empty when the text is shorter than n. */
export function ngrams(text: string, n: number): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  if (n < 1) return out;
  for (let i = 0; i + n <= list.length; i += 1) out.add(list.slice(i, i + n).join(' '));
  return out;
}

/** Shortens `text` to at most `max` characters for evidence, marking the cut with "...". */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 3).trimEnd()}...`;
}
