import { describe, expect, it } from 'vitest';
import { p25OnDeliverable as rule } from '../../../src/rubric/proposal/p25-on-deliverable.ts';
import { check, draft, expectShortEvidence, makeContext, makePost } from '../fixtures.ts';

const bookkeeping = makeContext({
  post: makePost({
    title: 'Bookkeeping clean-up in QuickBooks for a bakery',
    description: 'Our books are six months behind. We need someone to reconcile the bank feeds and categorise expenses in QuickBooks Online before tax season.',
    skills: ['QuickBooks', 'Bookkeeping'],
  }),
});

const STORE_OPENING =
  'Your Shopify theme loads slowly because the Liquid templates pull every product image at full size. Shoppers leave before the page settles.';
const BOOKS_OPENING = 'Your QuickBooks file falls behind when the bank feeds go unreconciled for months. Tax season then turns into a guessing game.';
const BOOKS_STEP = "I'd start with a list of every unreconciled bank feed entry in QuickBooks and a draft category for each.";
const STORE_STEP = "I'd start with a Shopify theme audit and a Liquid patch for the cart drawer.";

describe('P25 opening and first step about the deliverable', () => {
  it('passes a draft whose opening and first step speak to the post', () => {
    expect(check(rule, draft(`${BOOKS_OPENING}\n\n${BOOKS_STEP}`), bookkeeping)).toEqual([]);
  });

  it('errs on an opening written for another kind of job, naming its cues', () => {
    const hits = check(rule, draft(`${STORE_OPENING}\n\n${BOOKS_STEP}`), bookkeeping);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('The opening is about e-commerce stores');
    expect(hits[0]?.message).toContain('finance and accounting');
    expect(hits[0]?.evidence).toContain('"liquid"');
  });

  it('errs on a first step for another kind of job even after a fitting opening', () => {
    const hits = check(rule, draft(`${BOOKS_OPENING}\n\n${STORE_STEP}`), bookkeeping);
    expect(hits.map((hit) => hit.message)).toEqual([expect.stringContaining('The first step is about e-commerce stores')]);
  });

  it('reads the opening after a greeting standing alone', () => {
    expect(check(rule, draft(`Hi there,\n\n${STORE_OPENING}`), bookkeeping)).toHaveLength(1);
  });

  it('passes a part that names the post\u2019s kind beside another kind', () => {
    const mixed = 'Your Shopify theme and Liquid templates feed orders into QuickBooks, and that is where the books drift.';
    expect(check(rule, draft(mixed), bookkeeping)).toEqual([]);
  });

  it('passes a part that names another kind with a single cue', () => {
    expect(check(rule, draft('Your Shopify orders are the messiest part of the books.'), bookkeeping)).toEqual([]);
  });

  it('does not count cues the post itself uses: echoing its context is not another job\u2019s content', () => {
    const echo = 'Your Shopify checkout payouts arrive in lumps, and that is where the books drift.';
    expect(check(rule, draft(echo), bookkeeping)).toHaveLength(1);
    const storeBooks = makeContext({
      post: makePost({
        title: 'Bookkeeping clean-up in QuickBooks for our candle shop',
        description:
          'We sell candles through a Shopify checkout and our books are six months behind. We need someone to reconcile the bank feeds in QuickBooks Online before tax season.',
        skills: ['QuickBooks', 'Bookkeeping'],
      }),
    });
    expect(check(rule, draft(echo), storeBooks)).toEqual([]);
  });

  it('passes another kind that is related to the post\u2019s (a web build for a store post)', () => {
    expect(check(rule, draft('Your React frontend and the WordPress plugin both slow the store down.'), makeContext())).toEqual([]);
  });

  it('abstains when there is no post or its kind of work is unclear', () => {
    expect(check(rule, draft(STORE_OPENING), makeContext({ post: null }))).toEqual([]);
    const vague = makeContext({
      post: makePost({ title: 'Help with a project', description: 'We need some help with a few things for our small business.', skills: [] }),
    });
    expect(check(rule, draft(STORE_OPENING), vague)).toEqual([]);
  });

  it('follows a raised cue minimum', () => {
    expect(check(rule, draft(STORE_OPENING), bookkeeping, { minCues: 3 })).toEqual([]);
  });

  it('finds the off-deliverable opening in a 200 KB hostile draft, quoting short evidence', () => {
    const hostile = `${'shopify liquid '.repeat(8000)}${"I'd start with ".repeat(6000)}`;
    const hits = check(rule, draft(hostile), bookkeeping);
    expect(hits.length).toBeGreaterThan(0);
    expectShortEvidence(hits);
  });
});
