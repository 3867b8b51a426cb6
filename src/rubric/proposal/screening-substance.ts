/**
 * Whether a screening answer has substance. A client who asks "Have you worked with Shopify Plus?"
 * or "Share 2-3 examples" filters on the answer; "easier to answer on a call" answers nothing.
 * P10 warns on it, and the offline drafter reads the same questions as asking for a fact. A gap
 * marker ("[fill in: ...]") is neither a deferral nor substance: it is what the freelancer still owes.
 */
import { withoutGaps } from '../../domain/gaps.ts';
import { fold } from '../../text/fold.ts';
import { sentences } from '../../text/text.ts';

// "Have you ...?", "Did you ...?", "Are you familiar ...?": a yes or no the client filters on.
const YES_NO_ABOUT_YOU = /^\W{0,5}(?:\d{1,2}[.)]\s{0,3})?(?:have|has|did|do|does|are|were|is|can|could|will)\s+you\b/u;
// "Share 2-3 examples", "send links to your work", "Any links to demos", "your teaching background",
// "How many stores ...", "Which tools have you used?".
const ASKS_FOR_RECORD = [
  /^\W{0,5}(?:any\s)?(?:links?|examples?|samples?|portfolio)\b/u,
  /\byour\s(?:[\p{L}-]{1,20}\s){0,2}(?:background|experience|portfolio|track record|qualifications?|credentials?)\b/u,
  /\byou(?:'re|\sare)\s(?:most\s)?(?:comfortable|familiar|experienced)\b/u,
  /\b(?:share|send|list|provide|give|show|include|attach|link|submit)\b[^.?!]{0,50}\b(?:examples?|samples?|portfolio|links?|urls?|projects?|case stud(?:y|ies)|stores?|sites?|websites?|apps?|dashboards?|clients?|work)\b/u,
  /\bhow many\b/u,
  /\b(?:what|which)\b[^.?!]{0,60}\bhave you\b/u,
];

const CALL = /(?:on|over|in|during|via)\s(?:a|the|our|an)\s(?:quick\s|short\s|brief\s)?(?:call|chat|meeting|interview|conversation|zoom)\b/u;
const DEFERS = [
  new RegExp(`\\b(?:easier|better|best|simpler|happy|glad|prefer)\\b[^.!?]{0,60}${CALL.source}`, 'u'),
  new RegExp(`\\b(?:discuss|explain|cover|go over|walk you through|talk(?: about)?|share)\\b[^.!?]{0,40}${CALL.source}`, 'u'),
];

/** Fewer content words than this, once the deferral is set aside, is no answer at all. */
const MIN_SUBSTANCE_WORDS = 8;

/** True when the question asks for a fact about the freelancer's record: a yes or no, examples, a count. */
export function asksForFact(question: string): boolean {
  const flat = fold(question).trim();
  return YES_NO_ABOUT_YOU.test(flat) || ASKS_FOR_RECORD.some((pattern) => pattern.test(flat));
}

function defersToCall(sentence: string): boolean {
  const flat = fold(sentence);
  return DEFERS.some((pattern) => pattern.test(flat));
}

/**
 * True when the answer puts the question off to a call instead of answering it: a deferral to a
 * factual question whatever follows (an approach does not say whether you have done it), or a
 * deferral with next to nothing else.
 */
export function defersInsteadOfAnswering(question: string, answer: string): boolean {
  const parts = sentences(withoutGaps(answer));
  if (!parts.some(defersToCall)) return false;
  if (asksForFact(question)) return true;
  const rest = parts.filter((sentence) => !defersToCall(sentence)).join(' ');
  return rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < MIN_SUBSTANCE_WORDS;
}

/** True when nothing is left of the answer once its gap markers are taken out: the freelancer has yet to write it. */
export function isOnlyGaps(answer: string): boolean {
  return answer.trim().length > 0 && withoutGaps(answer).length === 0;
}
