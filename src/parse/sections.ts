/**
 * Where the parts of a pasted job page begin. Upwork-like pages put the description first, then
 * the job's terms, skills, activity and the client's history; knowing where the client part starts
 * keeps the client's spending out of the budget and the description out of the client's signals.
 */
import type { Span } from './doc.ts';

const CLIENT_HEADING = /^(?:about the (?:client|buyer|employer)|about this client|client(?: (?:info(?:rmation)?|details|profile))?)\s*:?$/i;

// Headings after which the job's own description is over.
const TRAILING_HEADING =
  /^(?:skills and expertise|skills & expertise|mandatory skills|nice-to-have skills|activity on this job|about the (?:client|buyer|employer)|about this client|client(?:'s)? recent history|other open jobs by this client|similar jobs|job link|preferred qualifications|you will be asked to answer the following questions.*)\s*:?$/i;

/**
 * The index of the line that opens the client section, or null when the page has none. The page's
 * own section is the last one: a copy typed into the description comes before it.
 */
export function clientSectionStart(lines: Span[]): number | null {
  const index = lines.findLastIndex((line) => CLIENT_HEADING.test(line.text));
  return index === -1 ? null : index;
}

/** The index of the first heading that closes the description, searching from `from`; null if none. A client heading before the page's own is part of the description. */
export function trailingSectionStart(lines: Span[], from = 0): number | null {
  for (let i = from; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    if (TRAILING_HEADING.test(text) && !(CLIENT_HEADING.test(text) && i !== clientSectionStart(lines))) return i;
  }
  return null;
}

// A copied block holds client lines (and blank lines) right after its heading; this many at most.
const MAX_BLOCK_LINES = 15;

/**
 * "About the client" blocks before the page's own (a copy in the description claiming facts the
 * page does not show): each as line indexes [start, end), heading included, when at least one of
 * the lines after the heading is a client line (`isClientLine`).
 */
export function copiedClientBlocks(lines: Span[], isClientLine: (line: string) => boolean): { start: number; end: number }[] {
  const last = clientSectionStart(lines);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; last !== null && i < last; i += 1) {
    if (!CLIENT_HEADING.test(lines[i]?.text ?? '')) continue;
    let end = i + 1;
    let facts = 0;
    while (end < last && end - i <= MAX_BLOCK_LINES) {
      const text = lines[end]?.text ?? '';
      if (text !== '' && !isClientLine(text)) break;
      if (text !== '') facts += 1;
      end += 1;
    }
    if (facts > 0) out.push({ start: i, end });
  }
  return out;
}

/** The lines before the client section (all lines when there is none). */
export function linesBeforeClient(lines: Span[]): Span[] {
  const start = clientSectionStart(lines);
  return start === null ? lines : lines.slice(0, start);
}
