import { describe, expect, it } from 'vitest';
import { createCountryMatcher } from '../../src/parse/country.ts';

const match = createCountryMatcher();

describe('createCountryMatcher', () => {
  it.each([
    ['United States', 'United States'],
    ['germany', 'Germany'],
    ['United Kingdom London 3:15 PM', 'United Kingdom'],
    ['USA', 'United States'],
    ['UAE', 'United Arab Emirates'],
    ['South Sudan', 'South Sudan'],
  ])('recognises %j', (line, country) => {
    expect(match(line)).toBe(country);
  });

  it('returns null for sentences that start with a country name', () => {
    expect(match('India is our biggest market and we want to grow it.')).toBeNull();
  });

  it('returns null for words that only begin like a country', () => {
    expect(match('Used cars')).toBeNull();
  });

  it('takes its list of names as an option', () => {
    const custom = createCountryMatcher(['Atlantis'], {});
    expect(custom('Atlantis')).toBe('Atlantis');
    expect(custom('Germany')).toBeNull();
  });
});
