import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../src/domain/errors.ts';
import { looksLikeJobPost, requireJobPost } from '../../src/parse/looks-like-post.ts';
import { parseJobPost } from '../../src/parse/parse-job-post.ts';

describe('looksLikeJobPost', () => {
  it('refuses junk and a greeting with a plain message', () => {
    for (const text of ['hello', 'asdf qwer zxcv asdf qwer']) {
      expect(looksLikeJobPost(parseJobPost(text))).toBe(false);
      expect(() => requireJobPost(parseJobPost(text))).toThrow(BidwrightError);
      expect(() => requireJobPost(parseJobPost(text))).toThrow(/does not look like a job post/);
    }
  });

  it('accepts a vague but real request and a short post that names its work', () => {
    expect(looksLikeJobPost(parseJobPost('Help needed\n\nNeed help with my online shop. Message me for details.'))).toBe(true);
    expect(looksLikeJobPost(parseJobPost('Shopify theme speed fix'))).toBe(true);
  });
});
