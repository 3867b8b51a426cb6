/**
 * Whether the post is about something that does not exist yet (a new account, a store not open, a
 * channel to start), and the insight wordings that fit: a business that has not opened has no
 * recent posts to review and a new ad account has no wasted spend to audit.
 */
import type { ParsedJobPost } from '../../../domain/schemas.ts';
import { fold } from '../../../text/fold.ts';
import type { Insight } from '../content/insight.ts';

// Only the title and the opening lines: "set up" deep in a duties list ("set up meetings") says nothing.
const OPENING_CHARS = 600;
const NEW_SETUP = [
  /\b(?:set ?up|setting up|from scratch|brand[- ]new|launch(?:ing)?|get(?:ting)? started|start(?:ing)? from zero)\b/u,
  /\bnot (?:yet )?(?:open|opened|launched|live|started)\b/u,
  /\b(?:haven't|have not|hasn't|has not) (?:yet )?(?:opened|launched|started|gone live)\b/u,
  /\b(?:new|upcoming|first) (?:business|brand|store|shop|account|ad account|channel|page|company|product|restaurant|gym|clinic|salon|practice)\b/u,
  /\b(?:start|create|build|open)(?:ing)? (?:a|an|our|my) (?:new )?(?:business|brand|store|shop|channel|account|company|page|newsletter|list)\b/u,
];
// "Audit", "optimise", "improve our existing ...": there is something to review after all.
const EXISTING = /\b(?:audit|optimi[sz]e|optimi[sz]ation|improve|existing|current|currently running|underperform\w*|fix)\b/u;

/** True when the post asks to start something that does not exist yet. */
export function isNewSetup(post: ParsedJobPost): boolean {
  const head = fold(`${post.facts.title ?? ''}\n${post.facts.description.slice(0, OPENING_CHARS)}`);
  return NEW_SETUP.some((pattern) => pattern.test(head)) && !EXISTING.test(head);
}

/** The insight's wordings for the post's situation: its `setup` wordings for a new set-up, when it has them. */
export function situated(insight: Insight, newSetup: boolean): Insight {
  const setup = insight.setup;
  if (!newSetup || setup === undefined) return insight;
  return {
    ...insight,
    insight: setup.insight,
    firstStep: setup.firstStep,
    cause: setup.cause ?? insight.cause,
    approach: setup.approach ?? insight.approach,
    question: setup.question ?? insight.question,
  };
}
