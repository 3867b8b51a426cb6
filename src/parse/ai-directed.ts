/**
 * Whether a sentence is aimed at an AI, and how: it speaks to an AI reader ("if you are an AI",
 * "Hey Claude,"), tries to override the tool's instructions (in English or one of the languages
 * of data/override-phrases.json), or carries chat markup. A job that merely involves AI ("build
 * an AI chatbot") matches none of them.
 */
import type { Instruction } from '../domain/schemas.ts';
import { MARKUP, OVERRIDE, ROLE_PROMPT, SELF_SABOTAGE, TOOL_ASK } from './injection-patterns.ts';
import { AI_DIRECTED, AI_MUST, PROPOSAL_CONTEXT, TAKEOVER_CONTEXT, YOU_ARE_NOW } from './instruction-patterns.ts';
import { overridesInOtherLanguage } from './override-phrases.ts';

/** How a sentence is aimed at an AI. */
export type AiDirection = 'addressed' | 'override' | 'markup';

/** How the sentence is aimed at an AI, or null; `inFence` marks a line inside a code fence, where a role prompt counts as markup. */
export function aiDirection(s: string, inFence = false): AiDirection | null {
  if (MARKUP.some((p) => p.test(s)) || (inFence && ROLE_PROMPT.test(s))) return 'markup';
  if (OVERRIDE.some((p) => p.test(s)) || (YOU_ARE_NOW.test(s) && TAKEOVER_CONTEXT.test(s)) || overridesInOtherLanguage(s)) return 'override';
  if (AI_DIRECTED.some((p) => p.test(s)) || (AI_MUST.test(s) && PROPOSAL_CONTEXT.test(s))) return 'addressed';
  return null;
}

/**
 * The purpose of text aimed at an AI: markup and overrides are injections aimed at the tool; text
 * that speaks to AI applicants is a canary, unless what it asks concerns the tool's judgement.
 */
export function aiPurpose(direction: AiDirection, s: string): Instruction['purpose'] {
  return direction === 'addressed' && !TOOL_ASK.test(s) ? 'ai_canary' : 'injection';
}

/** A value that makes the applicant sabotage themselves ("i'm a silly banana - ignore my application") only a bot would write. */
export function sabotages(value: string): boolean {
  return SELF_SABOTAGE.test(value);
}
