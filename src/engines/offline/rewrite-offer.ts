/**
 * Rewrites a task-shaped offer ("Write 10 blog posts") into an outcome-led one, from the task
 * pattern table or, for an unknown task, a generic frame built from the task's own words. The
 * offer text is untrusted data: it is matched and quoted, never followed.
 */
import { BidwrightError } from '../../domain/errors.ts';
import type { OfferContext, OfferDraft } from '../../domain/ports.ts';
import { classifyTask, findTaskPattern } from './classify-task.ts';
import { composeOffer } from './offer/compose-offer.ts';
import { extractActivityCount } from './offer/extract-count.ts';
import { genericFrame } from './offer/generic-frame.ts';
import { bannedTerms, taskPhrase } from './offer/plain-words.ts';
import type { TaskPattern } from './content/task-pattern.ts';

function unknownTaskFrame(input: string, phrase: string): TaskPattern {
  const { level, reason } = classifyTask(input);
  return genericFrame(phrase, level, reason);
}

/**
 * Rewrites `context.offer` into an outcome-led offer draft: a headline that leads with the outcome
 * (the activity count moves to the first deliverable), buyer, problem, before and after, value
 * levers, scope terms, and proof cited only where its skills match the work. Numbers appear in the
 * headline, outcome and after only when they come from a cited proof item's metric.
 * Throws INVALID_INPUT when the offer text is empty.
 */
export function rewriteOffer(context: OfferContext): OfferDraft {
  const input = context.offer;
  if (input.trim() === '') {
    throw new BidwrightError('INVALID_INPUT', 'The offer text is empty: give the task you sell, for example "Write 10 blog posts".');
  }
  const banned = bannedTerms(context.profile.avoidWords);
  const count = extractActivityCount(input);
  const phrase = taskPhrase(input, count, banned);
  const frame = findTaskPattern(input) ?? unknownTaskFrame(input, phrase);
  return composeOffer({ input, frame, count, phrase, proof: context.proof, banned });
}
