import { describe, expect, it } from 'vitest';
import { claimedTools, p06SkillsHeld as rule } from '../../../src/rubric/proposal/p06-skills-held.ts';
import { check, draft } from '../fixtures.ts';

describe('claimedTools', () => {
  it('reads the tools after first-person claim phrases', () => {
    expect(claimedTools('I use Python, Airflow and Postgres to move data.')).toEqual(['Python', 'Airflow', 'Postgres']);
    expect(claimedTools('I built the store with Next.js and C#.')).toEqual(['Next.js', 'C#']);
    expect(claimedTools('My Klaviyo experience helps here.')).toEqual(['Klaviyo']);
    expect(claimedTools("I'm experienced in Figma.")).toEqual(['Figma']);
  });
  it('ignores tools named as the client\u2019s need and plain nouns', () => {
    expect(claimedTools('You need someone experienced in Webflow.')).toEqual([]);
    expect(claimedTools('I work in small batches.')).toEqual([]);
  });
});

describe('P06 skills held', () => {
  it('passes tools held in the profile or in a proof item', () => {
    expect(check(rule, draft('I work with Shopify and Lighthouse daily.'))).toEqual([]);
  });

  it('passes a longer held skill that names the claimed tool', () => {
    expect(check(rule, draft('I use Google Analytics for this.'))).toEqual([]);
  });

  it('warns for each claimed tool nobody holds', () => {
    const hits = check(rule, draft('I use Shopify, Magento and BigCommerce every week.'));
    expect(hits.map((hit) => hit.evidence)).toEqual(['Magento', 'BigCommerce']);
  });

  it('does not mind a tool mentioned as the client\u2019s stack', () => {
    expect(check(rule, draft('Your Magento store can move to Shopify.'))).toEqual([]);
  });

  it('reads the stack named before a thing the writer says they built', () => {
    expect(claimedTools('I also built a Flutter fitness tracker for a gym chain.')).toEqual(['Flutter']);
    const hits = check(rule, draft('Last year I built a Flutter fitness tracker for a gym chain.'));
    expect(hits.map((hit) => hit.evidence)).toEqual(['Flutter']);
  });

  it('does not read days, months or lower-case words before a built thing as a stack', () => {
    expect(claimedTools('I built a Monday sales report and a March promo page for a client.')).toEqual([]);
    expect(claimedTools('I built a returns dashboard for an apparel store.')).toEqual([]);
    expect(check(rule, draft('I built a Shopify app for a candle store.'))).toEqual([]);
  });
});
