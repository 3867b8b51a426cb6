import type { RuleHit, TriageRule } from '../types.ts';
import { findReason, NOT_POSITIVE } from './reasons.ts';
import { postAgeInDays } from './scope.ts';

const TOPICS = ['freshness', 'postedAgo'];

/** T06: a stated post age is assessed, and an old post is flagged among the reasons. */
export const t06Freshness: TriageRule<{ staleDays: number }> = {
  id: 'T06',
  target: 'triage',
  title: 'Freshness is assessed when the post age is stated and flagged when stale',
  severity: 'warn',
  thresholds: { staleDays: 7 },
  check(triage, _context, thresholds) {
    const ago = triage.facts.postedAgo;
    if (ago === null || ago.trim() === '') return [];
    const hits: RuleHit[] = [];
    if (triage.freshness.status === 'unknown') {
      hits.push({
        message: 'The post says when it was published but freshness is "unknown": assess it from the age.',
        evidence: ago,
      });
    }
    const days = postAgeInDays(ago);
    const staleDays = thresholds.staleDays;
    if (days !== null && days > staleDays && !findReason(triage.reasons, TOPICS, NOT_POSITIVE)) {
      hits.push({
        message: `The post is about ${days} days old (over ${staleDays}) but no reason says so: add a reason with signal "freshness".`,
        evidence: ago,
      });
    }
    return hits;
  },
};
