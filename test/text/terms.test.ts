import { describe, expect, it } from 'vitest';
import { distinctiveTerms, isDistinctive, sharedTerms, stem, termStems } from '../../src/text/terms.ts';

describe('stem', () => {
  it('brings word forms of one root together', () => {
    expect(stem('migration')).toBe(stem('migrate'));
    expect(stem('migrating')).toBe(stem('migrate'));
    expect(stem('queries')).toBe(stem('query'));
    expect(stem('invoices')).toBe(stem('invoice'));
  });
  it('leaves short words alone but drops a short plural s', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('apps')).toBe(stem('app'));
    expect(stem('boss')).toBe('boss');
  });
});

describe('distinctive terms', () => {
  it('drops stopwords, job-post boilerplate and bare numbers', () => {
    expect(distinctiveTerms('Looking for an experienced developer to fix our slow Shopify checkout, 2000 products')).toEqual([
      'slow',
      'shopify',
      'checkout',
      'products',
    ]);
    expect(isDistinctive('project')).toBe(false);
    expect(isDistinctive('klaviyo')).toBe(true);
  });
  it('finds the words two texts share by stem', () => {
    expect(sharedTerms('We migrated the invoices', termStems('invoice migration'))).toEqual(['migrated', 'invoices']);
  });
});
