/** The funnel in words, shared by the terminal and the web page so both say it the same way. */
import type { BreakdownName, Cost, DiagnosisCode, FunnelStageName, Rate } from './funnel-report.ts';

export const STAGE_LABEL: Record<FunnelStageName, string> = { sent: 'Sent', viewed: 'Viewed', replied: 'Replied', interviewed: 'Interviewed', hired: 'Hired' };

export const BREAKDOWN_LABEL: Record<BreakdownName, string> = {
  offer: 'By offer',
  proof: 'By proof item',
  tone: 'By tone',
  verdict: 'By triage verdict',
  rubric: 'By rubric result',
};

export const DIAGNOSIS_LABEL: Record<DiagnosisCode, string> = {
  'insufficient-data': 'Not enough data yet',
  market: 'The market: too few qualified jobs',
  positioning: 'Positioning: offer and proof',
  sales: 'Sales: trust, scope or pricing',
  healthy: 'Healthy',
};

/** A share as a whole percentage, e.g. "33%". */
export function percentOf(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** "50% (6 of 12, small sample)", or "no rate (0 of 0)" when there is nothing to divide by. */
export function describeRate(rate: Rate): string {
  const counts = `${rate.count} of ${rate.of}${rate.small && rate.of > 0 ? ', small sample' : ''}`;
  return rate.value === null ? `no rate (${counts})` : `${percentOf(rate.value)} (${counts})`;
}

/** "12.5 Connects", or the reason there is no figure. */
export function describeCost(cost: Cost): string {
  return cost.value === null ? (cost.reason ?? 'unknown') : `${Math.round(cost.value * 10) / 10} Connects`;
}
