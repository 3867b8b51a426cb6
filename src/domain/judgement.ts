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
  standard: { min: 160, target: 220, max: 260, maxProof: 2 },
  long: { min: 265, target: 285, max: 300, maxProof: 2 },
};

/** Drafts reuse: earlier drafts compared, n-gram size, and the share of shared n-grams that counts as reuse. */
export const REUSE = { earlierDrafts: 50, n: 5, maxOverlap: 0.5 } as const;

/**
 * Reading a post's kind of work (parse/deliverable.ts): how much a kind's cue counts by where it
 * appears, how much of the description is read, and the weight a kind needs to be named at all.
 * A title cue alone (3) names the kind; body mentions alone need several distinct cues.
 */
export const DELIVERABLE = {
  weights: { title: 3, action: 1.5, skill: 0.75, body: 0.5 },
  minScore: 2.5,
  scanChars: 20_000,
  /** Skill tags read; a pasted list of thousands says nothing more than its first few dozen. */
  maxSkills: 50,
} as const;

/**
 * Proof relevance (retrieval/relevance.ts): a proof item is relevant to a post at `threshold` or
 * above, on a 0-1 score that multiplies how well the kinds of work fit by how strongly the item's
 * words meet the post's (by where the post says them). Below the threshold the honest answer is
 * "no relevant proof". The rubric (P26) judges cited proof by the same threshold.
 */
export const RELEVANCE = {
  threshold: 0.5,
  kindFit: { same: 1, related: 0.55, leaning: 0.75, unclear: 0.5 },
  placement: { title: 1, body: 0.6, tags: 0.4 },
  /** Each cue of the shared kind of work that the post and the item both use. */
  sharedCue: 0.3,
  itemWeights: { title: 3, skill: 0.75, story: 0.5 },
  /** How many relevant items the rubric is shown: a draft citing an item past this many counts it as not relevant. */
  rubricDepth: 25,
} as const;
