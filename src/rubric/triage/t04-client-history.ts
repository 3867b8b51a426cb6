import type { ClientSignals } from '../../domain/schemas.ts';
import type { TriageRule } from '../types.ts';
import { NOT_POSITIVE, refersTo } from './reasons.ts';

/** Hire rate as a percentage; parsers may store 60% as 60 or as 0.6. */
function hireRatePercent(rate: number): number {
  return rate <= 1 ? rate * 100 : rate;
}

/** What counts as a weak hiring history. */
export type ClientHistoryThresholds = { minHireRate: number; minRating: number; minJobsWithoutSpend: number };

/** The weak parts of a client's history, each described for evidence. */
export function weakClientSignals(client: ClientSignals, thresholds: ClientHistoryThresholds): string[] {
  const weak: string[] = [];
  const minHireRate = thresholds.minHireRate;
  const minRating = thresholds.minRating;
  const minJobs = thresholds.minJobsWithoutSpend;
  if (client.hireRate !== null && hireRatePercent(client.hireRate) < minHireRate) {
    weak.push(`hire rate ${client.hireRate} below ${minHireRate}%`);
  }
  if (client.rating !== null && client.reviews !== null && client.reviews > 0 && client.rating < minRating) {
    weak.push(`rating ${client.rating} from ${client.reviews} reviews, below ${minRating}`);
  }
  if (client.totalSpent === 0 && client.jobsPosted !== null && client.jobsPosted >= minJobs) {
    weak.push(`no spend after ${client.jobsPosted} jobs posted`);
  }
  return weak;
}

/** Signals under `client` that are not about history: country is never a cost, payment is T03's. */
const NOT_HISTORY = ['client.country', 'client.paymentVerified'];

/** T04: a weak hiring history (low hire rate, poor rating, no spend) is named among the reasons. */
export const t04ClientHistory: TriageRule<ClientHistoryThresholds> = {
  id: 'T04',
  target: 'triage',
  title: 'A weak client history is flagged in the reasons',
  severity: 'warn',
  thresholds: { minHireRate: 40, minRating: 4, minJobsWithoutSpend: 1 },
  check(triage, _context, thresholds) {
    const weak = weakClientSignals(triage.facts.client, thresholds);
    if (weak.length === 0) return [];
    const cited = triage.reasons.some(
      (reason) => refersTo(reason.signal, 'client') && !NOT_HISTORY.some((topic) => refersTo(reason.signal, topic)) && NOT_POSITIVE.includes(reason.effect),
    );
    if (cited) return [];
    return [
      {
        message: 'The client history is weak but no reason cites it: add a negative or neutral reason with a "client.*" signal (e.g. "client.hireRate").',
        evidence: weak.join('; '),
      },
    ];
  },
};
