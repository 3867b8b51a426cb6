import { describe, expect, it } from 'vitest';
import { p01SpecificOpening as rule } from '../../../src/rubric/proposal/p01-specific-opening.ts';
import { check, draft, makeContext } from '../fixtures.ts';

describe('P01 specific opening', () => {
  it('passes when the opening names the post\u2019s checkout problem', () => {
    expect(check(rule, draft('Your Shopify checkout stalls on phones, which usually points to app scripts.'))).toEqual([]);
  });

  it('warns when the first 150 characters could open any proposal', () => {
    const hits = check(
      rule,
      draft(
        'Hello! I have read your posting carefully and I would love to be considered for it. I am available right away and eager to get going on it with you soon. Shopify is my thing.',
      ),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).not.toContain('Shopify');
    expect(hits[0]?.message).toContain('150');
  });

  it('honours a shorter character window', () => {
    const text = 'I would be glad to take this on for you. Your Shopify checkout is slow.';
    expect(check(rule, draft(text))).toEqual([]);
    expect(check(rule, draft(text), makeContext(), { chars: 30 })).toHaveLength(1);
  });

  it('passes when there is no post to compare with', () => {
    expect(check(rule, draft('Hello, happy to help.'), makeContext({ post: null }))).toEqual([]);
  });
});
