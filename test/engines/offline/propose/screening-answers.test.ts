import { describe, expect, it } from 'vitest';
import { findGaps, withoutGaps } from '../../../../src/domain/gaps.ts';
import { Profile } from '../../../../src/domain/schemas.ts';
import { offlineContent } from '../../../../src/engines/offline/content/load-content.ts';
import { answerScreeningQuestions } from '../../../../src/engines/offline/propose/screening-answers.ts';
import { defersInsteadOfAnswering } from '../../../../src/rubric/proposal/screening-substance.ts';
import { extractNumbers } from '../../../../src/text/text.ts';
import { LIBRARY, PROFILE, POSTS, rankFor } from './fixtures.ts';

const { insights: INSIGHTS, generic: GENERIC_INSIGHT } = offlineContent().insights;
const BOOKKEEPING = INSIGHTS.find((entry) => entry.id === 'bookkeeping') ?? GENERIC_INSIGHT;

function answers(questions: string[], profile = PROFILE, proof = rankFor(POSTS.shopify)) {
  return answerScreeningQuestions({ questions, proof, profile, insight: BOOKKEEPING, seed: 1, cited: [], maxCitations: 3 });
}

function answerTo(question: string, profile = PROFILE, proof = rankFor(POSTS.shopify)): string {
  return answers([question], profile, proof).answers[0]?.answer ?? '';
}

const CALL = /\bon a call\b/i;

