/**
 * Pulls the requested word or phrase out of an instruction: a quoted value ("'pineapple'"), or
 * the few words after the verb up to where the sentence moves on ("the word banana in your
 * proposal" -> "banana"). Works on normalised text and returns offsets, so callers can slice the
 * original wording.
 */

/** A value's offsets within the string it was found in. */
export interface ValueSpan {
  start: number;
  end: number;
}

const LEAD_IN =
  /^\s*(?::\s*)?(?:(?:with|by)\s+)?(?:(?:saying|writing|typing|stating|using)\s+)?(?:the\s+|this\s+)?(?:(?:secret|code|magic|key|special|following|exact)\s*)?(?:(?:words?|phrases?|sentence|text|line|codeword|keyword|password|passphrase)\b\s*)?(?:,\s*which\s+is\s+|is\s+|:\s*|-\s*)?/i;
const BOUNDARY = /[,.;!?()[\]]|\s(?:so|to|at|in|on|as|before|after|if|and|when|because|or|for|into|somewhere|anywhere)\s/i;
const MAX_WORDS = 6;

/** Offsets of the first quoted stretch starting at or after `from` (quotes excluded), or null. */
export function quotedAt(s: string, from = 0, within = Number.POSITIVE_INFINITY): ValueSpan | null {
  // A quote opens after a space, a bracket or a colon, and closes before punctuation or a space,
  // so the apostrophes in "you're" and "client's" are not read as quotes; inside a quote, the same
  // mark between two letters is an apostrophe ('i'm a silly banana').
  const re = /(?:^|[\s(:[])(["'])((?:(?!\1)[^\n]|(?<=\p{L})\1(?=\p{L})){1,80}?)\1(?=[\s.,;:!?)\]]|$)/gu;
  re.lastIndex = from;
  const m = re.exec(s);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1] ?? '"') + 1;
  if (start - from > within + 1) return null;
  return { start, end: start + (m[2] ?? '').length };
}

/** The requested value that follows position `from` in `s`, or null when none is stated. */
export function valueAfter(s: string, from: number): ValueSpan | null {
  const lead = LEAD_IN.exec(s.slice(from));
  const at = from + (lead ? lead[0].length : 0);
  const quoted = quotedAt(s, Math.max(0, at - 1), 40);
  if (quoted) return quoted;
  const rest = s.slice(at);
  const stop = BOUNDARY.exec(rest);
  const chunk = (stop ? rest.slice(0, stop.index) : rest).trim();
  if (chunk === '') return null;
  const words = chunk.split(/\s+/);
  if (words.length > MAX_WORDS) return null;
  const start = at + rest.indexOf(chunk);
  return { start, end: start + chunk.length };
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL = /\b(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b/gi;

/** The word positions (1-based) a phrase such as "the 6th and 7th words" points at; empty for "the last word". */
export function ordinalsIn(phrase: string): number[] {
  return [...phrase.matchAll(ORDINAL)].map((m) => (m[1] ? Number(m[1]) : ORDINAL_WORDS.indexOf((m[2] ?? '').toLowerCase()) + 1));
}

/** The words at those positions of `text`, as a person counts them (punctuation around a word dropped), or null when the text is too short. */
export function wordsAt(ordinals: readonly number[], text: string): string | null {
  if (ordinals.length === 0) return null;
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  const picked = ordinals.map((n) => words[n - 1]);
  return picked.every((word) => word !== undefined) ? picked.join(' ') : null;
}
