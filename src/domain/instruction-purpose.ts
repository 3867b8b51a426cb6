/**
 * What each instruction purpose means to the user, said once for every place that shows or acts on
 * instructions: only a read-the-post check may be followed, and only if the user accepts it.
 */
import type { Instruction } from './schemas.ts';

type Purpose = Instruction['purpose'];

/** How each purpose is named where instructions are shown. */
export const PURPOSE_LABEL: Record<Purpose, string> = {
  read_check: 'read-the-post check: follow it if you choose',
  ai_canary: 'trap for AI applicants: flagged, never obeyed',
  injection: 'aimed at the tool: set aside',
  scam: 'scam signal',
};

/** True when the instruction is aimed at an AI (a canary for AI applicants, or an injection aimed at the tool): never obeyed, its words never echoed. */
export function aimedAtAi(instruction: Instruction): boolean {
  return instruction.purpose === 'ai_canary' || instruction.purpose === 'injection';
}

/** True when the user may choose to follow the instruction (a read check); canaries, injections and scam signals never are. */
export function mayFollow(instruction: Instruction): boolean {
  return instruction.purpose === 'read_check';
}
