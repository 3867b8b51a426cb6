import type { Instruction } from './schemas.ts';

/**
 * True when a user may accept a client instruction for a draft: anything but text aimed at an AI,
 * which is a trap and never obeyed. The one place this is decided (the web form's checkboxes, the
 * request check, P11); once instructions carry a purpose, it becomes `purpose === 'read_check'`.
 */
export function canAccept(instruction: Instruction): boolean {
  return instruction.kind !== 'ai_directed';
}
