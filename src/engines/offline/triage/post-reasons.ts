/**
 * Reasons read from the post itself: red flags, client instructions, scope against budget, and how
 * exposed the task is to AI.
 */
import { aimedAtAi, mayFollow } from '../../../domain/instruction-purpose.ts';
import type { AiExposureLevel, ParsedJobPost, Reason, RedFlagCode } from '../../../domain/schemas.ts';
import { SEVERE_RED_FLAGS } from '../../../rubric/triage/t10-red-flags.ts';
import { clip } from '../../../text/text.ts';
import { SMALL_BUDGET, fixedBudget, isVagueScope, largeScopeEvidence } from './scope-signals.ts';
import { offlineContent } from '../content/load-content.ts';

/** One negative reason per red flag, quoting what the post said. */
export function redFlagReasons(post: ParsedJobPost): Reason[] {
  const seen = new Set<RedFlagCode>();
  const reasons: Reason[] = [];
  for (const flag of post.redFlags) {
    if (seen.has(flag.code)) continue;
    seen.add(flag.code);
    const evidence = flag.evidence.trim().length > 0 ? ` The post says: "${clip(flag.evidence, 100)}".` : '';
    const severity = SEVERE_RED_FLAGS.has(flag.code) ? ' This alone is a reason to skip.' : '';
    reasons.push({ signal: `redFlag:${flag.code}`, effect: 'negative', text: `${flag.message.trim()}${evidence}${severity}` });
  }
  return reasons;
}

/** A note that the post holds instructions for applicants, which the user decides on. */
export function instructionsReason(post: ParsedJobPost): Reason | null {
  if (post.instructions.length === 0) return null;
  const forPeople = post.instructions.filter(mayFollow).length;
  const scams = post.instructions.filter((i) => i.purpose === 'scam').length;
  const forAi = post.instructions.filter(aimedAtAi).length;
  const parts: string[] = [];
  if (forPeople > 0) {
    const first = post.instructions.find(mayFollow);
    parts.push(
      `${forPeople} client instruction${forPeople === 1 ? '' : 's'} for applicants (e.g. "${clip(first?.text ?? '', 80)}"); you decide whether to follow them`,
    );
  }
  if (forAi > 0) parts.push('text aimed at AI tools, which the drafter ignores');
  if (scams > 0) parts.push(`${scams} scam signal${scams === 1 ? '' : 's'} (asks for contact details or money, or fakes the client's history)`);
  return { signal: 'instructions', effect: 'neutral', text: `The post contains ${parts.join(', and ')}.` };
}

/** A small fixed budget against a large scope is a cost; a vague scope is a caution. */
export function scopeReason(post: ParsedJobPost): Reason | null {
  const budget = fixedBudget(post);
  const large = largeScopeEvidence(post);
  if (budget !== null && budget < SMALL_BUDGET && large !== null) {
    return {
      signal: 'scope',
      effect: 'negative',
      text: `A fixed budget of $${budget} is small for this scope: ${large}. Propose a smaller first milestone or skip.`,
    };
  }
  if (isVagueScope(post)) {
    return { signal: 'scope', effect: 'neutral', text: 'The scope is vague: settle the clarifying questions before pricing.' };
  }
  return null;
}

const EXPOSURE_EFFECT: Readonly<Record<AiExposureLevel, Reason['effect']>> = {
  automatable: 'negative',
  ai_assisted: 'neutral',
  human_critical: 'positive',
};

/** How exposed the task is to AI, as the task classifier labelled it. */
export function exposureReason(level: AiExposureLevel, reason: string): Reason {
  return { signal: 'aiExposure', effect: EXPOSURE_EFFECT[level], text: `${offlineContent().labels.exposureLevels[level].triageNote}. ${reason}` };
}
