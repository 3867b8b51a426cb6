import { describe, expect, it } from 'vitest';
import { t14MustHaves } from '../../../src/rubric/triage/t14-must-haves.ts';
import { t15RedFlagVerdict } from '../../../src/rubric/triage/t15-red-flag-verdict.ts';
import { buildContext, buildTriage } from './build.ts';

const russian = { kind: 'language', requirement: 'Russian', met: 'no', evidence: 'Bilingual Russian and English required.' } as const;
const flag = { code: 'unpaid_test', message: 'Unpaid test work.', evidence: 'Do a free sample first.' } as const;

describe('T14 must-haves', () => {
  it('errs on pursue when a must-have is not met, quoting the post', () => {
    const [hit] = t14MustHaves.check(buildTriage({ verdict: 'pursue', mustHaves: [russian] }), buildContext(), {});
    expect(hit?.message).toContain('Russian');
    expect(hit?.evidence).toBe(russian.evidence);
  });

  it('passes consider with an unmet must-have, and pursue when every must-have is met or only to confirm', () => {
    expect(t14MustHaves.check(buildTriage({ verdict: 'consider', mustHaves: [russian] }), buildContext(), {})).toEqual([]);
    const met = [
      { ...russian, met: 'yes' as const },
      { ...russian, kind: 'location' as const, met: 'unknown' as const },
    ];
    expect(t14MustHaves.check(buildTriage({ verdict: 'pursue', mustHaves: met }), buildContext(), {})).toEqual([]);
  });
});

describe('T15 red flags', () => {
  it('errs on pursue when the triage reports a red flag', () => {
    expect(t15RedFlagVerdict.check(buildTriage({ verdict: 'pursue', redFlags: [flag] }), buildContext(), {})).toHaveLength(1);
  });

  it('passes consider and skip with a red flag, and pursue without one', () => {
    expect(t15RedFlagVerdict.check(buildTriage({ verdict: 'consider', redFlags: [flag] }), buildContext(), {})).toEqual([]);
    expect(t15RedFlagVerdict.check(buildTriage({ verdict: 'pursue' }), buildContext(), {})).toEqual([]);
  });
});
