import type { RuleHit, TriageRule } from '../types.ts';
import { isOverAMonth, ongoingTerms } from './scope.ts';

const STATUSES = ['hourly', 'fixed', 'either', 'unknown'];

/** T08: hourly-vs-fixed advice is given, and long or open-ended fixed-price work is steered to hourly. */
export const t08PricingAdvice: TriageRule = {
  id: 'T08',
  target: 'triage',
  title: 'Hourly-vs-fixed advice is given; long or ongoing fixed work is advised hourly',
  severity: 'warn',
  thresholds: {},
  check(triage) {
    const advice = triage.pricingAdvice;
    const hits: RuleHit[] = [];
    if (!STATUSES.includes(advice.status) || advice.detail.trim() === '') {
      hits.push({
        message: `Pricing advice must have a status of ${STATUSES.join(', ')} and a detail that explains it.`,
        evidence: `status "${advice.status}", detail "${advice.detail}"`,
      });
    }
    const { facts } = triage;
    if (facts.budget.type !== 'fixed' || advice.status === 'hourly') return hits;
    const long = facts.duration !== null && isOverAMonth(facts.duration);
    const ongoing = ongoingTerms([facts.title ?? '', facts.description].join('\n'));
    if (long || ongoing.length > 0) {
      const why = long ? `duration "${facts.duration}"` : `the post says "${ongoing.join('", "')}"`;
      hits.push({
        message: `A fixed price on long or evolving work puts every change on the freelancer (${why}): advise hourly.`,
        evidence: why,
      });
    }
    return hits;
  },
};
