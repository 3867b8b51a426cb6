import { describe, expect, it } from 'vitest';
import { t02UnknownsStayUnknown } from '../../../src/rubric/triage/t02-unknowns-stay-unknown.ts';
import { buildContext, buildPost, buildTriage, CONCRETE_DESCRIPTION, run, type FactsOverrides } from './build.ts';

const PAGE = [
  'Speed up our Shopify product page',
  CONCRETE_DESCRIPTION,
  'Hourly: $25.00 - $45.00',
  'Intermediate level',
  'Proposals: 20 to 50',
  'Interviewing: 2',
  'Payment method verified',
  '4.7 of 5 stars from 12 reviews',
  'Portugal',
  '18 jobs posted, 60% hire rate',
  '$12K total spent',
  'Member since Mar 4, 2019',
  'Posted 3 days ago',
].join('\n');

const STATED: FactsOverrides = {
  title: 'Speed up our Shopify product page',
  budget: { type: 'hourly', min: 25, max: 45, currency: 'USD' },
  experienceLevel: 'intermediate',
  proposals: { min: 20, max: 50 },
  interviewing: 2,
  postedAgo: 'Posted 3 days ago',
  skills: ['Shopify'],
  client: {
    paymentVerified: true,
    rating: 4.7,
    reviews: 12,
    country: 'Portugal',
    jobsPosted: 18,
    hireRate: 60,
    totalSpent: 12000,
    memberSince: 'Mar 4, 2019',
  },
};

describe('T02 unknowns stay unknown', () => {
  it('passes a triage whose facts are the parsed facts', () => {
    const post = buildPost(PAGE, STATED);
    expect(run(t02UnknownsStayUnknown, buildTriage({ facts: STATED }), buildContext({ post }))).toEqual([]);
  });

  it('passes facts that differ from the parser in form but are in the text', () => {
    const post = buildPost(PAGE, STATED);
    const facts: FactsOverrides = {
      ...STATED,
      client: { ...STATED.client, hireRate: 0.6, memberSince: '2019-03-04', country: 'portugal' },
    };
    expect(run(t02UnknownsStayUnknown, buildTriage({ facts }), buildContext({ post }))).toEqual([]);
  });

  it('passes everything when no post is given, since there is nothing to check against', () => {
    const triage = buildTriage({ facts: { client: { totalSpent: 99999 } } });
    expect(run(t02UnknownsStayUnknown, triage)).toEqual([]);
  });

  it('flags a fact the parsed post left unknown', () => {
    const post = buildPost(PAGE, { ...STATED, client: { ...STATED.client, rating: null } });
    const hits = run(t02UnknownsStayUnknown, buildTriage({ facts: STATED }), buildContext({ post }));
    expect(hits.map((hit) => hit.evidence)).toEqual(['client.rating = 4.7']);
  });

  it('flags a budget type guessed where the post left it unknown', () => {
    const post = buildPost('Need our product page faster.', {});
    const triage = buildTriage({ facts: { budget: { type: 'fixed' } } });
    const hits = run(t02UnknownsStayUnknown, triage, buildContext({ post }));
    expect(hits.map((hit) => hit.evidence)).toEqual(['budget.type = fixed']);
  });

  it('flags a number that differs from the parser and is not in the text', () => {
    const post = buildPost(PAGE, STATED);
    const facts: FactsOverrides = { ...STATED, budget: { ...STATED.budget, max: 55 }, client: { ...STATED.client, totalSpent: 15000 } };
    const hits = run(t02UnknownsStayUnknown, buildTriage({ facts }), buildContext({ post }));
    expect(hits.map((hit) => hit.evidence)).toEqual(['budget.max = 55', 'client.totalSpent = 15000']);
  });

  it('flags a flipped payment flag, a changed country and an invented skill', () => {
    const post = buildPost(PAGE, STATED);
    const facts: FactsOverrides = {
      ...STATED,
      skills: ['Shopify', 'Kubernetes'],
      client: { ...STATED.client, paymentVerified: false, country: 'Brazil' },
    };
    const hits = run(t02UnknownsStayUnknown, buildTriage({ facts }), buildContext({ post }));
    expect(hits.map((hit) => hit.evidence)).toEqual(['client.paymentVerified = false', 'client.country = Brazil', 'skills:kubernetes = Kubernetes']);
  });

  it('flags a rewritten description', () => {
    const post = buildPost(PAGE, STATED);
    const facts: FactsOverrides = { ...STATED, description: 'A retailer wants a faster mobile storefront and conversion tracking.' };
    const hits = run(t02UnknownsStayUnknown, buildTriage({ facts }), buildContext({ post }));
    expect(hits.map((hit) => hit.evidence?.split(' = ')[0])).toEqual(['description']);
  });
});
