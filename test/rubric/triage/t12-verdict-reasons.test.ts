import { describe, expect, it } from 'vitest';
import { t12VerdictReasons } from '../../../src/rubric/triage/t12-verdict-reasons.ts';
import { buildTriage, run } from './build.ts';

const positive = { signal: 'proof', effect: 'positive' as const, text: 'Close match to a past project.' };
const negative = { signal: 'budget', effect: 'negative' as const, text: 'Budget under your floor.' };

describe('T12 verdict and reasons', () => {
  it('passes a pursue with a positive reason and a skip with a negative one', () => {
    expect(run(t12VerdictReasons, buildTriage({ verdict: 'pursue', reasons: [positive] }))).toEqual([]);
    expect(run(t12VerdictReasons, buildTriage({ verdict: 'skip', reasons: [positive, negative] }))).toEqual([]);
  });

  it('flags a verdict without reasons', () => {
    const hits = run(t12VerdictReasons, buildTriage({ reasons: [] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/no reasons/);
  });

  it('flags a reason with no signal or no text', () => {
    const hits = run(
      t12VerdictReasons,
      buildTriage({ reasons: [positive, { signal: ' ', effect: 'neutral', text: 'Hmm.' }, { signal: 'budget', effect: 'neutral', text: '' }] }),
    );
    expect(hits.map((hit) => hit.message.slice(0, 8))).toEqual(['Reason 2', 'Reason 3']);
  });

  it('flags a skip with no negative reason and a pursue with no positive reason', () => {
    expect(run(t12VerdictReasons, buildTriage({ verdict: 'skip', reasons: [positive] }))).toHaveLength(1);
    expect(run(t12VerdictReasons, buildTriage({ verdict: 'pursue', reasons: [negative] }))).toHaveLength(1);
  });
});
