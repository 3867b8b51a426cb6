import { describe, expect, it } from 'vitest';
import { p23RatesTimelines as rule } from '../../../src/rubric/proposal/p23-rates-timelines.ts';
import { check, draft, expectShortEvidence, makeContext, makePost } from '../fixtures.ts';

describe('P23 no rate, price or timeline the user did not supply', () => {
  it('passes the profile\u2019s rates and the post\u2019s budget and timeline', () => {
    expect(check(rule, draft('My rate is $80/hr, so the $600 budget fits, and within 3 weeks works.'))).toEqual([]);
  });

  it('errors on a price nobody set', () => {
    const hits = check(rule, draft('I can do it for $450.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('$450');
  });

  it('errors on an hourly figure without a currency sign', () => {
    expect(check(rule, draft('I charge 70 per hour.'))).toHaveLength(1);
  });

  it('errors on durations and deadlines the post does not give', () => {
    expect(check(rule, draft('I can deliver in 5 days.'))).toHaveLength(1);
    expect(check(rule, draft('Done within two weeks.'))).toHaveLength(1);
    expect(check(rule, draft('I reply within 24 hours.'))).toHaveLength(1);
    expect(check(rule, draft('It will be ready by Friday.'))).toHaveLength(1);
  });

  it('matches durations written as words or ranges against the post', () => {
    const context = makeContext({ post: makePost({ description: 'Duration: 1 to 3 months. Launch by Friday.' }) });
    expect(check(rule, draft('Three months is enough: in three months we launch by Friday.'), context)).toEqual([]);
    expect(check(rule, draft('A 1-3 month engagement.'), context)).toEqual([]);
  });

  it('does not treat a relative first step or an amount of material as a timeline', () => {
    expect(check(rule, draft('In the first week I would audit the cart.'))).toEqual([]);
    expect(check(rule, draft('You have 40 hours of footage to cut.'))).toEqual([]);
  });

  it.each([
    ['comma-separated digits', '1,'],
    ['dotted digits', '1.'],
  ])('reads a 200 KB run of %s, quoting short evidence', (_name, unit) => {
    expectShortEvidence(check(rule, draft(unit.repeat(Math.ceil(200_000 / unit.length)))));
  });

  it('checks a draft that repeats a deadline against a long post', () => {
    // Each repeat searched the whole post once, minutes in all (bench/hostile-inputs.ts times it).
    const post = makePost({ text: 'We sell garden tools and need the sheet cleaned. '.repeat(2000) });
    const hits = check(rule, draft('I can finish by monday. '.repeat(4000)), makeContext({ post }));
    expect(hits.length).toBeGreaterThan(0);
    expectShortEvidence(hits);
  });
});
