import { describe, expect, it } from 'vitest';
import { impliedHourly, payBelowMarketInFacts, payBelowMarketInText, simpleWork, statedWeeklyHours, tooGoodPayInFacts } from '../../src/parse/red-flag-pay.ts';
import { findRedFlags } from '../../src/parse/red-flags.ts';

const hourly = (min: number, max: number) => ({ type: 'hourly', min, max });

describe('statedWeeklyHours', () => {
  it.each([
    ['Work 2 hours a day from home.', 10],
    ['About 10 hours per week.', 10],
    ['Only two hours a day.', 10],
    ['2-3 hrs per day, flexible.', 15],
    ['Roughly 40 hours a month.', 40 / 4.33],
  ])('reads the hours stated in %j as %d a week', (text, weekly) => {
    expect(statedWeeklyHours(text)).toBeCloseTo(weekly, 1);
  });

  it('returns null when the post states no hours', () => {
    expect(statedWeeklyHours('Earn $2,000 per week from home.')).toBeNull();
  });
});

describe('impliedHourly', () => {
  it('assumes a full-time week only when no hours are stated', () => {
    expect(impliedHourly(2000, 'week', null)).toBe(50);
    expect(impliedHourly(2000, 'week', 10)).toBe(200);
    expect(impliedHourly(300, 'day', 10)).toBe(150);
    expect(impliedHourly(75, 'hr', 10)).toBe(75);
  });
});

describe('simpleWork', () => {
  it('finds simple or no-experience work, including "copy and paste" and liking posts', () => {
    expect(simpleWork('Copy and paste names into a sheet.')).toBe('Copy and paste');
    expect(simpleWork('Earn by liking posts on Instagram.')).toBe('liking posts');
    expect(simpleWork('No experience needed.')).toBe('No experience');
  });

  it('ignores simple work the post wants automated away', () => {
    expect(simpleWork('Build a pipeline to automate our manual data entry.')).toBeNull();
    expect(simpleWork('Write Python scripts to replace data entry.')).toBeNull();
  });
});

describe('too-good pay', () => {
  it('flags a weekly sum that is high per hour for the short day the post states', () => {
    const text = 'Earn $2,000 per week copy and paste work. Only 2 hours a day, no experience needed.';
    expect(findRedFlags(text)).toMatchObject([{ code: 'too_good_pay', evidence: 'Earn $2,000 per week copy and paste work.' }]);
  });

  it('does not flag the same weekly sum for a full-time week', () => {
    expect(findRedFlags('Earn $2,000 per week doing data entry, 40 hours a week.')).toEqual([]);
  });

  it('flags an hourly budget of $60 or more for no-experience copy-paste work', () => {
    const flags = findRedFlags('Simple copy and paste of product names into a spreadsheet. No experience needed.', {
      budget: { type: 'hourly', min: 95, max: 120, currency: 'USD' },
      experienceLevel: null,
    });
    expect(flags.map((f) => f.code)).toEqual(['too_good_pay']);
    expect(flags[0]?.evidence).toMatch(/120\/hr/);
  });

  it('does not flag a modest hourly budget for simple work', () => {
    expect(tooGoodPayInFacts({ budget: hourly(15, 25), experienceLevel: 'entry' }, 'Data entry from PDFs, no experience needed.')).toBeNull();
  });

  it('does not flag high hourly pay for expert or skilled work that mentions simple work', () => {
    expect(tooGoodPayInFacts({ budget: hourly(80, 120), experienceLevel: 'expert' }, 'Senior data engineer; some data entry cleanup.')).toBeNull();
    expect(tooGoodPayInFacts({ budget: hourly(70, 110), experienceLevel: 'intermediate' }, 'Automate our invoice data entry with Python and OCR.')).toBeNull();
    expect(tooGoodPayInFacts({ budget: hourly(90, 150), experienceLevel: null }, 'Lead the migration of our billing platform to Kubernetes.')).toBeNull();
  });
});

describe('pay far below the market', () => {
  const sentences = (text: string) => [{ text, start: 0 }];

  it('flags a weekly or monthly sum stated as pay that comes to $5 an hour or less', () => {
    const text = 'We pay $100-200/week to start, growing with results.';
    expect(payBelowMarketInText(sentences(text), text)).not.toBeNull();
    const stipend = 'The stipend is $150 per month for full-time support.';
    expect(payBelowMarketInText(sentences(stipend), stipend)).not.toBeNull();
  });

  it('leaves alone fair weekly pay, pay for few stated hours, and money that is not pay', () => {
    const fair = 'We pay $800 per week for this role.';
    expect(payBelowMarketInText(sentences(fair), fair)).toBeNull();
    const part = 'We pay $100 per week for 2 hours a week of posting.';
    expect(payBelowMarketInText(sentences(part), part)).toBeNull();
    const ads = 'We spend $100 per week on ads and want more leads.';
    expect(payBelowMarketInText(sentences(ads), ads)).toBeNull();
  });

  it('flags a tiny fixed price for a long brief, but not for a short task', () => {
    const long = Array.from({ length: 90 }, () => 'analyse').join(' ');
    expect(payBelowMarketInFacts({ budget: { type: 'fixed', min: 7, max: 7 }, experienceLevel: null, description: long })).toBe(
      'a fixed price of $7 for a 90-word brief',
    );
    expect(payBelowMarketInFacts({ budget: { type: 'fixed', min: 7, max: 7 }, experienceLevel: null, description: 'Fix one typo on my page.' })).toBeNull();
    expect(payBelowMarketInFacts({ budget: { type: 'fixed', min: 300, max: 300 }, experienceLevel: null, description: long })).toBeNull();
    expect(payBelowMarketInFacts({ budget: { type: 'hourly', min: 3, max: 5 }, experienceLevel: null, description: long })).toBeNull();
  });
});
