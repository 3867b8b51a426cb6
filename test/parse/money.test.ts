import { describe, expect, it } from 'vitest';
import { findMoney, parseAmount, parseNumber } from '../../src/parse/money.ts';

const first = (s: string) => {
  const m = findMoney(s)[0];
  return m ? { min: m.min, max: m.max, currency: m.currency } : null;
};

describe('parseNumber', () => {
  it.each([
    ['1,500', 1500],
    ['2,500.00', 2500],
    ['1.5', 1.5],
    ['1.500,00', 1500],
    ['12,5', 12.5],
    ['1,50,000', 150000],
  ])('reads %s as %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it('returns null for text that is not a number', () => {
    expect(parseNumber('1.2.3.4')).toBeNull();
  });
});

describe('parseAmount', () => {
  it('applies k, M and word suffixes', () => {
    expect(parseAmount('1.5', 'k')).toBe(1500);
    expect(parseAmount('12', 'K')).toBe(12000);
    expect(parseAmount('1.2', 'M')).toBe(1200000);
    expect(parseAmount('3', ' thousand')).toBe(3000);
  });
});

describe('findMoney', () => {
  it('reads a dollar range with cents', () => {
    expect(first('$15.00 - $35.00')).toEqual({ min: 15, max: 35, currency: 'USD' });
  });

  it('reads a range where only the first end has a symbol', () => {
    expect(first('$15-35')).toEqual({ min: 15, max: 35, currency: 'USD' });
  });

  it('applies a suffix written once to both ends', () => {
    expect(first('$1-2k')).toEqual({ min: 1000, max: 2000, currency: 'USD' });
  });

  it.each([
    ['€500', 'EUR'],
    ['£300', 'GBP'],
    ['EUR 500', 'EUR'],
    ['USD 1,200', 'USD'],
    ['500 GBP', 'GBP'],
    ['CA$60', 'CAD'],
    ['₹4000', 'INR'],
  ])('reads the currency of %s as %s', (text, currency) => {
    expect(first(text)?.currency).toBe(currency);
  });

  it('reads a range whose currency code follows the second number', () => {
    expect(first('15.00 - 35.00 USD')).toEqual({ min: 15, max: 35, currency: 'USD' });
  });

  it('reads "between $500 and $800" as a range', () => {
    expect(first('between $500 and $800')).toEqual({ min: 500, max: 800, currency: 'USD' });
  });

  it('opens the range for "up to", "at least" and a trailing plus', () => {
    expect(first('up to $40')).toEqual({ min: null, max: 40, currency: 'USD' });
    expect(first('at least $40')).toEqual({ min: 40, max: null, currency: 'USD' });
    expect(first('$40+')).toEqual({ min: 40, max: null, currency: 'USD' });
  });

  it('ignores numbers without a currency', () => {
    expect(findMoney('100 products in 3 weeks')).toEqual([]);
  });

  it('finds every amount in a line with offsets into that line', () => {
    const line = 'from $5 to go, then €7';
    const found = findMoney(line);
    expect(found.map((m) => line.slice(m.start, m.end))).toEqual(['$5', '€7']);
  });
});
