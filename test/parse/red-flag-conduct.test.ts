import { describe, expect, it } from 'vitest';
import { findRedFlags } from '../../src/parse/red-flags.ts';

const codes = (text: string) => findRedFlags(text).map((f) => f.code);

describe('equity or unpaid work', () => {
  it.each([
    'Looking for a 50/50 partner to build the app with me.',
    'You will be paid in equity once the company is set up.',
    'Revenue share only for now.',
    'No pay until we launch, but the upside is big.',
    'We will pay you once the app starts making money.',
    'This is an unpaid role for a passionate designer.',
    'Work for sweat equity in a fast-growing startup.',
    'Commission-only sales position.',
  ])('flags %j', (text) => {
    expect(findRedFlags(text)).toMatchObject([{ code: 'equity_or_unpaid', evidence: text }]);
  });

  it.each([
    'Competitive salary plus equity.',
    'This is an equity research role for financial analysts.',
    'This is not an unpaid role: we pay $40/hr.',
    'Build a revenue share calculator for our partners.',
    'We pay weekly through Upwork milestones.',
    'Commission-based bonus on top of your hourly rate.',
  ])('does not flag %j', (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('fake engagement', () => {
  it.each([
    'You will be running several Reddit accounts to promote our threads.',
    'Write 5-star reviews for our products on Amazon.',
    'We need someone to buy upvotes for our posts.',
    'Grow our page with bot followers.',
    'Post from multiple aged accounts to seed the discussion.',
    'Pretend to be a happy customer in the comments.',
  ])('flags %j', (text) => {
    expect(codes(text)).toEqual(['fake_engagement']);
  });

  it.each([
    'Build a tool to detect fake reviews on Amazon.',
    'Manage multiple Instagram accounts for our clients.',
    'Collect genuine reviews from our customers after delivery.',
    'Moderate our subreddit and remove bot accounts.',
    'We never buy followers or fake reviews.',
    'Ask happy customers for more 5-star reviews after delivery.',
    'Reply to positive and negative reviews on Google.',
    'Track the number of upvotes on our posts in a dashboard.',
  ])('does not flag %j', (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('circumvention', () => {
  it.each([
    'Reverse-engineer the platform login and fund transfer to work around the regulatory separation between wallet and exchange.',
    'Help us bypass KYC on the exchanges.',
    'Create accounts that evade the ban on our old page.',
    'We need a way to get around Amazon terms of service for reviews.',
    'We are multi-accounting on the marketplace and need help with it.',
  ])('flags %j', (text) => {
    expect(codes(text)).toContain('circumvention');
  });

  it.each([
    'Build our KYC onboarding flow so we comply with regulations.',
    'Detect users who try to bypass KYC checks.',
    'Ensure the platform meets regulatory requirements.',
    'We will never ask you to bypass platform rules.',
    'Help us avoid account suspensions by following Amazon policies.',
  ])('does not flag %j', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
