import type { TriageRule } from '../types.ts';

/**
 * T15: a red-flagged post is never `pursue`. Even a mild flag (unpaid test work, too-good pay) is a
 * cost the freelancer should weigh before bidding, so the most it earns is `consider`. The flags
 * are the post's own (re-read from the parsed post), so dropping a flag does not escape the rule.
 */
export const t15RedFlagVerdict: TriageRule = {
  id: 'T15',
  target: 'triage',
  title: 'A red-flagged post is never pursue',
  severity: 'error',
  thresholds: {},
  check(triage, context) {
    if (triage.verdict !== 'pursue') return [];
    const codes = new Set([...triage.redFlags, ...(context.post?.redFlags ?? [])].map((flag) => flag.code));
    if (codes.size === 0) return [];
    return [
      {
        message: `The verdict is pursue, but the post raises red flags (${[...codes].join(', ')}): consider or skip, and say why.`,
        evidence: [...codes].join(', '),
      },
    ];
  },
};
