import { describe, expect, it } from 'vitest';
import { findTitle } from '../../src/parse/title.ts';

describe('findTitle', () => {
  it('takes the first line of a pasted page', () => {
    expect(findTitle('Shopify speed audit for a skincare store\n\nWe need help.')).toBe('Shopify speed audit for a skincare store');
  });

  it('skips page chrome such as "Job details"', () => {
    expect(findTitle('Job details\nExcel model for a food truck\nBody text.')).toBe('Excel model for a food truck');
  });

  it('keeps the title as written, with curly quotes', () => {
    expect(findTitle('A \u201Cquick\u201D fix\nBody')).toBe('A \u201Cquick\u201D fix');
  });

  it('takes a short first line the client closed with a full stop', () => {
    const title = 'Set up Mixpanel tracking for our onboarding funnel.';
    expect(findTitle(`${title}\n\nWe launched a trial last month and cannot see where sign-ups drop off.`)).toBe(title);
    expect(findTitle('Consultation with an experienced Mixpanel developer/analyst.\nNeed advice on our events.')).toBe(
      'Consultation with an experienced Mixpanel developer/analyst.',
    );
  });

  it('returns null when the text opens with a sentence', () => {
    expect(findTitle('We need a developer to fix our checkout.\nIt breaks on mobile.')).toBeNull();
    expect(findTitle('Our Shopify store needs a faster checkout.\nIt breaks on mobile.')).toBeNull();
    expect(findTitle('Please read the whole post before you apply.\nIt breaks on mobile.')).toBeNull();
  });

  it('returns null for a long first line closed with a full stop, or one closed with a question', () => {
    expect(findTitle('Looking for someone to help set up tracking events and funnels and reports across web and mobile apps.\nBody.')).toBeNull();
    expect(findTitle('Can someone fix our Mixpanel funnel?\nBody text.')).toBeNull();
    expect(findTitle('Fix our Mixpanel funnel...\nBody text.')).toBeNull();
  });

  it('returns null for a greeting or a generic heading', () => {
    expect(findTitle('Hi there\nWe need help.')).toBeNull();
    expect(findTitle('Job Description\nWe need help.')).toBeNull();
  });

  it('returns null for a hard-wrapped paragraph', () => {
    expect(findTitle('We sell ceramic planters and grew a lot over the last three years, mostly\nthrough Instagram.')).toBeNull();
  });

  it('returns null for a one-line post', () => {
    expect(findTitle('Logo for a bakery')).toBeNull();
  });

  it('does not take a budget line for the title', () => {
    expect(findTitle('Hourly: $15.00 - $35.00\nBody text.')).toBeNull();
  });
});
