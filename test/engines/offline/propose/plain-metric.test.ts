import { describe, expect, it } from 'vitest';
import { plainMetric } from '../../../../src/engines/offline/propose/plain-metric.ts';

describe('plainMetric', () => {
  it('quotes a bounded value as written, not "at" it', () => {
    expect(plainMetric({ label: 'reported purchases now match Shopify', value: 'within 2%' })).toBe('reported purchases now match Shopify within 2%');
    expect(plainMetric({ label: 'uptime', value: 'at least 99.9%' })).toBe('uptime at least 99.9%');
  });

  it('puts the value straight after a label that ends on its preposition', () => {
    expect(plainMetric({ label: 'reported purchases match Shopify within', value: '2%' })).toBe('reported purchases match Shopify within 2%');
  });

  it('still says "at" for a bare level', () => {
    expect(plainMetric({ label: 'checkout conversion', value: '3.1%' })).toBe('checkout conversion at 3.1%');
  });
});
