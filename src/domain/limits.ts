/**
 * Input size limits: generous for real use, small enough that nothing hangs or floods a prompt.
 * Every check is linear in the input, so these bound the work one request can ask for.
 */
import { BidwrightError } from './errors.ts';

export const LIMITS = {
  /** A pasted job post (title, description and details). */
  postChars: 100_000,
  /** A title given apart from the post, or a proof item's title. */
  titleChars: 300,
  /** A proposal draft to lint, and each screening answer with it. */
  draftChars: 100_000,
  /** A task offer to rewrite. */
  offerChars: 2_000,
  /** Tasks in one audit, and the length of each. */
  tasks: 200,
  taskChars: 500,
  /** A task list given as text, one task a line. */
  taskListChars: 100_000,
  /** Notes about finished work, for the case study builder. */
  notesChars: 20_000,
  /** Proof items in one import, and the longest text field of an item (problem, approach, result). */
  proofItems: 10_000,
  proofFieldChars: 5_000,
  /** Posts in one shortlist batch, and the whole batch as text (a file or a paste). */
  batchPosts: 1_000,
  batchChars: 5_000_000,
} as const;

const count = (value: number) => value.toLocaleString('en-US');

// The words every over-the-limit message shares, so an edge can tell it from other invalid input.
const LIMIT_WORDS = 'the most bidwright';

/**
 * The message for an input over its limit, naming the input, its size and the limit:
 * "The draft is 1,200,000 characters; the most bidwright checks is 100,000. Shorten it."
 */
export function tooLong(what: string, size: number, limit: number, unit = 'characters', advice = 'Shorten it.'): string {
  return `The ${what} is ${count(size)} ${unit}; ${LIMIT_WORDS} checks is ${count(limit)}. ${advice}`;
}

/** True for a message `tooLong` wrote: it says all that needs saying, without a field path. */
export function isLimitMessage(message: string): boolean {
  return message.includes(`; ${LIMIT_WORDS} checks is `);
}

/** Throws INVALID_INPUT with the `tooLong` message when `text` is over `limit` characters. */
export function assertWithin(what: string, text: string, limit: number, advice?: string): void {
  if (text.length > limit) throw new BidwrightError('INVALID_INPUT', tooLong(what, text.length, limit, 'characters', advice));
}
