import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../../../src/domain/schemas.ts';
import { t10RedFlags } from '../../../src/rubric/triage/t10-red-flags.ts';
import { buildContext, buildPost, buildTriage, run } from './build.ts';

const unpaidTest: RedFlag = { code: 'unpaid_test', message: 'Asks for free sample work.', evidence: 'send a free sample' };
const offPlatformPay: RedFlag = { code: 'off_platform_payment', message: 'Pays outside the platform.', evidence: 'pay you by wire' };
const negative = { signal: 'redFlag:unpaid_test', effect: 'negative' as const, text: 'Unpaid sample work requested.' };

describe('T10 red flags', () => {
  it('passes when every red flag from the post is reported and the verdict allows for it', () => {
    const post = buildPost('Please send a free sample first.', {}, { redFlags: [unpaidTest] });
    const triage = buildTriage({ redFlags: [unpaidTest], verdict: 'consider', reasons: [negative] });
    expect(run(t10RedFlags, triage, buildContext({ post }))).toEqual([]);
  });

  it('flags a red flag the triage drops', () => {
    const post = buildPost('Please send a free sample first.', {}, { redFlags: [unpaidTest] });
    const hits = run(t10RedFlags, buildTriage({ verdict: 'consider' }), buildContext({ post }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/unpaid_test/);
  });

  it('flags a severe red flag with any verdict but skip', () => {
    const consider = buildTriage({ redFlags: [offPlatformPay], verdict: 'consider' });
    expect(run(t10RedFlags, consider)).toHaveLength(1);
    const skip = buildTriage({ redFlags: [offPlatformPay], verdict: 'skip' });
    expect(run(t10RedFlags, skip)).toEqual([]);
  });

  it('flags pursue when any red flag is present', () => {
    const hits = run(t10RedFlags, buildTriage({ redFlags: [unpaidTest], verdict: 'pursue' }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('unpaid_test');
  });
});
