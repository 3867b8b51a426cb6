/**
 * Follows the client instructions the user accepted, and no other: the required start becomes the
 * letter's first words, a subject-line request a "Subject: ..." first line, and a secret word or
 * mention one plain sentence before the closing question. What following takes is the rubric's
 * own reading (instruction-requirement.ts), so P28 checks exactly what was written.
 */
import type { Instruction, Tone } from '../../../domain/schemas.ts';
import { requirementOf, type Requirement } from '../../../rubric/proposal/instruction-requirement.ts';
import { fill, frames } from './phrasing.ts';

function readCheckSentence(value: string, tone: Tone): string {
  return fill(frames('readCheck')[tone][0] as string, { value });
}

/** The letter with the accepted instructions carried out; unchanged when none is accepted. */
export function followInstructions(text: string, accepted: readonly Instruction[], tone: Tone): string {
  const wanted = accepted.map(requirementOf).filter((requirement): requirement is Requirement => requirement !== null);
  const of = (placement: Requirement['placement']) => wanted.filter((requirement) => requirement.placement === placement);
  let letter = text;
  const mentions = of('anywhere').map((requirement) => readCheckSentence(requirement.value, tone));
  if (mentions.length > 0) {
    // The closing question stays last (P09), so the sentence goes just before its paragraph.
    const at = letter.lastIndexOf('\n\n');
    const sentence = mentions.join(' ');
    letter = at < 0 ? `${sentence}\n\n${letter}` : `${letter.slice(0, at)}\n\n${sentence}${letter.slice(at)}`;
  }
  const start = of('start')[0];
  // One line break, not a blank line: the first paragraph stays the opening the rubric reads.
  if (start !== undefined) letter = `${start.value}\n${letter}`;
  const subject = of('subject')[0];
  if (subject !== undefined) letter = `Subject: ${subject.value}\n${letter}`;
  return letter;
}
