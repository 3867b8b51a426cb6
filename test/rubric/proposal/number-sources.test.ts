import { describe, expect, it } from 'vitest';
import { hasValue, sourceValues, valuesIn } from '../../../src/rubric/proposal/number-sources.ts';
import { makeContext, makePost } from '../fixtures.ts';

describe('number sources', () => {
  it('reads values from texts', () => {
    expect([...valuesIn(['$1,200 and 3.5k', 'none'])].sort((a, b) => a - b)).toEqual([1200, 3500]);
  });

  it('collects figures from proof, profile and post, including screening questions', () => {
    const values = sourceValues(makeContext({ post: makePost({ screeningQuestions: ['Have you handled 250 SKUs?'] }) }));
    for (const value of [22, 1.8, 55, 80, 600, 250]) expect(hasValue(values, value)).toBe(true);
    expect(hasValue(values, 23)).toBe(false);
  });

  it('leaves the post out when there is none', () => {
    expect(hasValue(sourceValues(makeContext({ post: null })), 600)).toBe(false);
  });
});
