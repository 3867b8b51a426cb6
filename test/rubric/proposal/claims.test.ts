import { describe, expect, it } from 'vitest';
import { claimSentences, proofNamedInText } from '../../../src/rubric/proposal/claims.ts';
import { makeProof } from '../fixtures.ts';

describe('claimSentences', () => {
  it('finds first-person past claims and references to earlier clients', () => {
    const text = "Your cart is slow. I've built three stores. In a recent project we fixed it. I'd build a prototype. My last client was happy.";
    expect(claimSentences(text)).toEqual(["I've built three stores.", 'In a recent project we fixed it.', 'My last client was happy.']);
  });

  it('does not treat plans as claims', () => {
    expect(claimSentences("I'd start by building an audit. I will deliver a report.")).toEqual([]);
  });
});

describe('proofNamedInText', () => {
  const items = [makeProof({ id: 'tea-flows', title: 'Tea shop flows' }), makeProof({ id: 'cart', title: 'Cart rebuild' })];

  it('finds items named by id or title as whole phrases', () => {
    expect(proofNamedInText('See tea-flows and the CART REBUILD case.', items).map((item) => item.id)).toEqual(['tea-flows', 'cart']);
  });

  it('ignores names inside longer words', () => {
    expect(proofNamedInText('the cartographer', items)).toEqual([]);
  });
});
