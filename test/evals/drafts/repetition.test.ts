import { describe, expect, it } from 'vitest';
import { MAX_REPEAT_SHARE, measureRepetition } from '../../../src/evals/drafts/repetition.ts';

const SHARED = 'Nothing would go live without your sign-off.';

describe('measureRepetition', () => {
  it('counts each sentence once per draft and reports those above the limit', () => {
    const drafts = Array.from(
      { length: 20 },
      (_, i) => `Your store number ${i} loses orders at checkout. ${i < 3 ? `${SHARED} ${SHARED}` : 'A plain closing line here.'}`,
    );
    const report = measureRepetition(drafts);
    const shared = report.repeated.find((entry) => entry.sentence === SHARED);
    expect(shared).toEqual({ sentence: SHARED, drafts: 3, share: 3 / 20 });
    expect(report.overLimit.map((entry) => entry.sentence)).toEqual(['A plain closing line here.', SHARED]);
    expect(report.repeated.some((entry) => entry.sentence.startsWith('Your store number'))).toBe(false);
  });

  it('allows a sentence in exactly the limit share of drafts', () => {
    const drafts = Array.from({ length: 10 }, (_, i) =>
      i < 10 * MAX_REPEAT_SHARE ? `${SHARED} Draft ${i} is its own thing.` : `Draft ${i} is its own thing.`,
    );
    expect(measureRepetition(drafts).overLimit).toEqual([]);
  });

  it('leaves out short greetings and the sentences the caller marks as quoted proof', () => {
    const drafts = ['Hi there. The Monday report was retired.', 'Hi there. The Monday report was retired.'];
    const report = measureRepetition(drafts, (sentence) => sentence.includes('Monday report'));
    expect(report.repeated).toEqual([]);
  });
});
