/**
 * Text folding for everything the project compares: pasted job pages, proof and drafts.
 * `cleanText` removes characters that carry no visible meaning (and can hide tricks);
 * `normalizeForMatching` rewrites typographic variants one character for one character, so an
 * offset found in the normalised text slices the same words out of the cleaned original; `fold`
 * does both after Unicode compatibility folding, and lower-cases, for comparisons.
 */

import { unconfuse } from './confusables.ts';

// C0/C1 controls except tab, newline and carriage return; plus invisible format characters
// (zero-width spaces and joiners, bidi overrides, soft hyphen, BOM, variation selectors, Unicode
// tag characters) that can split words or carry text a reader never sees (src/text/hidden-text.ts reports it).
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u{E0000}-\u{E007F}]|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;

const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
// Angle-bracket look-alikes NFKC leaves alone ("‹/job_post›", "〈system〉", "⟨", "ᐸ"): read as "<" and
// ">", a post cannot write a tag a reader or a model would take for markup without it showing as one.
const LEFT_ANGLES = /[\u02C2\u1438\u2039\u27E8\u27EA\u276C\u276E\u29FC\u3008\u300A]/g;
const RIGHT_ANGLES = /[\u02C3\u1433\u203A\u27E9\u27EB\u276D\u276F\u29FD\u3009\u300B]/g;
// Guillemets and CJK corner brackets quote a word as "..." does.
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C-\u300F\uFF02]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const PRINTABLE_ASCII = /^[\x20-\x7E\n\t]*$/;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

/** Removes control and invisible format characters; everything else is kept as written. */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '');
}

/**
 * Maps typographic variants to plain ASCII for matching: curly quotes to straight, dashes to "-",
 * angle-bracket look-alikes to "<" and ">", exotic spaces to " ", and line endings to "\n". The
 * result has exactly the length of the input.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/\r\n/g, ' \n')
    .replace(/\r/g, '\n')
    .replace(LINE_SEPARATORS, '\n')
    .replace(SPACES, ' ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(LEFT_ANGLES, '<')
    .replace(RIGHT_ANGLES, '>');
}

/**
 * The text as a matcher should read it, case kept: compatibility forms to plain ones (fullwidth
 * "ＡＩ" and mathematical "𝐀𝐈" to "AI", ligatures), invisible characters out, look-alike letters
 * of other scripts to Latin inside Latin words, typographic variants to ASCII. Offsets do not
 * survive it: show the original, match the copy.
 */
export function matchingCopy(text: string): string {
  // Printable ASCII has nothing to fold, and most text is that.
  if (PRINTABLE_ASCII.test(text)) return text;
  return normalizeForMatching(unconfuse(cleanText(text.normalize('NFKC'))));
}

/**
 * The one folding every comparison goes through: `matchingCopy`, lower-cased. Posts, proof and
 * drafts are pasted from anywhere; two spellings of one word must meet.
 */
export function fold(text: string): string {
  return matchingCopy(text).toLowerCase();
}

const MARKS = /\p{M}+/gu;

/** `fold` without accents ("Café" and "cafe" meet), for searches where a missing accent is a typo. */
export function foldForSearch(text: string): string {
  return fold(text).normalize('NFD').replace(MARKS, '');
}
