/**
 * When the funnel says something and what counts as weak, in one data file
 * (data/funnel-thresholds.json), checked at load. A person may override any of them
 * (BIDWRIGHT_FUNNEL_THRESHOLDS, parsed in config.ts with `FunnelThresholdOverrides`).
 */
import { z } from 'zod';
import file from './data/funnel-thresholds.json' with { type: 'json' };

const Share = z.number().min(0, 'must be a share from 0 to 1, e.g. 0.25').max(1, 'must be a share from 0 to 1, e.g. 0.25');
const Count = z.number().int('must be a whole number').min(1, 'must be 1 or more');

export const FunnelThresholds = z.object({
  /** The window the funnel reads when none is asked for, in days. */
  defaultDays: z.number().int().min(1).max(365),
  /** Fewer proposals sent than this in the window is too few to read rates from. */
  minSent: Count,
  /** Tracking for less than this many days with few proposals is a start, not a market signal. */
  minDaysTracked: Count,
  /** A rate over fewer cases than this is said to be a small sample. */
  smallSample: Count,
  /** Below this share of known verdicts being `pursue`, most bids went to jobs that did not qualify. */
  minPursueShare: Share,
  /** Views per proposal sent below this: the opening and offer do not earn a look. */
  minViewRate: Share,
  /** Replies per proposal sent below this: the offer and proof do not earn an answer. */
  minReplyRate: Share,
  /** Fewer interviews than this is too few to judge closing. */
  minInterviews: Count,
  /** Hires per interview below this: the sales step (trust, scope or pricing) loses the deal. */
  minCloseRate: Share,
  /** How many of the most common objections the funnel lists. */
  topObjections: Count,
});
export type FunnelThresholds = z.infer<typeof FunnelThresholds>;

/** Any subset of the thresholds, to lay over the defaults. */
export const FunnelThresholdOverrides = FunnelThresholds.partial().strict();
export type FunnelThresholdOverrides = z.infer<typeof FunnelThresholdOverrides>;

const { $comment: _comment, ...values } = file;

/** The shipped thresholds (a fresh object on every call). */
export function defaultFunnelThresholds(): FunnelThresholds {
  return FunnelThresholds.parse(values);
}
