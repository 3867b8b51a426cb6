/**
 * Whether pasted text is a job post at all. "hello" or "asdf qwer" has no kind of work, no budget,
 * no skills, asks for nothing and is too short to say what is wanted; it gets a plain answer instead
 * of a verdict or a draft built on nothing. A vague real post ("Need help with my online shop")
 * still asks for something, and is triaged.
 */
import { BidwrightError } from '../domain/errors.ts';
import type { ParsedJobPost } from '../domain/schemas.ts';
import { countWords } from '../text/text.ts';

// A post too short to say what is wanted; a real one that is this short still names its kind of work or asks for something.
const MIN_WORDS = 12;
const ASKS = /\b(?:need|needs|needed|want|wants|looking for|help|hire|hiring|seeking|build|create|fix|design|write|set up|develop|manage|edit)\b/i;

/** True when the parsed text shows nothing a job post would: see the module comment. */
export function looksLikeJobPost(post: ParsedJobPost): boolean {
  const { facts, deliverable } = post;
  const named = deliverable.domain !== null || deliverable.leaning !== null;
  const stated = facts.budget.type !== 'unknown' || facts.skills.length > 0;
  return named || stated || ASKS.test(post.text) || countWords(facts.description || post.text) >= MIN_WORDS;
}

/** The post, or INVALID_INPUT when the text does not look like a job post. */
export function requireJobPost(post: ParsedJobPost): ParsedJobPost {
  if (looksLikeJobPost(post)) return post;
  throw new BidwrightError(
    'INVALID_INPUT',
    "This does not look like a job post: it names no kind of work, budget or skills. Paste the job's title and description as the page shows them.",
  );
}
