/**
 * Text analysis shared by indexing and querying, so both sides turn "Dashboards" and "dashboard"
 * into the same term.
 */
import { GENERIC_TERMS, STOPWORDS } from './stopwords.ts';

// Letters and digits, inner apostrophes ("client's"), and a trailing "+"/"#" so "C++" and "C#"
// survive as terms instead of collapsing to "c".
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*[+#]*/gu;
// Longer runs are pasted hashes, URLs or base64, not words; skipping them keeps huge input cheap.
const MAX_TOKEN_LENGTH = 40;
const UNDOUBLE = /([bdgmnprt])\1$/;

/** Splits text into lowercase word tokens (no stopword removal, no stemming). Never throws. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    const token = match[0].replace(/['\u2019]s$/u, '').replace(/['\u2019]/gu, '');
    if (token.length > 0 && token.length <= MAX_TOKEN_LENGTH) tokens.push(token);
  }
  return tokens;
}

/**
 * A light English stemmer: plurals, "-ing", "-ed" and a final "e", so "dashboards", "pricing" and
 * "automated" meet "dashboard", "price" and "automate". It only has to be consistent, not to
 * produce real words. Accents are dropped first ("méxico" -> "mexico"); words that are still not
 * plain ASCII letters, and words with digits, pass through otherwise unchanged.
 */
export function stem(word: string): string {
  const plain = foldAccents(word);
  if (plain.length <= 3 || !/^[a-z]+$/.test(plain)) return plain;
  let w = plain;
  if (w.endsWith('ies') || w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length - 2 >= 4) w = undouble(w.slice(0, -2));

  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/**
 * "México" and "Mexico" are one place: accents are dropped so a post in Spanish meets proof written
 * in English about the same things. ASCII words (nearly all of them) skip the work.
 */
function foldAccents(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(MARKS, '') : word;
}

function undouble(w: string): string {
  return UNDOUBLE.test(w) && w.length > 3 ? w.slice(0, -1) : w;
}

/** The index term for a token, or null when it carries no topic (stopword, single letter, bare number). */
export function toTerm(token: string): string | null {
  if (STOPWORDS.has(token)) return null;
  if (token.length < 2 && !/[+#]/.test(token)) return null;
  if (/^\d+$/.test(token)) return null;
  return stem(token);
}

/** Stems of GENERIC_TERMS: matching only these never makes an item relevant. */
export const GENERIC_STEMS: ReadonlySet<string> = new Set(GENERIC_TERMS.map((word) => stem(word)));

/** One distinct query term: its stem, the word the query used for it, and its weight. */
export interface QueryTerm {
  term: string;
  word: string;
  weight: number;
}

/**
 * A piece of query text and how much its terms count (a post's title counts more than its body).
 * Pass `tokens` instead of `text` when the text was already tokenized (and perhaps trimmed).
 */
export type QueryPart = { text: string; weight: number } | { tokens: readonly string[]; weight: number };

/**
 * Turns weighted text into distinct query terms, at most `limit` of them, in first-seen order. A
 * term seen in several parts keeps the highest weight. When a part has more new terms than there
 * is room for, its most frequent terms win (ties: first seen), so a 100 KB paste stays a bounded
 * query that still reflects what the text is about.
 */
export function buildQuery(parts: readonly QueryPart[], limit: number): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const part of parts) {
    const fresh = new Map<string, { word: string; count: number; first: number }>();
    const tokens = 'tokens' in part ? part.tokens : tokenize(part.text);
    tokens.forEach((token, index) => {
      const term = toTerm(token);
      if (term === null) return;
      const existing = terms.get(term);
      if (existing !== undefined) {
        existing.weight = Math.max(existing.weight, part.weight);
        return;
      }
      const seen = fresh.get(term);
      if (seen === undefined) fresh.set(term, { word: token, count: 1, first: index });
      else seen.count += 1;
    });
    const room = Math.max(0, limit - terms.size);
    const chosen = [...fresh.entries()]
      .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
      .slice(0, room)
      .sort(([, a], [, b]) => a.first - b.first);
    for (const [term, { word }] of chosen) terms.set(term, { term, word, weight: part.weight });
  }
  return [...terms.values()];
}
