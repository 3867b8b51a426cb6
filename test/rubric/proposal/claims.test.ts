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

  it('does not treat work done for this application as a claim about past work', () => {
    const text = [
      'I rewrote your opening paragraph below.',
      'I reviewed your post and the sheet.',
      "I've written two subject lines below.",
      'I worked through your brief.',
      'I cleaned up the sample you attached.',
    ].join(' ');
    expect(claimSentences(text)).toEqual([]);
  });

  it('still finds the claim beside such a sentence, and claims that mention the client', () => {
    expect(claimSentences('I reviewed your post and I built a similar dashboard last year.')).toHaveLength(1);
    expect(claimSentences('I built a sync job and wrote the plan below.')).toHaveLength(1);
    expect(claimSentences('I helped clients like you cut returns.')).toHaveLength(1);
    expect(claimSentences('I reviewed 200 supplier contracts for a law firm.')).toHaveLength(1);
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

describe('claimSentences on hostile text', () => {
  it('reads 200 KB of claims about this post and unfinished clauses as sentences of the text', () => {
    const hostile = `${'I reviewed your post '.repeat(5_000)}${'I built '.repeat(5_000)}${'x '.repeat(30_000)}below`;
    expect(hostile.length).toBeGreaterThan(200_000);
    for (const sentence of claimSentences(hostile)) expect(hostile).toContain(sentence);
  });
});
