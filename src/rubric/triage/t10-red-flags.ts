import type { RedFlagCode } from '../../domain/schemas.ts';
import type { RuleHit, TriageRule } from '../types.ts';

/**
 * Red flags that mark a likely scam, a policy breach or work that does not pay: the only safe
 * verdict is skip. The offline judge reads the same list, so judge and rubric agree.
 */
export const SEVERE_RED_FLAGS: ReadonlySet<RedFlagCode> = new Set<RedFlagCode>([
  'off_platform_payment',
  'fee_to_apply',
  'buy_equipment',
  'credentials_before_contract',
  'pay_below_market',
  'equity_or_unpaid',
  'fake_engagement',
  'circumvention',
]);

/** T10: every red flag the post raised is carried into the triage, and red flags rule out the wrong verdicts. */
export const t10RedFlags: TriageRule = {
  id: 'T10',
  target: 'triage',
  title: 'Policy and scam red flags are reported and decide the verdict',
  severity: 'error',
  thresholds: {},
  check(triage, context) {
    const reported = new Set(triage.redFlags.map((flag) => flag.code));
    const raised = [...(context.post?.redFlags ?? []), ...triage.redFlags];
    const hits: RuleHit[] = raised
      .filter((flag, index) => !reported.has(flag.code) && raised.findIndex((f) => f.code === flag.code) === index)
      .map((flag) => ({
        message: `The post raises the red flag "${flag.code}" but the triage drops it: report every red flag.`,
        evidence: flag.evidence || flag.message,
      }));
    const codes = [...new Set(raised.map((flag) => flag.code))];
    const severe = codes.filter((code) => SEVERE_RED_FLAGS.has(code));
    if (severe.length > 0 && triage.verdict !== 'skip') {
      hits.push({
        message: `Red flag ${severe.join(', ')} marks a likely scam or policy breach: the verdict must be skip, not ${triage.verdict}.`,
        evidence: severe.join(', '),
      });
    } else if (codes.length > 0 && triage.verdict === 'pursue') {
      hits.push({
        message: `The post raises red flags (${codes.join(', ')}): do not advise pursue; consider with caution or skip.`,
        evidence: codes.join(', '),
      });
    }
    return hits;
  },
};
