/**
 * The gap marker: where only the freelancer can supply an answer (a personal question, a link, their
 * availability), a draft says so in a marker such as "[fill in: your availability in EST]" instead
 * of inventing one. Defined here once; the drafter makes markers, the rubric, the CLI, the API and
 * the web page's copy script (through `GAP_PATTERN_SOURCE`) find them in any text.
 */

/** The longest prompt a marker holds; the bound keeps the pattern linear on hostile text. */
const MAX_PROMPT_CHARS = 200;

/** The marker's pattern without flags, for the browser script, which builds its own RegExp from it. */
export const GAP_PATTERN_SOURCE = `\\[fill in:\\s?([^\\s\\[\\]][^\\[\\]\\n]{0,${MAX_PROMPT_CHARS - 1}})\\]`;
export const GAP_PATTERN_FLAGS = 'giu';

export interface Gap {
  /** The whole marker as it stands in the text. */
  marker: string;
  /** What the freelancer should write there. */
  prompt: string;
  /** Where the marker starts in the text. */
  index: number;
}

/** A gap marker asking the freelancer for `prompt` (brackets and line breaks in it are flattened). */
export function gap(prompt: string): string {
  const flat = prompt.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_PROMPT_CHARS);
  return `[fill in: ${flat.length > 0 ? flat : 'your answer'}]`;
}

/** Every gap marker in `text`, in order. */
export function findGaps(text: string): Gap[] {
  const pattern = new RegExp(GAP_PATTERN_SOURCE, GAP_PATTERN_FLAGS);
  return [...text.matchAll(pattern)].map((match) => ({ marker: match[0], prompt: (match[1] ?? '').trim(), index: match.index }));
}

/** The gap markers the texts hold, in order: what the freelancer still has to fill before sending. */
export function gapMarkers(...texts: readonly string[]): string[] {
  return texts.flatMap((text) => findGaps(text).map((found) => found.marker));
}

/** `text` with its gap markers taken out, for judging what the text says without them. */
export function withoutGaps(text: string): string {
  return text.replace(new RegExp(GAP_PATTERN_SOURCE, GAP_PATTERN_FLAGS), ' ').replace(/\s+/g, ' ').trim();
}
