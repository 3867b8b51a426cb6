import { describe, expect, it } from 'vitest';
import { p10ScreeningAnswered as rule } from '../../../src/rubric/proposal/p10-screening-answered.ts';
import { check, draft, makeContext, makePost } from '../fixtures.ts';

const questions = ['Which Shopify apps have you removed safely before?', 'Describe your approach to theme version control.'];
const context = makeContext({ post: makePost({ screeningQuestions: questions }) });

describe('P10 screening questions answered', () => {
  it('passes when every question has a separate answer', () => {
    const answers = questions.map((question) => ({ question, answer: 'A real answer.' }));
    expect(check(rule, draft('Letter.', { screeningAnswers: answers }), context)).toEqual([]);
  });

  it('matches reworded questions by overlap', () => {
    const answers = [
      { question: 'Shopify apps removed safely', answer: 'Upsell and review apps.' },
      { question: 'theme version control approach', answer: 'A duplicate theme per change.' },
    ];
    expect(check(rule, draft('Letter.', { screeningAnswers: answers }), context)).toEqual([]);
  });

  it('accepts an answer given in the letter itself', () => {
    const text = 'I removed Shopify apps safely twice. For theme version control I keep a duplicate theme with an approach per change.';
    expect(check(rule, draft(text), context)).toEqual([]);
  });

  it('warns for each question left unanswered or answered blank', () => {
    const answers = [{ question: questions[0] ?? '', answer: '   ' }];
    const hits = check(rule, draft('Letter about carts.', { screeningAnswers: answers }), context);
    expect(hits.map((hit) => hit.evidence)).toEqual(questions);
  });

  it('passes when the post has no questions or there is no post', () => {
    expect(check(rule, draft('Letter.'))).toEqual([]);
    expect(check(rule, draft('Letter.'), makeContext({ post: null }))).toEqual([]);
  });
});
