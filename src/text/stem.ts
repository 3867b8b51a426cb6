/**
 * The one stemmer: Porter2 (the Snowball English stemmer) from the `porter2` package, so that
 * "migration", "migrating" and "migrate" meet while "general" and "generation" stay apart.
 */
import { stem as porter2 } from 'porter2';

const NON_ASCII = /[^\x00-\x7f]/;
// Words Porter2 would fold into a tool's or a topic's stem ("excellent" into Excel's "excel",
// "important" into "import", "animal" into animation's "anim"): kept whole instead.
const KEEP_WHOLE: ReadonlySet<string> = new Set(
  'excellent excellence excellency exceptional exceptionally important importance importantly animal animals'.split(' '),
);
const MARKS = /\p{M}+/gu;
// Stemming is pure, and one proposal stems the same words many times over (parsing, retrieval,
// drafting and each rubric rule read the same post and draft). The memo is bounded (cleared when
// full) and keeps only words of at most 12 characters: V8 holds a longer substring as a pointer
// into the text it was cut from, so a kept key would keep a whole pasted post alive.
const MEMO_LIMIT = 50_000;
const MEMO_WORD_LENGTH = 12;
const memo = new Map<string, string>();

/**
 * The stem of one folded word. Accents are dropped first ("méxico" meets "mexico", so a post in
 * Spanish meets proof written in English); words that are then not plain letters (digits, "c++",
 * "next.js") are returned as they are, since a stemmer would only mangle them.
 */
export function stem(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const value = stemFresh(word);
  if (word.length <= MEMO_WORD_LENGTH) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, value);
  }
  return value;
}

function stemFresh(word: string): string {
  const plain = NON_ASCII.test(word) ? word.normalize('NFD').replace(MARKS, '') : word;
  const base = plain.replace(/'s$/, '').replace(/'/g, '');
  if (KEEP_WHOLE.has(base)) return base;
  return /^[a-z]+$/.test(base) ? porter2(base) : base;
}
