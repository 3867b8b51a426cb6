import { describe, expect, it } from 'vitest';
import { distinctiveTerms, isDistinctive, sharedTerms, stem, termKey, termStems, termTokens } from '../../src/text/terms.ts';

describe('stem, word by word', () => {
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
  it('gives the same stems after more distinct words than it remembers have passed through it', () => {
    const before = ['migration', 'dashboards', 'apps'].map((word) => stem(word));
    for (let i = 0; i < 60_000; i += 1) stem(`word${i.toString(36)}ing`);
    expect(['migration', 'dashboards', 'apps'].map((word) => stem(word))).toEqual(before);
    expect(stem('qzxwording')).toBe(stem('qzxwords'));
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

describe('termTokens', () => {
  it('lowercases and splits on spaces and punctuation', () => {
    expect(termTokens('Build a Shopify-Klaviyo dashboard, fast!')).toEqual(['build', 'a', 'shopify-klaviyo', 'dashboard', 'fast']);
  });

  it('keeps C++ and C# whole, and the possessive for stem() to drop', () => {
    expect(termTokens("C++ and C# for the client's app")).toEqual(['c++', 'and', 'c#', 'for', 'the', "client's", 'app']);
  });

  it('skips emoji, and termKey skips runs too long to be words', () => {
    const tokens = termTokens(`🚀 ${'x'.repeat(500)} shop 🛒`);
    expect(tokens).toEqual(['x'.repeat(500), 'shop']);
    expect(tokens.map(termKey)).toEqual([null, 'shop']);
  });

  it('keeps listed multi-word terms whole, in any inflection or joined spelling', () => {
    expect(termTokens('Power BI and lead-generation for Google Sheet users')).toEqual(['power bi', 'and', 'lead generation', 'for', 'google sheets', 'users']);
    expect(termTokens('a Node.js API')).toEqual(['a', 'node js', 'api']);
  });

  it('leaves the words of an unlisted phrase apart', () => {
    expect(termTokens('generation of leads')).toEqual(['generation', 'of', 'leads']);
  });
});

describe('stem', () => {
  it.each([
    ['dashboards', 'dashboard'],
    ['companies', 'compani'],
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

  it('does not strip the "s" of words that end in ss or us', () => {
    expect(stem('status')).toBe('status');
    expect(stem('class')).toBe('class');
  });

  it('keeps words of one family together and words that only look alike apart', () => {
    expect(stem('generation')).not.toBe(stem('general'));
    expect(stem('migration')).toBe(stem('migrate'));
    expect(stem('e-commerce')).toBe(stem('ecommerce'));
  });
});
