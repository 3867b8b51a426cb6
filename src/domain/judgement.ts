import type { Length } from './schemas.ts';

/**
 * Numbers several layers judge by, stated once: parsing assesses signals with them, the offline
 * engine explains its verdict with them, the rubric checks both against them (as its thresholds'
 * defaults), and the model views describe them.
 */

/** A post is crowded at this many proposals, or this many interviews under way. */
export const CROWDING = { proposals: 50, interviewing: 5 } as const;

/**
 * A fixed price that buys fewer hours than this at the freelancer's rate floor cannot pay for any
 * real job ("$7 for a seven-part analysis"): it counts as below the floor.
 */
export const MIN_FIXED_HOURS = 2;

/** How many proof items triage, drafting and offers take from the ranked library (and send to a model). */
export const TOP_PROOF = 3;

/** Proposal length: the target band in words, the warning edges, and the hard character limit. */
export const LENGTH_BAND = { minWords: 120, maxWords: 300, warnUnder: 80, warnOver: 400, maxChars: 5_000 } as const;

/**
 * Word targets per length option, for both engines; every one sits inside LENGTH_BAND's 120-300,
 * so a draft of any length passes P13. `maxProof` is how many proof items a draft of that length holds.
 */
export const LENGTH_OPTIONS: Readonly<Record<Length, { min: number; target: number; max: number; maxProof: number }>> = {
  short: { min: 120, target: 150, max: 170, maxProof: 1 },
  standard: { min: 175, target: 220, max: 260, maxProof: 2 },
  long: { min: 265, target: 285, max: 300, maxProof: 2 },
};

/** Drafts reuse: earlier drafts compared, n-gram size, and the share of shared n-grams that counts as reuse. */
export const REUSE = { earlierDrafts: 50, n: 5, maxOverlap: 0.5 } as const;
