/**
 * What following a client instruction takes, and whether a draft does it: the required start as
 * the letter's first words, a "Subject:" first line that holds the requested words, or the word
 * anywhere. P11 and P28 check drafts with it, and the offline drafter writes to it, so the three
 * agree on what "followed" means.
 */
import type { Instruction } from '../../domain/schemas.ts';
import { countWords, findTerms, lines } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { stripGreeting } from './sources.ts';

/** Where the requested words must appear. */
export type Placement = 'start' | 'subject' | 'anywhere';

export interface Requirement {
  placement: Placement;
  value: string;
}

// "put Edge Function in the title", "in your subject line": the client reads a first line.
const SUBJECT = /\b(?:subject(?:\s+line)?|title|headline)\b/u;
// "write 'blue' at the top", "in your first sentence": the first words.
const AT_START = /\b(?:at the (?:top|start|beginning)|(?:first|opening) (?:word|words|line|sentence))\b/u;
// "mention your favourite movie" asks for an answer only the person has, not these words.
const PERSONAL = /^(?:your|my|the name|what|which|who|why|how)\b/u;

const SUBJECT_LINE = /^\s*subject\s*:\s*/iu;
// A first line reads as a title when it says so or is short; a whole opening paragraph is not one.
const TITLE_LINE = /^\s*(?:subject|title|re)\s*:/iu;
const MAX_TITLE_WORDS = 15;
const EDGE_QUOTES = /^["'\s]+|["'\s]+$/g;

/**
 * What following the instruction takes, or null when no draft can be checked for it: a rule about
 * form ("under 150 words"), a value the post does not state, or a personal answer to give.
 */
export function requirementOf(instruction: Instruction): Requirement | null {
  const value = (instruction.value ?? '').replace(EDGE_QUOTES, '');
  if (value.length === 0 || instruction.kind === 'format' || instruction.kind === 'ai_directed') return null;
  if (instruction.kind === 'start_with') return { placement: 'start', value };
  if (instruction.kind === 'mention' && PERSONAL.test(fold(value))) return null;
  const text = fold(instruction.text);
  if (SUBJECT.test(text)) return { placement: 'subject', value };
  return { placement: AT_START.test(text) ? 'start' : 'anywhere', value };
}

/** The draft without a leading "Subject: ..." line, which stands apart from the letter. */
function withoutSubjectLine(text: string): string {
  const first = lines(text)[0] ?? '';
  return SUBJECT_LINE.test(first) ? text.slice(text.indexOf(first) + first.length).trimStart() : text;
}

function startsWith(text: string, value: string): boolean {
  const want = fold(value);
  const letter = withoutSubjectLine(text);
  return [letter, stripGreeting(letter)].some((candidate) => fold(candidate).trimStart().replace(/^["']/, '').startsWith(want));
}

/**
 * True when the draft meets the requirement. `letter` is the cover letter; `all` adds the screening
 * answers, where a requested word may also sit.
 */
export function meets(requirement: Requirement, letter: string, all: string): boolean {
  if (requirement.placement === 'start') return startsWith(letter, requirement.value);
  if (requirement.placement === 'subject') {
    const first = lines(letter)[0] ?? '';
    return (TITLE_LINE.test(first) || countWords(first) <= MAX_TITLE_WORDS) && findTerms(first, [requirement.value]).length > 0;
  }
  return findTerms(all, [requirement.value]).length > 0;
}
