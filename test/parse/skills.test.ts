import { describe, expect, it } from 'vitest';
import { parseSkills } from '../../src/parse/skills.ts';

describe('parseSkills', () => {
  it('reads a "Skills and Expertise" list, one skill per line, up to the next page heading', () => {
    const text = 'Skills and Expertise\nFigma\nUX Design\n\nPrototyping\nActivity on this job\nProposals: 5 to 10';
    expect(parseSkills(text)).toEqual(['Figma', 'UX Design', 'Prototyping']);
  });

  it('reads a comma list after "Skills:"', () => {
    expect(parseSkills('Skills: Python, SQL; Tableau')).toEqual(['Python', 'SQL', 'Tableau']);
  });

  it('skips sub-headings and "+N more" links inside the list', () => {
    const text = 'Skills and Expertise\nMandatory skills\nShopify\n+3 more\nNice-to-have skills\nLiquid\n\n\nDescription follows.';
    expect(parseSkills(text)).toEqual(['Shopify', 'Liquid']);
  });

  it('stops at prose and at the client section', () => {
    expect(parseSkills('Skills\nReact\nWe are a small team building tools for dentists.\nVue')).toEqual(['React']);
    expect(parseSkills('Skills\nReact\nPayment method verified\nUnited States')).toEqual(['React']);
  });

  it('drops duplicates regardless of case', () => {
    expect(parseSkills('Skills: SEO, seo, Copywriting')).toEqual(['SEO', 'Copywriting']);
  });

  it('does not read a prose heading such as "Skills & Qualifications" as a list', () => {
    expect(parseSkills('Skills & Qualifications\n\u2022 Proven on-camera presence, with webinars, or sales videos, in English.')).toEqual([]);
  });

  it('returns an empty list when the post lists no skills', () => {
    expect(parseSkills('We need a logo. Our skills are in baking, not design.')).toEqual([]);
  });
});

describe('parseSkills at the end of a skills list', () => {
  it('stops at activity lines that follow the list without a blank line', () => {
    const text = 'Build a dashboard\n\nSkills and Expertise\nPower BI\nSQL\nProposals: 20 to 50\nInterviewing: 2\nPayment method verified';
    expect(parseSkills(text)).toEqual(['Power BI', 'SQL']);
  });
});
