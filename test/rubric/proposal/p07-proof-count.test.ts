import { describe, expect, it } from 'vitest';
import { p07ProofCount as rule } from '../../../src/rubric/proposal/p07-proof-count.ts';
import { check, draft, makeContext, makeProof } from '../fixtures.ts';

const library = ['a1', 'b2', 'c3', 'd4'].map((id) => makeProof({ id, title: `Case ${id}` }));
const context = makeContext({ proof: library });

describe('P07 one to three proof items', () => {
  it('passes one to three cited items', () => {
    expect(check(rule, draft('x', { citations: ['a1'] }), context)).toEqual([]);
    expect(check(rule, draft('x', { citations: ['a1', 'b2', 'c3'] }), context)).toEqual([]);
  });

  it('warns when nothing is cited', () => {
    const hits = check(rule, draft('Your cart is slow.'), context);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('No proof cited');
  });

  it('warns when more than three are cited', () => {
    const hits = check(rule, draft('x', { citations: ['a1', 'b2', 'c3', 'd4'] }), context);
    expect(hits[0]?.message).toContain('4 proof items');
  });

  it('does not count unknown or repeated ids', () => {
    expect(check(rule, draft('x', { citations: ['nope', 'nope'] }), context)).toHaveLength(1);
    expect(check(rule, draft('x', { citations: ['a1', 'a1', 'b2', 'c3'] }), context)).toEqual([]);
  });

  it('reads a person\u2019s draft for proof titles and ids', () => {
    expect(check(rule, draft('Like my Case b2 work, and d4.'), context)).toEqual([]);
  });

  it('counts the item a person\u2019s draft describes without naming it, and not a claim nothing backs', () => {
    const ceramics = makeContext({ proof: [makeProof()] });
    const described = 'Last spring I rebuilt the cart drawer in Liquid for a ceramics shop and deferred its third-party scripts.';
    expect(check(rule, draft(described), ceramics)).toEqual([]);
    expect(check(rule, draft('Last year I trained a warehouse robot arm to pick parcels.'), ceramics)).toHaveLength(1);
  });

  it('follows a lowered maximum', () => {
    expect(check(rule, draft('x', { citations: ['a1', 'b2'] }), context, { max: 1 })).toHaveLength(1);
  });
});
