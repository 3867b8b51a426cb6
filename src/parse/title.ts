/**
 * The job's title: the first line of a pasted page when it reads like a title (short, no sentence
 * punctuation at its end). A bare description that opens with a sentence has no title.
 */
import { prepareDoc, type Doc } from './doc.ts';
import { isMetaLine } from './meta-lines.ts';

const CHROME = /^(?:job details|back to (?:search|job search)|save job|saved|apply now|submit a proposal|flag as inappropriate|view job posting|upwork)$/i;
const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|howdy)\b/i;
const GENERIC = /^(?:job description|description|summary|overview|details|about (?:us|me|the (?:job|role|project|company))|introduction)$/i;

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
    !/[.!?,;:]$/.test(text) &&
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
