import { CROWDING } from '../../domain/judgement.ts';
import type { RuleHit, TriageRule } from '../types.ts';
import { findReason, NEGATIVE } from './reasons.ts';

const TOPICS = ['competition', 'proposals', 'interviewing'];

/** T05: a crowded post is a cost among the reasons, and known proposal counts are assessed. */
export const t05Competition: TriageRule<{ crowded: number; busyInterviewing: number }> = {
  id: 'T05',
  target: 'triage',
  title: 'Competition is assessed when known and flagged when crowded',
  severity: 'warn',
  thresholds: { crowded: CROWDING.proposals, busyInterviewing: CROWDING.interviewing },
  check(triage, _context, thresholds) {
    const crowdedAt = thresholds.crowded;
    const busyAt = thresholds.busyInterviewing;
    const { proposals, interviewing } = triage.facts;
    const hits: RuleHit[] = [];
    const known = proposals !== null && (proposals.min !== null || proposals.max !== null);
    if (known && triage.competition.status === 'unknown') {
      hits.push({
        message: 'The post shows how many proposals it has but competition is "unknown": assess it from the count.',
        evidence: `proposals ${proposals.min ?? '?'} to ${proposals.max ?? '?'}`,
      });
    }
    const causes: string[] = [];
    if (proposals?.min != null && proposals.min >= crowdedAt) causes.push(`${proposals.min}+ proposals`);
    if (interviewing !== null && interviewing >= busyAt) causes.push(`${interviewing} interviewing`);
    if (causes.length > 0 && !findReason(triage.reasons, TOPICS, NEGATIVE)) {
      hits.push({
        message: 'The post is crowded but no reason says so: add a negative reason with signal "competition".',
        evidence: causes.join(', '),
      });
    }
    return hits;
  },
};
