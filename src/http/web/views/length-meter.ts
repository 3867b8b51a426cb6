/**
 * The draft's word and character counts against the P13 length band. The thresholds come from the
 * rule itself so the page and the rubric never disagree; the streaming script reads them from the
 * panel's data attributes.
 */
import { p13Length } from '../../../rubric/proposal/p13-length.ts';
import { countWords } from '../../../text/text.ts';

/** How many characters a marketplace shows before the client opens a proposal. */
export const PREVIEW_CHARS = 150;

/**
 * Where the highlighted preview ends: at most `chars` characters, never inside a word. The client
 * sees the first `chars` characters; a word they cut is left out of the highlight, and so is the
 * space before it. A first word longer than the preview is cut where the client's view ends.
 * assets/draft-length.js does the same in the browser: a test holds them together.
 */
export function previewEnd(text: string, chars = PREVIEW_CHARS): number {
  if (text.length <= chars) return text.length;
  let end = chars;
  if (/\S/.test(text.charAt(end))) while (end > 0 && /\S/.test(text.charAt(end - 1))) end -= 1;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end === 0 ? chars : end;
}

/** P13's thresholds: the word band, its warning edges and the character cap. */
export const LENGTH_LIMITS = {
  minWords: p13Length.thresholds.minWords,
  maxWords: p13Length.thresholds.maxWords,
  warnUnder: p13Length.thresholds.warnUnder,
  warnOver: p13Length.thresholds.warnOver,
  maxChars: p13Length.thresholds.maxChars,
} as const;

export interface LengthStatus {
  words: number;
  chars: number;
  level: 'ok' | 'note' | 'warn' | 'error';
  note: string;
}

/** Counts a draft and says where it sits against the length band. */
export function lengthStatus(text: string): LengthStatus {
  const words = countWords(text);
  const chars = text.length;
  const band = `${LENGTH_LIMITS.minWords}–${LENGTH_LIMITS.maxWords} words`;
  const max = LENGTH_LIMITS.maxChars.toLocaleString('en-US');
  if (chars > LENGTH_LIMITS.maxChars) return { words, chars, level: 'error', note: `Over the ${max}-character limit: marketplaces cut it off.` };
  if (words < LENGTH_LIMITS.warnUnder) return { words, chars, level: 'warn', note: `Too short: under ${LENGTH_LIMITS.warnUnder} words. Aim for ${band}.` };
  if (words > LENGTH_LIMITS.warnOver) return { words, chars, level: 'warn', note: `Too long: over ${LENGTH_LIMITS.warnOver} words. Aim for ${band}.` };
  if (words < LENGTH_LIMITS.minWords || words > LENGTH_LIMITS.maxWords) return { words, chars, level: 'note', note: `Outside the ${band} target.` };
  return { words, chars, level: 'ok', note: `Within the ${band} target (${max} characters max).` };
}
