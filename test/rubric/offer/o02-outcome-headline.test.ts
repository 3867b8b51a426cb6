import { describe, expect, it } from 'vitest';
import { o02OutcomeHeadline } from '../../../src/rubric/offer/o02-outcome-headline.ts';
import { buildOffer, run } from './build.ts';

describe('O02 outcome-led headline', () => {
  it.each([
    'Reconcile your customer records so month-end closes without manual fixes',
    'Research and draft a guide set mapped to six real buyer questions',
    '40% fewer support tickets after launch',
    '3x more demo bookings from the same traffic',
    '2026 launch kit for three named channels',
  ])('passes "%s"', (headline) => {
    expect(run(o02OutcomeHeadline, buildOffer({ headline }))).toEqual([]);
  });

  it.each([
    'Write 12 articles about gardening',
    'Design 4 logos',
    '15 product descriptions',
    'Up to 10 hours of bookkeeping',
    'I will create five Instagram carousels',
    'Edit 30+ videos a month',
  ])('flags the activity count in "%s"', (headline) => {
    const hits = run(o02OutcomeHeadline, buildOffer({ headline }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/count/);
  });

  it('flags a headline that repeats the task it was given', () => {
    const hits = run(o02OutcomeHeadline, buildOffer({ input: 'Clean up spreadsheets', headline: 'clean up  Spreadsheets.' }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/repeats/);
  });

  it('flags an empty headline', () => {
    expect(run(o02OutcomeHeadline, buildOffer({ headline: '' }))).toHaveLength(1);
  });
});
