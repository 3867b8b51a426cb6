/**
 * Competition and freshness signals from a job page: when it was posted, how many proposals it
 * has, interviews and invites, and the Connects it costs. Labels may sit on the same line as
 * their value ("Proposals: 20 to 50") or on the line above it, as pages often paste.
 */
import type { JobFacts, Range } from '../domain/schemas.ts';
import { nearestLine, originalOf, prepareDoc, type Span } from './doc.ts';
import { linesBeforeClient } from './sections.ts';

/** The activity and freshness facts of a post. */
export type Activity = Pick<JobFacts, 'postedAgo' | 'proposals' | 'interviewing' | 'invitesSent' | 'unansweredInvites' | 'connects'>;

const POSTED =
  /\b(?:re)?posted\s+(\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|an? (?:few )?(?:seconds?|minutes?|hour|day|week|month|year)s? ago|an hour ago|moments ago|just now|yesterday|today|last (?:week|month))\b/i;

const CONNECTS = [
  /\bsend a proposal for\s*:?\s*(\d{1,3})\s+connects\b/i,
  /\brequired connects(?: to submit a proposal)?\s*:?\s*(\d{1,3})\b/i,
  /\bconnects (?:required|needed|to apply|to submit)\s*:?\s*(\d{1,3})\b/i,
  /\b(?:requires?|costs?)\s*:?\s*(\d{1,3})\s+connects\b/i,
  /\b(\d{1,3})\s+connects\s+(?:required|needed|to apply|to submit)\b/i,
];

/** Reads "20 to 50", "Less than 5", "50+", "5 to 10" or a bare count into a min/max range. */
export function parseProposalCount(value: string): Range | null {
  const v = value.trim().toLowerCase();
  let m = /^(\d+)\s*(?:to|-)\s*(\d+)$/.exec(v);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  m = /^(?:less|fewer) than\s+(\d+)$/.exec(v);
  if (m) return { min: 0, max: Math.max(0, Number(m[1]) - 1) };
  m = /^(\d+)\s*\+$|^(\d+) or more$/.exec(v);
  if (m) return { min: Number(m[1] ?? m[2]), max: null };
  m = /^more than\s+(\d+)$/.exec(v);
  if (m) return { min: Number(m[1]) + 1, max: null };
  m = /^(\d+)$/.exec(v);
  if (m) return { min: Number(m[1]), max: Number(m[1]) };
  return null;
}

function parseCount(value: string): number | null {
  const m = /^(\d{1,6})$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}

// A labelled value on the label's own line, or else on the next non-blank line.
function labelled<T>(lines: Span[], label: RegExp, read: (value: string) => T | null): T | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = label.exec(lines[i]?.text ?? '');
    if (!m) continue;
    const inline = (m[1] ?? '').trim();
    if (inline !== '') {
      const value = read(inline);
      if (value !== null) return value;
      continue;
    }
    const next = nearestLine(lines, i, 1);
    const value = next === null ? null : read(lines[next]?.text ?? '');
    if (value !== null) return value;
  }
  return null;
}

/** When the post was published, as the page says it ("2 hours ago", "yesterday"), or null. */
export function parsePostedAgo(text: string): string | null {
  const doc = prepareDoc(text);
  for (const line of linesBeforeClient(doc.lines)) {
    const m = POSTED.exec(line.text);
    if (m) {
      const start = line.start + m.index + m[0].length - (m[1] ?? '').length;
      return originalOf(doc, start, line.start + m.index + m[0].length);
    }
  }
  return null;
}

/** The Connects a proposal costs ("Send a proposal for: 16 Connects"), or null. Available Connects are ignored. */
export function parseConnects(text: string): number | null {
  const norm = prepareDoc(text).norm;
  for (const pattern of CONNECTS) {
    const m = pattern.exec(norm);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Every activity signal the page states; each is null when it does not. */
export function parseActivity(text: string): Activity {
  const lines = prepareDoc(text).lines;
  return {
    postedAgo: parsePostedAgo(text),
    proposals: labelled(lines, /^proposals\s*:?\s*(.*)$/i, parseProposalCount),
    interviewing: labelled(lines, /^interviewing\s*:?\s*(.*)$/i, parseCount),
    invitesSent: labelled(lines, /^invites sent\s*:?\s*(.*)$/i, parseCount),
    unansweredInvites: labelled(lines, /^unanswered invites\s*:?\s*(.*)$/i, parseCount),
    connects: parseConnects(text),
  };
}