describe('answerScreeningQuestions', () => {
  it('answers every question, in order, and never puts one off to a call', () => {
    const questions = [
      'Have you fixed Shopify checkout drop-off?',
      'What is your rate?',
      'How long would it take?',
      'Share 2-3 examples of content you helped go viral',
      'Out of all the places you have traveled to, where is your favorite and why?',
      'Describe your favourite knitting pattern.',
    ];
    const result = answers(questions);
    expect(result.answers.map((a) => a.question)).toEqual(questions);
    for (const { question, answer } of result.answers) {
      expect(answer.length, question).toBeGreaterThan(20);
      expect(answer, question).not.toMatch(CALL);
      expect(defersInsteadOfAnswering(question, answer), question).toBe(false);
    }
  });

  it('says a plain yes to experience the proof backs, naming the item and its result in one sentence', () => {
    const result = answers(['Have you worked on mobile checkout conversion?']);
    expect(result.answers[0]?.answer).toBe(
      'Yes, for example "Mobile checkout rebuild for a homeware store": mobile checkout completion rose within the first full month.',
    );
    expect(result.cites).toEqual(['ceramics-checkout']);
  });

  it('says yes from the profile skills when the question names one and no proof is handed over', () => {
    expect(answerTo('Do you know Python well?', PROFILE, [])).toBe('Yes, Python is one of the tools I work with.');
  });

  it('never says yes to a name the profile and proof do not hold, and leaves that part to the freelancer', () => {
    const answer = answerTo('Have you worked with Shopify Plus?');
    expect(answer).not.toMatch(/^Yes/);
    expect(answer).toContain('"Mobile checkout rebuild for a homeware store"');
    expect(findGaps(answer).map((gap) => gap.prompt)).toEqual(['whether you have worked with Shopify Plus itself, and where']);
  });

  it('gives no "Yes" to a choice, and leads an approach question with the approach', () => {
    const [choice, open] = answers(['Have you worked on Shopify checkout or only on themes?', 'Which checkout numbers would you check first?']).answers;
    expect(choice?.answer).toMatch(/^The closest piece of my work is "Mobile checkout rebuild/);
    expect(open?.answer.startsWith(`I would ${BOOKKEEPING.approach}.`)).toBe(true);
    expect(open?.answer).toContain('"Mobile checkout rebuild for a homeware store"');
  });

  it('leaves a marked gap with a specific prompt where only the freelancer can answer', () => {
    const cases: [string, string][] = [
      ['Share 2-3 examples of content you helped go viral', '2-3 examples of content you helped go viral, with links'],
      ['Out of all the places you’ve traveled to, where is your favorite and why?', 'out of all the places you’ve traveled to, where is your favorite and why'],
      ['Your availability in EST (Eastern Standard Time)', 'your availability in EST (Eastern Standard Time)'],
      ['What is your availability this month?', 'your availability this month'],
      ['Any links to teaching demos, if available', 'links to teaching demos, if available'],
      ['Please send your portfolio, and let’s chat!', 'your portfolio, with links'],
      ['The math levels you’re most comfortable teaching', 'the math levels you’re most comfortable teaching'],
      ['Have you worked with Intercom?', 'whether you have worked with Intercom, and where'],
      [
        'Please submit your resume (PDF format only) along with your application to be considered.',
        'attach your resume (PDF format only) to the application, then say so here',
      ],
    ];
    for (const [question, prompt] of cases) {
      const answer = answerTo(question, PROFILE, []);
      expect(
        findGaps(answer).map((gap) => gap.prompt),
        question,
      ).toEqual([prompt]);
      expect(withoutGaps(answer), question).toBe('');
    }
  });

  it('introduces the freelancer from the profile and leaves the part nothing backs as a gap', () => {
    const profile = Profile.parse({ ...PROFILE, niche: 'Shopify stores that sell to repeat buyers' });
    const answer = answerTo('A brief introduction and your teaching background', profile, rankFor(POSTS.shopify));
    expect(answer).toBe(
      'In short: conversion and data fixes for small online businesses. My work is Shopify stores that sell to repeat buyers. [fill in: your teaching background]',
    );
  });

  it('leaves the introduction to the freelancer when no proof fits the post, since the profile speaks of another field', () => {
    const answer = answerTo('A brief introduction and your teaching background', PROFILE, []);
    expect(answer).toMatch(/^\[fill in: a two-line introduction: who you are and the work of yours that fits this job\]/);
    expect(answer).not.toContain('In short:');
  });

  it('answers "X or Y?" with the option the proof used, and what was done there', () => {
    const answer = answerTo('Would you use Python or SQL for the scraper, and why?', PROFILE, rankFor(POSTS.scraper));
    expect(answer).toMatch(/^I would use Python, as I did for "Competitor price tracker": a nightly Python scraper/);
  });

  it('answers the line that introduces the questions without a gap', () => {
    expect(answerTo('Please answer these in your proposal.')).toBe('Each of your questions has its own answer here.');
  });

  it('takes a cover note to be the letter and leaves the resume to the freelancer', () => {
    const answer = answerTo('Please include a short cover note along with your resume—and answer this question:');
    expect(answer).toBe('The letter above is my cover note. [fill in: attach your resume to the application, then say so here]');
  });

  it('answers a request for examples with the matching proof and a gap for the links', () => {
    const answer = answerTo('Please share examples of Shopify checkout work.');
    expect(answer).toMatch(/^The closest piece of my work is "Mobile checkout rebuild for a homeware store"/);
    expect(findGaps(answer).map((gap) => gap.prompt)).toEqual(['links to these pieces, or to other work you can show']);
  });

  it('states only the rate the profile holds, and asks the freelancer for one when it holds none', () => {
    expect(answerTo('What is your hourly rate?')).toContain('75 USD');
    const bare = Profile.parse({ skills: ['Shopify'] });
    const answer = answerTo('What is your hourly rate?', bare);
    expect(extractNumbers(answer)).toEqual([]);
    expect(findGaps(answer).map((gap) => gap.prompt)).toEqual(['your rate for this work, hourly or fixed']);
  });

  it('promises no timeline: it names the first step and asks the freelancer for the estimate', () => {
    const answer = answerTo('How long will the whole job take?');
    expect(extractNumbers(withoutGaps(answer))).toEqual([]);
    expect(findGaps(answer)).toHaveLength(1);
  });

  it('does not cite more proof than the draft may hold', () => {
    const result = answerScreeningQuestions({
      questions: ['Have you built a Power BI dashboard?'],
      proof: rankFor(POSTS.dashboard, LIBRARY),
      profile: PROFILE,
      insight: BOOKKEEPING,
      seed: 1,
      cited: ['a', 'b', 'c'],
      maxCitations: 3,
    });
    expect(result.cites).toEqual([]);
    expect(result.answers[0]?.answer).toBe('Yes, Power BI is one of the tools I work with.');
  });
});
