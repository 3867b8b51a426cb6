/**
 * Keeps the offline engine's offer text inside the offer rules: strips words the user or the
 * rubric bans, and turns the user's (untrusted) task text into a short, quoted-safe phrase.
 */
import { firstTermMatch } from '../../../text/text.ts';
import { AI_TELL_WORDS, GUARANTEE_PHRASES } from '../../../text/vocabulary.ts';

const COMMA_AFTER = /\s*,/y;

/** The words no offer may contain: the AI-tell list, guarantee phrases and the user's avoid list. */
export function bannedTerms(avoidWords: readonly string[]): string[] {
  return [...AI_TELL_WORDS, ...GUARANTEE_PHRASES, ...avoidWords].filter((term) => term.trim() !== '');
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:.-]+/, '')
    .replace(/\(\s*\)/g, '')
    .trim();
}

/** Removes every whole-word occurrence of `terms` from `text`, then tidies spacing and punctuation. */
export function scrubTerms(text: string, terms: readonly string[]): string {
  let out = text;
  for (const term of terms) {
    let scrubbed = '';
    let at = 0;
    // Each search starts where the last one ended, the comma it took included.
    for (let match = firstTermMatch(out, term); match !== undefined; match = firstTermMatch(out, term, at)) {
      // Take a comma that followed the word with it, so "a seamless, fast" does not become "a , fast".
      const end = match.index + match.text.length;
      COMMA_AFTER.lastIndex = end;
      scrubbed += `${out.slice(at, match.index)} `;
      at = COMMA_AFTER.exec(out) === null ? end : COMMA_AFTER.lastIndex;
    }
    out = scrubbed + out.slice(at);
  }
  return out === text ? text : tidy(out);
}

/** True when the text contains a digit, which the rubric reads as a figure. */
export function hasDigits(text: string): boolean {
  return /\d/.test(text);
}

const MAX_PHRASE = 80;

/**
 * A short phrase naming the task in the user's own words, for the generic frame: first line, first
 * sentence, without the activity count, digits, markup characters or banned words, at most
 * 80 characters cut at a word boundary. Falls back to "the work described" when nothing is left.
 */
export function taskPhrase(offer: string, count: { text: string; unit: string } | null, banned: readonly string[]): string {
  const firstLine = offer.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let phrase = firstLine.replace(/^(.{4,}?[.!?])\s.*$/, '$1');
  if (count !== null) phrase = phrase.replace(count.text, count.unit);
  phrase = phrase.replace(/[$€£]?\d[\d.,:/%]*\s*(?:[kKmM%x](?![\p{L}]))?/gu, ' ').replace(/[<>{}[\]"“”`*_#|\\]/g, ' ');
  phrase = scrubTerms(tidy(phrase), banned).replace(/[.!?;:,]+$/, '');
  if (phrase.length > MAX_PHRASE) {
    const cut = phrase.slice(0, MAX_PHRASE);
    phrase = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.-]+$/, '');
  }
  return tidy(phrase) || 'the work described';
}
