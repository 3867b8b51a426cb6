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

/** The index of the line that opens the client section, or null when the page has none. */
export function clientSectionStart(lines: Span[]): number | null {
  const index = lines.findIndex((line) => CLIENT_HEADING.test(line.text));
  return index === -1 ? null : index;
}

/** The index of the first heading that closes the description, searching from `from`; null if none. */
export function trailingSectionStart(lines: Span[], from = 0): number | null {
  for (let i = from; i < lines.length; i += 1) {
    if (TRAILING_HEADING.test(lines[i]?.text ?? '')) return i;
  }
  return null;
}

/** The lines before the client section (all lines when there is none). */
export function linesBeforeClient(lines: Span[]): Span[] {
  const start = clientSectionStart(lines);
  return start === null ? lines : lines.slice(0, start);
}
