/**
 * The client instructions a user accepts for a draft, named by index or by value. Accepting one is
 * the user's decision; this only checks that it names an instruction of this post that a person
 * may follow, so the engine and the rubric act on exactly what the user chose.
 */
import { mayFollow } from '../domain/instruction-purpose.ts';
import { BidwrightError } from '../domain/errors.ts';
import type { Instruction, InstructionRef } from '../domain/schemas.ts';
import { fold } from '../text/fold.ts';
import { clip } from '../text/text.ts';

function describe(ref: InstructionRef): string {
  return typeof ref === 'number' ? `number ${ref}` : `"${ref}"`;
}

function find(instructions: readonly Instruction[], ref: InstructionRef): Instruction | undefined {
  if (typeof ref === 'number') return instructions[ref - 1];
  const wanted = fold(ref).trim();
  return instructions.find((instruction) => instruction.value !== null && fold(instruction.value).trim() === wanted);
}

/**
 * The instructions `refs` name, in the post's order and each once. A number counts from 1 in the
 * post's list; a value matches an instruction's value whatever its case. A ref that names no
 * instruction, or one aimed at an AI, is refused: silently dropping it would leave the user
 * believing the draft follows it.
 */
export function resolveAccepted(instructions: readonly Instruction[], refs: readonly InstructionRef[]): Instruction[] {
  const chosen = new Set<Instruction>();
  for (const ref of refs) {
    const instruction = find(instructions, ref);
    if (instruction === undefined) {
      const count = instructions.length === 0 ? 'The post has no client instructions' : `The post has ${instructions.length} client instruction(s)`;
      throw new BidwrightError(
        'INVALID_INPUT',
        `No client instruction matches ${describe(ref)}. ${count}; name one by its number in that list (from 1) or its value.`,
        {
          details: { reason: 'unknown-instruction', instruction: String(ref) },
        },
      );
    }
    if (!mayFollow(instruction)) {
      throw new BidwrightError(
        'INVALID_INPUT',
        `Instruction ${describe(ref)} is aimed at an AI ("${clip(instruction.text, 100)}"); it is a trap and is never followed.`,
      );
    }
    chosen.add(instruction);
  }
  return instructions.filter((instruction) => chosen.has(instruction));
}
