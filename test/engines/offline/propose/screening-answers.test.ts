import { describe, expect, it } from 'vitest';
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

describe('answerScreeningQuestions', () => {
  it('answers every question, in order', () => {
    const questions = ['Have you fixed Shopify checkout drop-off?', 'What is your rate?', 'How long would it take?'];
    const result = answers(questions);
    expect(result.answers.map((a) => a.question)).toEqual(questions);
    for (const answer of result.answers) expect(answer.answer.length).toBeGreaterThan(20);
  });

  it('grounds an answer in the proof item that shares the question words, and reports the citation', () => {
    const result = answers(['Have you worked on mobile checkout conversion?']);
    expect(result.answers[0]?.answer).toMatch(/^Yes\. The closest example is "Mobile checkout rebuild for a homeware store"/);
    expect(result.answers[0]?.answer).toContain('mobile checkout conversion (1.8% to 2.9%)');
    expect(result.cites).toEqual(['ceramics-checkout']);
  });

  it('says "Yes" only to a plain yes/no question, and leads an open question with the approach', () => {
    const [choice, open] = answers(['Have you worked on Shopify checkout or only on themes?', 'Which checkout numbers would you check first?']).answers;
    expect(choice?.answer).toMatch(/^The closest example is/);
    expect(open?.answer.startsWith(`In short, I would ${BOOKKEEPING.approach}.`)).toBe(true);
    expect(open?.answer).toContain('"Mobile checkout rebuild for a homeware store"');
  });

  it('states only the rate the profile holds, and no figure when it holds none', () => {
    expect(answers(['What is your hourly rate?']).answers[0]?.answer).toContain('75 USD');
    const bare = Profile.parse({ skills: ['Shopify'] });
    const answer = answers(['What is your hourly rate?'], bare).answers[0]?.answer ?? '';
    expect(extractNumbers(answer)).toEqual([]);
  });

  it('promises no timeline', () => {
    const answer = answers(['How long will the whole job take?']).answers[0]?.answer ?? '';
    expect(extractNumbers(answer)).toEqual([]);
    expect(answer).toMatch(/after the first step/);
  });

  it('falls back to an honest "better on a call" answer with one line of approach when nothing fits', () => {
    const answer = answers(['Describe your favourite knitting pattern.'], PROFILE, []).answers[0]?.answer ?? '';
    expect(answer).toMatch(/on a call/);
    expect(answer).toContain(BOOKKEEPING.approach);
  });

  it('answers a factual question with nothing on record plainly, never by putting it off to a call', () => {
    for (const question of ['Have you worked with Magento 2?', 'Share 2-3 examples of stores you migrated.']) {
      const answer = answers([question], PROFILE, []).answers[0]?.answer ?? '';
      expect(answer, question).toMatch(/^I have no project on record that matches this closely, so I will not claim one\./);
      expect(defersInsteadOfAnswering(question, answer), question).toBe(false);
    }
  });

  it('answers from the profile skills when the question names one and no proof fits', () => {
    const answer = answers(['Do you know Python well?'], PROFILE, []).answers[0]?.answer ?? '';
    expect(answer).toMatch(/^Python is one of the skills I work with/);
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
  });
});
