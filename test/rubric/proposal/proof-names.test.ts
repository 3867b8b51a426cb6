import { describe, expect, it } from 'vitest';
import { proofNamedInText } from '../../../src/rubric/proposal/proof-names.ts';
import { makeProof } from '../fixtures.ts';

describe('proofNamedInText', () => {
  const items = [makeProof({ id: 'tea-flows', title: 'Tea shop flows' }), makeProof({ id: 'cart', title: 'Cart rebuild' })];

  it('finds items named by id or title as whole phrases', () => {
    expect(proofNamedInText('See tea-flows and the CART REBUILD case.', items).map((item) => item.id)).toEqual(['tea-flows', 'cart']);
  });

  it('ignores names inside longer words', () => {
    expect(proofNamedInText('the cartographer', items)).toEqual([]);
  });

  it('finds names that start with a symbol, and returns items in library order whatever order the text names them', () => {
    const symbols = [makeProof({ id: 'first', title: '.NET migration' }), ...items, makeProof({ id: 'c-42', title: '(42) launch' })];
    const named = proofNamedInText('The (42) launch, then Cart rebuild, then the .NET migration.', symbols).map((item) => item.id);
    expect(named).toEqual(['first', 'cart', 'c-42']);
  });

  it('finds the one named item in a library of 10,000', () => {
    const large = Array.from({ length: 10_000 }, (_, i) => makeProof({ id: `item-${i}`, title: `Store rebuild number ${i}` }));
    expect(proofNamedInText('As in Store rebuild number 7312, the fix was small.', large).map((item) => item.id)).toEqual(['item-7312']);
  });

  it('finds one-word names and names split by punctuation the text writes the same way', () => {
    const mixed = [
      makeProof({ id: 'gtm', title: 'Analytics' }),
      makeProof({ id: 'next-js-shop', title: 'Next.js — shop rebuild' }),
      makeProof({ id: 'next-app', title: 'Next app' }),
    ];
    const named = proofNamedInText('Analytics first; the Next.js — shop rebuild showed it.', mixed).map((item) => item.id);
    expect(named).toEqual(['gtm', 'next-js-shop']);
  });
});
