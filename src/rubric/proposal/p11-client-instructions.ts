import { mayFollow } from '../../domain/instruction-purpose.ts';
import type { Instruction } from '../../domain/schemas.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';
import { meets, requirementOf } from './instruction-requirement.ts';

/**
 * P11: a client's own instructions (start with a word, include a code word, mention something,
 * a format) are how they screen out copy-paste bids. The rule surfaces each one the user has not
 * accepted and the draft does not visibly follow, so the person decides; it never rewrites the
 * draft. Accepted instructions are P28's: there, not following one is an error.
 */
export const p11ClientInstructions: ProposalRule = {
  id: 'P11',
  target: 'proposal',
  title: 'Client instructions detected and surfaced',
  severity: 'warn',
  thresholds: {},
  check(subject, context) {
    if (context.post === null) return [];
    // Compared by content: a caller may pass copies of the post's instructions.
    const key = (instruction: Instruction) => `${instruction.kind}\n${instruction.text}`;
    const accepted = new Set((context.accepted ?? []).map(key));
    const all = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    const hits: RuleHit[] = [];
    for (const instruction of context.post.instructions) {
      if (!mayFollow(instruction) || accepted.has(key(instruction))) continue;
      const requirement = requirementOf(instruction);
      if (requirement !== null && meets(requirement, subject.text, all)) continue;
      const what = instruction.value ? ` ("${instruction.value}")` : '';
      hits.push({
        message:
          requirement === null
            ? `The client gave an instruction (${instruction.kind}) that cannot be checked automatically; decide whether the draft follows it.`
            : `The draft does not follow the client's instruction${what}; accept it to have the draft follow it, or decide before sending.`,
        evidence: clip(instruction.text),
      });
    }
    return hits;
  },
};
