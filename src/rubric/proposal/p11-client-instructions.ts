import { mayFollow } from '../../domain/instruction-purpose.ts';
import type { Instruction } from '../../domain/schemas.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, findTerms } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { stripGreeting } from './sources.ts';

const CHECKED_KINDS = new Set<Instruction['kind']>(['start_with', 'secret_word', 'mention', 'format']);

function startsWith(text: string, value: string): boolean {
  const want = fold(value).replace(/^["'\s]+|["'\s]+$/g, '');
  if (want.length === 0) return false;
  return [text, stripGreeting(text)].some((candidate) => fold(candidate).trimStart().replace(/^["']/, '').startsWith(want));
}

/** True when the draft visibly does what the instruction asks; null when that cannot be checked. */
function followed(instruction: Instruction, text: string): boolean | null {
  const value = instruction.value?.trim() ?? '';
  if (value.length === 0) return null;
  if (instruction.kind === 'start_with') return startsWith(text, value);
  return findTerms(text, [value]).length > 0;
}

/**
 * P11: a client's own instructions (start with a word, include a code word, mention something,
 * a format) are how they screen out copy-paste bids. The rule surfaces each one the draft does not
 * visibly follow, so the person decides; it never rewrites the draft.
 */
export const p11ClientInstructions: ProposalRule = {
  id: 'P11',
  target: 'proposal',
  title: 'Client instructions detected and surfaced',
  severity: 'warn',
  thresholds: {},
  check(subject, context) {
    if (context.post === null) return [];
    const text = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    const hits: RuleHit[] = [];
    for (const instruction of context.post.instructions) {
      if (!CHECKED_KINDS.has(instruction.kind) || !mayFollow(instruction)) continue;
      const done = instruction.kind === 'start_with' ? followed(instruction, subject.text) : followed(instruction, text);
      if (done === true) continue;
      const what = instruction.value ? ` ("${instruction.value}")` : '';
      hits.push({
        message:
          done === null
            ? `The client gave an instruction (${instruction.kind}) that cannot be checked automatically; decide whether the draft follows it.`
            : `The draft does not follow the client's instruction${what}; decide whether to follow it before sending.`,
        evidence: clip(instruction.text),
      });
    }
    return hits;
  },
};
