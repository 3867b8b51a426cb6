import { describe, expect, it } from 'vitest';
import { p17AiTellStructures as rule } from '../../../src/rubric/proposal/p17-ai-tell-structures.ts';
import { check, draft } from '../fixtures.ts';

describe('P17 no AI-tell structures', () => {
  it('warns on the "not just X, but Y" turn', () => {
    const hits = check(rule, draft('This is not just a speed fix, but a revenue fix.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('not just');
  });

  it('warns on "not only ... but also" and "isn\u2019t just X, it\u2019s Y"', () => {
    expect(check(rule, draft('It is not only faster but also cheaper.'))).toHaveLength(1);
    expect(check(rule, draft("The cart isn't just slow, it's losing orders."))).toHaveLength(1);
  });

  it('warns on "it\u2019s not just about X, it\u2019s about Y", with curly apostrophes and across a full stop', () => {
    expect(check(rule, draft("It's not just about speed, it's about trust."))).toHaveLength(1);
    expect(check(rule, draft('It\u2019s not about the theme. It\u2019s about the checkout.'))).toHaveLength(1);
    expect(check(rule, draft("It's not clear yet, but the cart is the likely cause. The theme isn't ready, but I can mock it."))).toEqual([]);
  });

  it('allows one em-dash and warns on a habit of them', () => {
    expect(check(rule, draft('The cart \u2014 mostly on phones \u2014 is slow.'))).toHaveLength(1);
    expect(check(rule, draft('The cart is slow \u2014 on phones.'))).toEqual([]);
    expect(check(rule, draft('One -- two -- three.'))[0]?.evidence).toBe('2 dashes');
  });

  it('allows one padded triplet and warns on more', () => {
    expect(check(rule, draft('It will be fast, reliable, and scalable.'))).toEqual([]);
    const hits = check(rule, draft('It will be fast, reliable, and scalable. The code stays clean, tested and documented.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('2 lists');
  });

  it('does not count lists of tool names as padding', () => {
    expect(check(rule, draft('I use Shopify, Klaviyo and Zapier. You use Gorgias, Recharge and Yotpo.'))).toEqual([]);
  });
});
