import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../src/parse/budget.ts';

const hourly = (min: number | null, max: number | null, currency: string | null = 'USD') => ({ type: 'hourly', min, max, currency });
const fixed = (amount: number, currency = 'USD') => ({ type: 'fixed', min: amount, max: amount, currency });
const UNKNOWN = { type: 'unknown', min: null, max: null, currency: null };

describe('parseBudget', () => {
  it.each([
    ['Hourly: $15.00 - $35.00', hourly(15, 35)],
    ['$15.00 - $35.00\nHourly', hourly(15, 35)],
    ['Hourly\n\n$15.00 - $35.00', hourly(15, 35)],
    ['Hourly range: $15-$35', hourly(15, 35)],
    ['We can pay $22-$35/hr for the right person.', hourly(22, 35)],
    ['$40/hr', hourly(40, 40)],
    ['Rate: up to $60 per hour', hourly(null, 60)],
    ['Hourly (rate not stated)', hourly(null, null, null)],
    ['Hourly\nLess than 30 hrs/week\nIntermediate', hourly(null, null, null)],
  ])('reads the hourly budget in %j', (text, expected) => {
    expect(parseBudget(text)).toEqual(expected);
  });

  it.each([
    ['Fixed-price\n$500', fixed(500)],
    ['$500.00\nFixed-price', fixed(500)],
    ['Fixed price: $1000', fixed(1000)],
    ['Budget: $1,500', fixed(1500)],
    ['Est. budget: $2,500.00', fixed(2500)],
    ['Our budget is around $1.5k for the whole thing.', fixed(1500)],
    ['Fixed-price - Intermediate - Est. Budget: $300', fixed(300)],
    ['Budget\n$750', fixed(750)],
    ['Est. Budget:\n$500', fixed(500)],
    ['We offer $3,000 for the full build.', fixed(3000)],
    ['Budget: $500 - $1,000', { type: 'fixed', min: 500, max: 1000, currency: 'USD' }],
  ])('reads the fixed budget in %j', (text, expected) => {
    expect(parseBudget(text)).toEqual(expected);
  });

  it.each([
    ['Fixed price: €500', 'EUR'],
    ['Budget: EUR 500', 'EUR'],
    ['Budget: £300', 'GBP'],
    ['Budget: USD 1,200', 'USD'],
  ])('keeps the currency of %j', (text, currency) => {
    expect(parseBudget(text).currency).toBe(currency);
  });

  it('returns unknown when the post states no budget', () => {
    expect(parseBudget('We need a logo for our bakery. Nothing fancy.')).toEqual(UNKNOWN);
  });

  it('does not take revenue, prices or counts in prose for a budget', () => {
    const text = 'We grew revenue by $2M last year, sell 100 products at $20 each and raised $500k.';
    expect(parseBudget(text)).toEqual(UNKNOWN);
  });

  it('does not take an amount that merely follows "offer" later in a sentence', () => {
    expect(parseBudget('We offer free shipping over $50.')).toEqual(UNKNOWN);
  });

  it('does not take an ad budget the freelancer would spend for their pay', () => {
    expect(parseBudget('You will manage an ad budget of $5,000 per month.')).toEqual(UNKNOWN);
  });

  it('ignores the client history (total spent, average rate paid) below the client heading', () => {
    const text = 'Logo design\n\nAbout the client\n$12K total spent\n$18.50 /hr avg hourly rate paid\nHourly';
    expect(parseBudget(text)).toEqual(UNKNOWN);
  });

  it('ignores an average rate paid even without a client heading', () => {
    expect(parseBudget('Need a VA\n$18.50 /hr avg hourly rate paid')).toEqual(UNKNOWN);
  });

  it('prefers the page budget line over a rate mentioned later in the text', () => {
    expect(parseBudget('Est. budget: $800\n\nWe once paid $20/hr for similar work.')).toEqual(fixed(800));
  });

  it('does not read a lone amount without a type or label as a budget', () => {
    expect(parseBudget('Thanks!\n$500\nLooking forward')).toEqual(UNKNOWN);
  });
});
