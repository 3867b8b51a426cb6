import { describe, expect, it } from 'vitest';
import type { ProposeOptions } from '../../../../src/domain/ports.ts';
import type { ParsedJobPost } from '../../../../src/domain/schemas.ts';
import { composeProposal } from '../../../../src/engines/offline/propose/compose-proposal.ts';
import { draftSeed, stableHash } from '../../../../src/engines/offline/propose/hash.ts';
import { sentences } from '../../../../src/text/text.ts';
import { POSTS, PROFILE, rankFor } from './fixtures.ts';

const ALL_POSTS = Object.entries(POSTS) as [string, ParsedJobPost][];

function draft(post: ParsedJobPost, options: Partial<ProposeOptions> = {}) {
  return composeProposal({ post, profile: PROFILE, proof: rankFor(post), options: { tone: 'plain', length: 'standard', ...options }, accepted: [] });
}

/** The share of `next`'s sentences that `first` does not contain. */
function newSentenceShare(first: string, next: string): number {
  const seen = new Set(sentences(first));
  const theirs = sentences(next);
  return theirs.filter((sentence) => !seen.has(sentence)).length / theirs.length;
}

describe('draftSeed', () => {
  it('is the post hash for variant 0, so first drafts keep their wording', () => {
    expect(draftSeed('Fix our Shopify checkout', 0)).toBe(stableHash('Fix our Shopify checkout'));
    expect(draftSeed('Fix our Shopify checkout')).toBe(stableHash('Fix our Shopify checkout'));
  });

  it('gives every variant of a post its own seed', () => {
    const seeds = Array.from({ length: 200 }, (_, variant) => draftSeed('Fix our Shopify checkout', variant));
    expect(new Set(seeds).size).toBe(seeds.length);
  });
});

describe('composeProposal with a variant', () => {
  it('writes the same draft for the same post, options and variant', () => {
    for (const [name, post] of ALL_POSTS) {
      for (const variant of [0, 1, 7]) {
        expect(draft(post, { variant, tone: 'warm' }), `${name} variant ${variant}`).toEqual(draft(post, { variant, tone: 'warm' }));
      }
    }
  });

  it('treats an absent variant as variant 0', () => {
    for (const [name, post] of ALL_POSTS) expect(draft(post, { variant: 0 }).text, name).toBe(draft(post).text);
  });

  it('rewords some sentences in variant 1 but keeps the cited proof and the screening answers', () => {
    for (const [name, post] of ALL_POSTS) {
      const first = draft(post);
      const next = draft(post, { variant: 1 });
      expect(newSentenceShare(first.text, next.text), name).toBeGreaterThan(0);
      expect([...next.citations].sort(), name).toEqual([...first.citations].sort());
      expect(
        next.screeningAnswers.map((answer) => answer.question),
        name,
      ).toEqual(first.screeningAnswers.map((answer) => answer.question));
    }
  });

  it('gives drafts that differ from one another across several variants of one post', () => {
    const texts = [0, 1, 2, 3, 4].map((variant) => draft(POSTS.shopify, { variant }).text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
