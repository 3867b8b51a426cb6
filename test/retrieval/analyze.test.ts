import { describe, expect, it } from 'vitest';
import { GENERIC_STEMS, buildQuery, stem, toTerm, tokenize } from '../../src/retrieval/analyze.ts';

describe('tokenize', () => {
  it('lowercases and splits on spaces and punctuation', () => {
    expect(tokenize('Build a Looker-Studio dashboard, fast!')).toEqual(['build', 'a', 'looker', 'studio', 'dashboard', 'fast']);
  });

  it('keeps C++ and C# whole and drops possessive endings', () => {
    expect(tokenize("C++ and C# for the client's app")).toEqual(['c++', 'and', 'c#', 'for', 'the', 'client', 'app']);
  });

  it('skips emoji and runs too long to be words', () => {
    expect(tokenize(`🚀 ${'x'.repeat(500)} shop 🛒`)).toEqual(['shop']);
  });
});

describe('stem', () => {
  it.each([
    ['dashboards', 'dashboard'],
    ['companies', 'company'],
    ['processes', 'process'],
    ['boxes', 'box'],
  ])('reduces %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['pricing', 'price'],
    ['automated', 'automate'],
    ['scraping', 'scrape'],
    ['coding', 'code'],
    ['shopping', 'shop'],
    ['embedding', 'embedded'],
    ['settings', 'setting'],
  ])('gives %s and %s the same stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('leaves short words, words with digits and words with non-ASCII letters alone, accents aside', () => {
    expect(stem('css')).toBe('css');
    expect(stem('web3s')).toBe('web3s');
    expect(stem('größen')).toBe('groß' + 'en');
    expect(stem('straße')).toBe('straße');
  });

  it('drops accents so an accented word meets its plain spelling', () => {
    expect(stem('méxico')).toBe(stem('mexico'));
    expect(stem('cafés')).toBe(stem('cafe'));
    expect(stem('localización')).toBe('localizacion');
  });

  it('does not strip the "s" of words that end in ss, us or is', () => {
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
  });
});

describe('toTerm', () => {
  it('drops stopwords, single letters and bare numbers', () => {
    expect(toTerm('the')).toBeNull();
    expect(toTerm('x')).toBeNull();
    expect(toTerm('2024')).toBeNull();
    expect(toTerm('c#')).toBe('c#');
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
      { term: 'shopify', word: 'shopify', weight: 3 },
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
    expect(buildQuery([{ tokens: tokenize(text), weight: 2 }], 10)).toEqual(buildQuery([{ text, weight: 2 }], 10));
    expect(buildQuery([{ tokens: ['orders'], weight: 2 }], 10)).toEqual([{ term: 'order', word: 'orders', weight: 2 }]);
  });

  it('returns no terms for text with nothing but stopwords and symbols', () => {
    expect(buildQuery([{ text: 'the and of (.*+?)[]{}^$| 🎉', weight: 1 }], 10)).toEqual([]);
  });
});
