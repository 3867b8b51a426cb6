/**
 * The job's title: the first line of a pasted page when it reads like a title (short, no sentence
 * punctuation at its end, or one full stop closing a short line that does not open like a sentence).
 * A bare description that opens with a sentence has no title.
 */
import { prepareDoc, type Doc } from './doc.ts';
import { isMetaLine } from './meta-lines.ts';

const CHROME = /^(?:job details|back to (?:search|job search)|save job|saved|apply now|submit a proposal|flag as inappropriate|view job posting|upwork)$/i;
const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|howdy)\b/i;
const GENERIC = /^(?:job description|description|summary|overview|details|about (?:us|me|the (?:job|role|project|company))|introduction)$/i;
// How a sentence about the writer or the reader opens ("We need ...", "Our store ..."); a title names the work.
const SENTENCE_OPENER =
  /^(?:i|i'm|i've|i'd|we|we're|we've|we'd|our|my|me|you|you're|your|they|they're|their|it's|it is|this|that|these|those|there|here|please|thanks|thank)\b/i;
// Some clients end the title line with a full stop ("Set up Mixpanel tracking for our onboarding funnel.").
const MAX_STOPPED_TITLE_WORDS = 12;

/** True when the line's last character does not end a sentence, or is the full stop of a short title. */
function endsLikeTitle(text: string, words: number): boolean {
  if (!/[.!?,;:]$/.test(text)) return true;
  return /[^.]\.$/.test(text) && words <= MAX_STOPPED_TITLE_WORDS && !SENTENCE_OPENER.test(text);
}

/** The index of the title line in `doc.lines`, or null when the post does not open with one. */
export function titleLineIndex(doc: Doc): number | null {
  const lines = doc.lines;
  let first = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    if (text === '' || CHROME.test(text)) continue;
    first = i;
    break;
  }
  if (first === -1) return null;
  const text = lines[first]?.text ?? '';
  const hasMore = lines.slice(first + 1).some((line) => line.text !== '');
  // A first line that runs on into a lowercase second line is hard-wrapped prose, not a title.
  const wrapped = /^\p{Ll}/u.test(lines[first + 1]?.text ?? '');
  const words = text.split(/\s+/).length;
  const looksLikeTitle =
    hasMore &&
    !wrapped &&
    text.length >= 3 &&
    text.length <= 120 &&
    !/[.!?]\s+\p{Lu}/u.test(text) &&
    words <= 20 &&
    /\p{L}/u.test(text) &&
    endsLikeTitle(text, words) &&
    !/^(?:[-*\u2022]|\d+[.)])\s/.test(text) &&
    !GREETING.test(text) &&
    !GENERIC.test(text) &&
    !isMetaLine(text);
  return looksLikeTitle ? first : null;
}

/** The title as written, or null when the text does not look like a page with one. */
export function findTitle(text: string): string | null {
  const doc = prepareDoc(text);
  const index = titleLineIndex(doc);
  const line = index === null ? undefined : doc.lines[index];
  return line ? doc.text.slice(line.start, line.end) : null;
}
