/**
 * Whether a sentence of a post sets terms rather than describing the client's situation: a client
 * instruction of any kind (a requested word, a rule every bid must meet, text aimed at an AI, an
 * injection, in its folded copy too, so look-alike letters and other languages hide nothing) or a
 * red flag (an unpaid trial, a fee, contact or pay off the platform). A draft that quoted such a
 * sentence back would repeat the condition as if agreed, or carry out the instruction it holds.
 */
import { matchingCopy } from '../text/fold.ts';
import { classifyInstruction } from './classify-instruction.ts';
import { findRedFlags } from './red-flags.ts';

/** True when `sentence` (as the post wrote it) holds a client instruction, an injection or a red flag; such a sentence is never quoted back. */
export function setsTerms(sentence: string): boolean {
  const copy = matchingCopy(sentence);
  return classifyInstruction(sentence) !== null || (copy !== sentence && classifyInstruction(copy) !== null) || findRedFlags(sentence).length > 0;
}
