import { describe, expect, it } from 'vitest';
import { claimSentences } from '../../../src/rubric/proposal/claims.ts';

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

describe('claimSentences on hostile text', () => {
  it('reads 200 KB of claims about this post and unfinished clauses as sentences of the text', () => {
    const hostile = `${'I reviewed your post '.repeat(5_000)}${'I built '.repeat(5_000)}${'x '.repeat(30_000)}below`;
    expect(hostile.length).toBeGreaterThan(200_000);
    for (const sentence of claimSentences(hostile)) expect(hostile).toContain(sentence);
  });
});
