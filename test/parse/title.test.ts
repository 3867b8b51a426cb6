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

  it('returns null when the text opens with a sentence', () => {
    expect(findTitle('We need a developer to fix our checkout.\nIt breaks on mobile.')).toBeNull();
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
