/**
 * What the funnel says, in the method's terms: too little to read yet, too few qualified jobs
 * (the market), proposals that are not viewed or answered (positioning: offer and proof),
 * interviews that do not close (sales: trust, scope or pricing), or healthy. The first that holds
 * wins, in that order, because each later step needs the earlier ones to be working.
 */
import type { Diagnosis } from './funnel-report.ts';
import type { FunnelThresholds } from './funnel-thresholds.ts';

export interface DiagnosisCounts {
  sent: number;
  viewed: number;
  replied: number;
  interviewed: number;
  hired: number;
  /** Proposals whose triage verdict is known, and how many of those were `pursue`. */
  known: number;
  pursued: number;
}

const percent = (count: number, of: number) => `${Math.round((100 * count) / of)}%`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A caution for rates over few proposals, or '' when the sample is large enough. */
function smallNote(count: number, what: string, thresholds: FunnelThresholds): string {
  return count < thresholds.smallSample ? ` That rests on ${plural(count, what)}, a small sample: read it as a hint, not a verdict.` : '';
}

/** The diagnosis for `counts` over a window of `days` of which `trackedDays` were tracked. */
export function diagnose(counts: DiagnosisCounts, { days, trackedDays }: { days: number; trackedDays: number }, thresholds: FunnelThresholds): Diagnosis {
  const { sent, viewed, replied, interviewed, hired, known, pursued } = counts;
  const t = thresholds;
  if (sent === 0) {
    return {
      code: 'insufficient-data',
      message: `No proposals tracked in the last ${plural(days, 'day')}. Mark each proposal as sent and record what happens; the funnel is read from ${t.minSent} sent.`,
    };
  }
  if (sent < t.minSent && trackedDays < t.minDaysTracked) {
    return {
      code: 'insufficient-data',
      message: `${plural(sent, 'proposal')} sent over ${plural(trackedDays, 'day')} of tracking: too few to read yet. Keep going; the funnel is read from ${t.minSent} sent or ${t.minDaysTracked} days of tracking.`,
    };
  }
  if (sent < t.minSent) {
    return {
      code: 'market',
      message: `Only ${plural(sent, 'proposal')} in ${plural(days, 'day')}: too few qualified jobs pursued to learn from. Look wider for jobs your proof fits, or rework the offer so more jobs qualify.`,
    };
  }
  if (known >= t.minSent && pursued / known < t.minPursueShare) {
    return {
      code: 'market',
      message: `Only ${pursued} of the ${known} proposals with a known triage verdict (${percent(pursued, known)}) went to jobs rated "pursue": most bids went to jobs that did not qualify. Pursue fewer, better-matched jobs.`,
    };
  }
  if (viewed / sent < t.minViewRate) {
    return {
      code: 'positioning',
      message: `Clients opened ${viewed} of ${sent} proposals (${percent(viewed, sent)}, below ${percent(t.minViewRate, 1)}): the first lines and the offer do not earn a look. Lead with the client's problem and one piece of proof.${smallNote(sent, 'proposal', t)}`,
    };
  }
  if (replied / sent < t.minReplyRate) {
    return {
      code: 'positioning',
      message: `Clients answered ${replied} of ${sent} proposals (${percent(replied, sent)}, below ${percent(t.minReplyRate, 1)}): they look but do not reply. Sharpen the offer and cite proof closer to each job.${smallNote(sent, 'proposal', t)}`,
    };
  }
  if (interviewed >= t.minInterviews && hired / interviewed < t.minCloseRate) {
    return {
      code: 'sales',
      message: `${plural(interviewed, 'interview')} led to ${plural(hired, 'hire')} (${percent(hired, interviewed)}, below ${percent(t.minCloseRate, 1)}): the sales step loses the deal. Work on trust, scope and pricing in the call; the objections below say where.${smallNote(interviewed, 'interview', t)}`,
    };
  }
  const closing = interviewed < t.minInterviews ? ` Too few interviews yet (${interviewed}) to judge closing.` : '';
  return {
    code: 'healthy',
    message: `Clients viewed ${percent(viewed, sent)} and answered ${percent(replied, sent)} of ${plural(sent, 'proposal')}, and the funnel shows no weak step.${closing}${smallNote(sent, 'proposal', t)}`,
  };
}
