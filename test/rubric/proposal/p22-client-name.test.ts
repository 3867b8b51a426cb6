import { describe, expect, it } from 'vitest';
import { addressedName, p22ClientName as rule } from '../../../src/rubric/proposal/p22-client-name.ts';
import { check, draft, makeContext, makePost } from '../fixtures.ts';

const named = makeContext({ post: makePost({ description: 'Thanks, Priya (store owner). Our candle checkout is slow.' }) });

describe('addressedName', () => {
  it('reads the name a greeting addresses', () => {
    expect(addressedName('Hi Priya,\nText')).toBe('Priya');
    expect(addressedName('Dear Mr. Okafor,')).toBe('Okafor');
    expect(addressedName('Hi, Priya,\nText')).toBe('Priya');
  });
  it('returns null for greetings without a name', () => {
    expect(addressedName('Hi there,')).toBeNull();
    expect(addressedName('Hello,\nText')).toBeNull();
    expect(addressedName('Dear Hiring Manager,')).toBeNull();
    expect(addressedName('Hi, Shopify stores lose carts.')).toBeNull();
  });
});

describe('P22 client name only if the post gives it', () => {
  it('passes a name the post gives', () => {
    expect(check(rule, draft('Hi Priya,\nYour checkout is slow.'), named)).toEqual([]);
  });

  it('errors on a name the post never gives', () => {
    const hits = check(rule, draft('Hello Sarah, your checkout is slow.'), named);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('Sarah');
  });

  it('passes unnamed greetings and drafts linted without a post', () => {
    expect(check(rule, draft('Hi there, your checkout is slow.'), named)).toEqual([]);
    expect(check(rule, draft('Hi Sarah, your checkout is slow.'), makeContext({ post: null }))).toEqual([]);
  });
});
