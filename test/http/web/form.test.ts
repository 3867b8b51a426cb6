import { describe, expect, it } from 'vitest';
import { isBidwrightError } from '../../../src/domain/errors.ts';
import { formatMetricLines, joinList, parseAmount, parseMetricLines, splitList } from '../../../src/http/web/form.ts';

describe('form value parsing', () => {
  it('splits comma or line separated lists, dropping blanks and repeats', () => {
    expect(splitList(' Shopify, GA4,,\nLiquid , GA4 ')).toEqual(['Shopify', 'GA4', 'Liquid']);
    expect(splitList('a, b\nc', /\n/)).toEqual(['a, b', 'c']);
    expect(splitList(undefined)).toEqual([]);
    expect(joinList(['a', 'b'])).toBe('a, b');
  });

  it('reads "label = value" metric lines, splitting at the first equals sign', () => {
    expect(parseMetricLines('conversion = +12%\n\n  ratio = a=b  ')).toEqual([
      { label: 'conversion', value: '+12%' },
      { label: 'ratio', value: 'a=b' },
    ]);
    expect(
      formatMetricLines([
        { label: 'x', value: '1' },
        { label: 'y', value: '2' },
      ]),
    ).toBe('x = 1\ny = 2');
  });

  it('rejects a metric line without a label or value, naming the line and the metrics field', () => {
    for (const bad of ['just words', '= 12', 'label =']) {
      try {
        parseMetricLines(`ok = 1\n${bad}`);
        expect.unreachable(`"${bad}" should be rejected`);
      } catch (error) {
        expect(isBidwrightError(error) && error.code).toBe('INVALID_INPUT');
        expect((error as Error).message).toContain('Metric line 2');
        expect((error as { details: unknown }).details).toEqual([{ path: ['metrics'], message: (error as Error).message }]);
      }
    }
  });

  it('reads amounts: blank is null, a dollar sign is allowed, words and negatives are not', () => {
    expect(parseAmount('', 'rateFloor', 'The rate floor')).toBeNull();
    expect(parseAmount(' $45.5 ', 'rateFloor', 'The rate floor')).toBe(45.5);
    expect(() => parseAmount('-3', 'rateFloor', 'The rate floor')).toThrow(/The rate floor must be a number/);
    expect(() => parseAmount('lots', 'targetRate', 'The target rate')).toThrow(/"lots"/);
  });
});
