import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';
import { meets, requirementOf } from './instruction-requirement.ts';

const WHERE = {
  start: 'as the very first words of the letter',
  subject: 'in a first line such as "Subject: ..."',
  anywhere: 'in the letter',
} as const;

/**
 * P28: a client instruction the user accepted (a secret word, a required start, a subject line)
 * is a promise to the client, who discards bids that miss it; a draft that does not follow it is
 * an error. One the rubric cannot check (a rule about form, a value the post leaves to work out)
 * is a warning that names it, for the person to check.
 */
export const p28AcceptedInstructions: ProposalRule = {
  id: 'P28',
  target: 'proposal',
  title: 'Every client instruction the user accepted is followed',
  severity: 'error',
  thresholds: {},
  check(subject, context) {
    const all = [subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n');
    const hits: RuleHit[] = [];
    for (const instruction of context.accepted ?? []) {
      const requirement = requirementOf(instruction);
      if (requirement === null) {
        hits.push({
          message: 'You accepted this client instruction, but whether the draft follows it cannot be checked automatically; check it before sending.',
          evidence: clip(instruction.text),
          severity: 'warn',
        });
      } else if (!meets(requirement, subject.text, all)) {
        hits.push({
          message: `You accepted this client instruction, but the draft does not have "${requirement.value}" ${WHERE[requirement.placement]}.`,
          evidence: clip(instruction.text),
        });
      }
    }
    return hits;
  },
};
