import { describe, expect, it } from 'vitest';
import { deliverablesIn, isOverAMonth, largeScopePhrases, ongoingTerms, postAgeInDays } from '../../../src/rubric/triage/scope.ts';

describe('postAgeInDays', () => {
  it.each([
    ['Posted 12 minutes ago', 0],
    ['an hour ago', 0],
    ['yesterday', 1],
    ['Posted 3 days ago', 3],
    ['a week ago', 7],
    ['last week', 7],
    ['2 weeks ago', 14],
    ['Posted last month', 30],
    ['3 months ago', 90],
  ])('reads "%s" as %i days', (text, days) => {
    expect(postAgeInDays(text)).toBe(days);
  });

  it('returns null for text it cannot read', () => {
    expect(postAgeInDays('recently')).toBeNull();
  });
});

describe('isOverAMonth', () => {
  it.each(['1 to 3 months', '3 to 6 months', 'More than 6 months', '6 weeks', 'long-term', 'More than 1 month'])('reads "%s" as over a month', (text) =>
    expect(isOverAMonth(text)).toBe(true),
  );
  it.each(['Less than 1 month', 'Less than a week', '1 month', '3 weeks', '2 days'])('reads "%s" as a month or less', (text) =>
    expect(isOverAMonth(text)).toBe(false),
  );
});

describe('scope readers', () => {
  it('lists distinct deliverables, folding plurals', () => {
    expect(deliverablesIn('Two logos, a logo variant and one landing page.')).toEqual(['landing page', 'page', 'logo']);
    expect(deliverablesIn('Looking for a great person to help us grow.')).toEqual([]);
  });

  it('finds large-scope phrases but not full-time or a plain "complete the task"', () => {
    expect(largeScopePhrases('We need a full e-commerce website built end-to-end.')).toEqual(['full e-commerce website', 'end-to-end']);
    expect(largeScopePhrases('Full-time role; please complete the task by Friday.')).toEqual([]);
    expect(largeScopePhrases('An iOS app and website for members.')).toHaveLength(1);
  });

  it('counts a platform as scope only when it is to be built', () => {
    expect(largeScopePhrases('Run our ads on social platforms and the TikTok platform.')).toEqual([]);
    expect(largeScopePhrases('Develop a booking platform for tutors.')).toEqual(['develop a booking platform']);
  });

  it('finds words that mark open-ended work', () => {
    expect(ongoingTerms('Long-term partner to help as needed.')).toEqual(['long-term', 'as needed']);
    expect(ongoingTerms('A one-off fix.')).toEqual([]);
  });
});
