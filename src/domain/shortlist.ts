/**
 * The shortlist: many posts triaged and ranked so the freelancer pursues fewer, better jobs.
 * The order is the verdict first (pursue, consider, skip), then a score read off the triage:
 *
 * - criteria: each of the method's five pursuit criteria answered yes +1, no -1, unknown 0; the two
 *   the verdict cannot do without, (a) proven work and (b) able to pay, count twice (-7..+7);
 * - proof: the best proof item's relevance 0-1, times 2 (0..+2): how strongly your proof speaks to it;
 * - budget: +1 when it clears your rate floor, -1 when it is below it, 0 when unknown;
 * - red flags: -1 each; must-haves you do not meet: -1 each.
 *
 * Ties keep the order the posts were given in.
 */
import { z } from 'zod';
import { MarketContext, type Triage, Verdict } from './schemas.ts';

export const ScoreParts = z.object({
  criteria: z.number(),
  proof: z.number(),
  budget: z.number(),
  redFlags: z.number(),
  mustHaves: z.number(),
});
export type ScoreParts = z.infer<typeof ScoreParts>;

export const ShortlistEntry = z.object({
  rank: z.number().int().positive(),
  /** The post's place among the batch's posts, from 1. */
  index: z.number().int().positive(),
  /** Where the post is in what was given: "post 3", "line 12", "row 5". */
  source: z.string(),
  title: z.string().nullable(),
  /** The main deliverable's kind of work, or null when unclear. */
  kind: z.string().nullable(),
  verdict: Verdict,
  score: z.number(),
  scoreParts: ScoreParts,
  /** The one line that says most about the verdict. */
  reason: z.string(),
  budget: z.string(),
  market: MarketContext.nullable(),
});
export type ShortlistEntry = z.infer<typeof ShortlistEntry>;

export const Shortlist = z.object({
  /** "2 of 30 worth pursuing": how many pass the method's criteria. */
  summary: z.string(),
  counts: z.object({
    posts: z.number().int(),
    pursue: z.number().int(),
    consider: z.number().int(),
    skip: z.number().int(),
    refused: z.number().int(),
    empty: z.number().int(),
  }),
  entries: z.array(ShortlistEntry),
  /** Posts that could not be triaged (e.g. not a job post), with why. */
  refused: z.array(z.object({ index: z.number().int().positive(), source: z.string(), message: z.string() })),
  engine: z.string(),
});
export type Shortlist = z.infer<typeof Shortlist>;

const ANSWER = { yes: 1, no: -1, unknown: 0 } as const;
const round = (n: number) => Math.round(n * 100) / 100;

/** The score's parts for one triage (see the file comment for the rule). */
export function scoreParts(triage: Triage): ScoreParts {
  const { criteria } = triage;
  const weighted = 2 * (ANSWER[criteria.provenWork.answer] + ANSWER[criteria.ableToPay.answer]);
  const rest = ANSWER[criteria.beyondProduction.answer] + ANSWER[criteria.firstStep.answer] + ANSWER[criteria.worthIt.answer];
  const best = Math.max(0, ...triage.bestProof.map((match) => match.relevance));
  const budget = triage.budgetFit.status === 'fair' || triage.budgetFit.status === 'above_target' ? 1 : triage.budgetFit.status === 'below_floor' ? -1 : 0;
  return {
    criteria: weighted + rest,
    proof: round(2 * best),
    budget,
    redFlags: -triage.redFlags.length,
    mustHaves: -triage.mustHaves.filter((must) => must.met === 'no').length,
  };
}

/** The parts added up. */
export function totalScore(parts: ScoreParts): number {
  return round(parts.criteria + parts.proof + parts.budget + parts.redFlags + parts.mustHaves);
}

const VERDICT_ORDER: Record<Verdict, number> = { pursue: 0, consider: 1, skip: 2 };

/** The shortlist's order: verdict, then score (higher first), then the order the posts were given in. */
export function compareEntries(a: Pick<ShortlistEntry, 'verdict' | 'score' | 'index'>, b: Pick<ShortlistEntry, 'verdict' | 'score' | 'index'>): number {
  return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.score - a.score || a.index - b.index;
}
