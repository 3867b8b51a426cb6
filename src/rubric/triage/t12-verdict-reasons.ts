import { Verdict } from '../../domain/schemas.ts';
import type { RuleHit, TriageRule } from '../types.ts';

/** T12: a verdict backed by reasons that each cite a signal, with at least one reason pointing its way. */
export const t12VerdictReasons: TriageRule = {
  id: 'T12',
  target: 'triage',
  title: 'A verdict with reasons that each cite a signal',
  severity: 'error',
  thresholds: {},
  check(triage) {
    const hits: RuleHit[] = [];
    if (!Verdict.options.includes(triage.verdict)) {
      hits.push({ message: `The verdict must be one of ${Verdict.options.join(', ')}.`, evidence: String(triage.verdict) });
    }
    if (triage.reasons.length === 0) {
      hits.push({ message: 'The verdict has no reasons: give at least one, each citing the signal it comes from.', evidence: null });
    }
    triage.reasons.forEach((reason, index) => {
      if (reason.signal.trim() === '' || reason.text.trim() === '') {
        hits.push({
          message: `Reason ${index + 1} needs both a signal (e.g. "budget", "client.hireRate") and a sentence that explains it.`,
          evidence: `signal "${reason.signal}", text "${reason.text}"`,
        });
      }
    });
    const needed = triage.verdict === 'skip' ? 'negative' : triage.verdict === 'pursue' ? 'positive' : null;
    if (needed !== null && triage.reasons.length > 0 && !triage.reasons.some((reason) => reason.effect === needed)) {
      hits.push({
        message: `A ${triage.verdict} verdict needs at least one ${needed} reason that supports it.`,
        evidence: triage.verdict,
      });
    }
    return hits;
  },
};
