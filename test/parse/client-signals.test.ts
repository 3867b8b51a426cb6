import { describe, expect, it } from 'vitest';
import { emptyClientSignals, isClientLine, parseClientSignals } from '../../src/parse/client-signals.ts';

describe('parseClientSignals', () => {
  it('reads a full client section', () => {
    const text = [
      'About the client',
      'Payment method verified',
      'Rating is 4.9 out of 5.',
      '4.9 of 23 reviews',
      'Germany',
      'Berlin 4:02 PM',
      '25 jobs posted',
      '60% hire rate, 1 open job',
      '$12K total spent',
      '14 hires, 2 active',
      '$18.50 /hr avg hourly rate paid',
      'Member since Mar 12, 2019',
    ].join('\n');
    expect(parseClientSignals(text)).toEqual({
      paymentVerified: true,
      rating: 4.9,
      reviews: 23,
      country: 'Germany',
      jobsPosted: 25,
      hireRate: 60,
      openJobs: 1,
      totalSpent: 12000,
      hires: 14,
      avgHourlyRate: 18.5,
      memberSince: 'Mar 12, 2019',
    });
  });

  it.each([
    ['Payment method not verified', false],
    ['Payment unverified', false],
    ['Payment verified', true],
  ])('reads %j as paymentVerified %s', (line, value) => {
    expect(parseClientSignals(line).paymentVerified).toBe(value);
  });

  it('reads "4.9 of 5 reviews" as a 4.9 rating over 5 reviews', () => {
    expect(parseClientSignals('4.9 of 5 reviews')).toMatchObject({ rating: 4.9, reviews: 5 });
  });

  it('reads review counts in parentheses or alone, and "No reviews yet" as zero', () => {
    expect(parseClientSignals('(23 reviews)').reviews).toBe(23);
    expect(parseClientSignals('1 review').reviews).toBe(1);
    expect(parseClientSignals('No reviews yet').reviews).toBe(0);
  });

  it('reads totals written in thousands and millions', () => {
    expect(parseClientSignals('$1.2M total spent').totalSpent).toBe(1200000);
    expect(parseClientSignals('$850 total spent').totalSpent).toBe(850);
  });

  it('reads a bare rating only in the client section', () => {
    expect(parseClientSignals('About the client\n4.95\nUnited States').rating).toBe(4.95);
    expect(parseClientSignals('Release notes for version\n4.95').rating).toBeNull();
  });

  it('reads a "Location:" line as the country', () => {
    expect(parseClientSignals('Location: Germany').country).toBe('Germany');
  });

  it('reads a country line next to other client lines when there is no heading', () => {
    expect(parseClientSignals('Payment method verified\nCanada\n$3K total spent').country).toBe('Canada');
  });

  it('reads several signals from one line separated by bars', () => {
    const c = parseClientSignals('Payment verified | 4.95 | (12 reviews) | United Kingdom | $850 total spent');
    expect(c).toMatchObject({ paymentVerified: true, rating: 4.95, reviews: 12, country: 'United Kingdom', totalSpent: 850 });
  });

  it('does not take counts in the description for client signals', () => {
    const text = 'We need 20 product reviews written for Amazon and 3 landing pages for the United States market.';
    expect(parseClientSignals(text)).toEqual(emptyClientSignals());
  });

  it('does not take a country named in the description for the client country', () => {
    expect(parseClientSignals('We sell to customers in\nFrance\nand Spain.').country).toBeNull();
  });
});

describe('isClientLine', () => {
  it('recognises page lines about the client and rejects prose', () => {
    expect(isClientLine('71% hire rate, 2 open jobs')).toBe(true);
    expect(isClientLine('We hire often.')).toBe(false);
  });
});
