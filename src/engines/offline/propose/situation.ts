/**
 * The post's situation and the insight wordings that fit it: a business that has not opened has no
 * recent posts to review, a new ad account has no wasted spend to audit, and reports the client's
 * customers open on their own are not read in the client's weekly meeting.
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
// "useful for our customers to analyze their data", "client-facing reports", "white-label dashboards".
const CUSTOMER_FACING =
  /\b(?:for (?:our|their|my) (?:customers|clients|users) to\b|(?:customer|client)[- ]facing\b|white[- ]label(?:ed)?\b|(?:our|my) (?:customers|clients) (?:can|could|will|would) (?:see|view|use|analy[sz]e|explore|track)\b)/u;

// "10-15 hours/week", "join our team", "You will be trained": a role, not a one-off project.
const ONGOING_ROLE =
  /\b(?:part[- ]time|full[- ]time|in[- ]house|hours ?(?:\/|per |a )week|join (?:our|the) (?:\w+ )?team|(?:you will|you'll) be train(?:ed)?|we will train)\b/u;

/** What the post says about its situation, as far as the insight wordings care. */
export interface Situation {
  /** The post hires someone into an ongoing role. */
  role: boolean;
  /** The post asks to start something that does not exist yet. */
  newSetup: boolean;
  /** The work is for the client's own customers to use. */
  customerFacing: boolean;
}

/** Reads the post's situation from its title and opening lines. */
export function readSituation(post: ParsedJobPost): Situation {
  const head = fold(`${post.facts.title ?? ''}\n${post.facts.description.slice(0, OPENING_CHARS)}`);
  return {
    newSetup: NEW_SETUP.some((pattern) => pattern.test(head)) && !EXISTING.test(head),
    customerFacing: CUSTOMER_FACING.test(head),
    role: ONGOING_ROLE.test(head),
  };
}

/**
 * The insight's wordings for the post's situation: its `setup`, `customerFacing` or `role` wordings
 * (in that order) laid over its own, when it has them. Each set holds only fields of the insight
 * itself, so what a set leaves out keeps the insight's own wording.
 */
export function situated(insight: Insight, situation: Situation): Insight {
  const over =
    (situation.newSetup ? insight.setup : undefined) ??
    (situation.customerFacing ? insight.customerFacing : undefined) ??
    (situation.role ? insight.role : undefined);
  return over === undefined ? insight : { ...insight, ...over };
}
