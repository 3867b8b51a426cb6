import { describe, expect, it } from 'vitest';
import { GENERIC_STEMS, buildQuery } from '../../src/retrieval/analyze.ts';
import { stem, termKey, termTokens } from '../../src/text/terms.ts';

describe('termKey', () => {
  it('drops stopwords, single letters and bare numbers', () => {
    expect(termKey('the')).toBeNull();
    expect(termKey('x')).toBeNull();
    expect(termKey('2024')).toBeNull();
    expect(termKey('c#')).toBe('c#');
  });

  it('knows the generic words by their stems', () => {
    expect(GENERIC_STEMS.has(stem('projects'))).toBe(true);
    expect(GENERIC_STEMS.has(stem('dashboard'))).toBe(false);
  });
});

describe('buildQuery', () => {
  it('keeps each term once, with the highest weight and the first word seen', () => {
    const terms = buildQuery(
      [
        { text: 'Shopify dashboards', weight: 3 },
        { text: 'a dashboard for Shopify orders', weight: 1 },
      ],
      50,
    );
    expect(terms).toEqual([
      { term: stem('shopify'), word: 'shopify', weight: 3 },
      { term: 'dashboard', word: 'dashboards', weight: 3 },
      { term: 'order', word: 'orders', weight: 1 },
    ]);
  });

  it('keeps the most frequent new terms when a part has more than the limit allows', () => {
    const text = `alpha beta gamma delta ${'delta '.repeat(5)}${'beta '.repeat(3)}`;
    const terms = buildQuery([{ text, weight: 1 }], 2).map((t) => t.word);
    expect(terms).toEqual(['beta', 'delta']);
  });

  it('takes tokens already split instead of text, with the same result', () => {
    const text = 'Shopify dashboards for Shopify orders';
    expect(buildQuery([{ tokens: termTokens(text), weight: 2 }], 10)).toEqual(buildQuery([{ text, weight: 2 }], 10));
    expect(buildQuery([{ tokens: ['orders'], weight: 2 }], 10)).toEqual([{ term: 'order', word: 'orders', weight: 2 }]);
  });

  it('returns no terms for text with nothing but stopwords and symbols', () => {
    expect(buildQuery([{ text: 'the and of (.*+?)[]{}^$| 🎉', weight: 1 }], 10)).toEqual([]);
  });
});
