import type { RuleHit, TriageRule } from '../types.ts';
import { findReason, NEGATIVE } from './reasons.ts';

const TOPICS = ['budget', 'budgetFit'];

/**
 * T07: budget fit agrees with the numbers. An hourly budget whose top is under the rate floor is
 * `below_floor` and nothing else is; a below-floor budget is a cost among the reasons; no budget, no
 * assessment. Fixed budgets are not compared with an hourly floor: that needs an hours estimate.
 */
export const t07BudgetFit: TriageRule = {
  id: 'T07',
  target: 'triage',
  title: 'Budget fit matches the budget and the rate floor',
  severity: 'warn',
  thresholds: {},
  check(triage, context) {
    const { budget } = triage.facts;
    const status = triage.budgetFit.status;
    const top = budget.max ?? budget.min;
    if (top === null) {
      return status === 'unknown' ? [] : [{ message: `The post states no budget but budget fit is "${status}": it must be "unknown".`, evidence: status }];
    }
    const hits: RuleHit[] = [];
    const floor = context.profile.rateFloor;
    const sameCurrency = budget.currency === null || budget.currency === context.profile.currency;
    if (budget.type === 'hourly' && floor !== null && sameCurrency) {
      const below = top < floor;
      if (below && status !== 'below_floor') {
        hits.push({
          message: `The hourly budget tops out at ${top}, under the rate floor of ${floor}, but budget fit is "${status}": mark it "below_floor".`,
          evidence: `max ${top} < floor ${floor}`,
        });
      }
      if (!below && status === 'below_floor') {
        hits.push({
          message: `Budget fit is "below_floor" but the hourly budget reaches ${top}, at or over the floor of ${floor}: reassess it.`,
          evidence: `max ${top} >= floor ${floor}`,
        });
      }
    }
    if (status === 'below_floor' && !findReason(triage.reasons, TOPICS, NEGATIVE)) {
      hits.push({
        message: 'The budget is below the rate floor but no reason says so: add a negative reason with signal "budget".',
        evidence: triage.budgetFit.detail || null,
      });
    }
    return hits;
  },
};
