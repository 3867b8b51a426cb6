import { describe, expect, it } from 'vitest';
import { p10ScreeningAnswered as rule } from '../../../src/rubric/proposal/p10-screening-answered.ts';
import { asksForFact } from '../../../src/rubric/proposal/screening-substance.ts';
import { check, draft, expectShortEvidence, makeContext, makePost } from '../fixtures.ts';

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

  it('does not count question words scattered over the letter as an answer', () => {
    const text =
      'Your Shopify store is slow. Some apps load on every page. Removing them takes care. It has to be done safely.\n\nI keep every theme under version control. My approach is to test first.';
    const hits = check(rule, draft(text), context);
    expect(hits.map((hit) => hit.evidence)).toEqual([questions[0]]);
  });

  it('accepts a question taken up by one sentence of the letter', () => {
    const text = 'Yes: I have removed Shopify apps safely for two stores.\n\nMy approach to theme version control is a duplicate theme per change.';
    expect(check(rule, draft(text), context)).toEqual([]);
  });
});

describe('P10 answers with substance', () => {
  const questions = ['Have you worked with Shopify Plus?', 'Share 2-3 examples of stores you migrated.', 'How would you approach the checkout migration?'];
  const context = makeContext({ post: makePost({ screeningQuestions: questions }) });
  const CANNED = 'That is easier to answer well on a call, where I can walk you through it.';
  const withAnswers = (...texts: string[]) =>
    draft('Your checkout migration...', { screeningAnswers: questions.map((question, index) => ({ question, answer: texts[index] ?? '' })) });

  it('warns when a factual question or a request for examples is put off to a call, whatever follows', () => {
    const approach = `${CANNED} In short, I would map every checkout script before moving anything.`;
    const hits = check(
      rule,
      withAnswers(approach, 'Happy to go over examples on a quick call.', 'I would move the scripts one by one and test each on a copy of the store.'),
      context,
    );
    expect(hits.map((hit) => hit.evidence)).toEqual([expect.stringContaining(questions[0]!), expect.stringContaining(questions[1]!)]);
    expect(hits[0]?.message).toContain('answer it here');
  });

  it('accepts a call offered after a real answer to an open question, and a plain answer to a factual one', () => {
    const open = `I would list every checkout script, move them one at a time and test each on a copy of the store. ${CANNED}`;
    const hits = check(
      rule,
      withAnswers('Yes, two stores: a candle shop and a tea shop, both moved in one weekend.', 'A candle shop (candle-cart) and a tea shop.', open),
      context,
    );
    expect(hits).toEqual([]);
  });

  it('warns on an open question answered with nothing but the call', () => {
    const hits = check(rule, withAnswers('Yes.', 'A candle shop.', 'Best discussed on a call.'), context);
    expect(hits.map((hit) => hit.evidence)).toEqual([expect.stringContaining(questions[2]!)]);
  });

  it('does not count an answer that is only a gap to fill as answered, and does not call it a deferral', () => {
    const hits = check(
      rule,
      withAnswers('[fill in: whether you have worked with Shopify Plus, and where]', 'A candle shop.', 'I would move the scripts one by one.'),
      context,
    );
    expect(hits.map((hit) => hit.evidence)).toEqual([questions[0]]);
    expect(hits[0]?.message).toContain('still a gap to fill');
  });

  it('counts an answer with substance and a gap for the rest as answered (P19 reports the gap)', () => {
    const partial = 'The closest is a Shopify checkout rebuild for a candle shop. [fill in: whether you have worked with Shopify Plus itself]';
    expect(check(rule, withAnswers(partial, 'A candle shop.', 'I would move the scripts one by one.'), context)).toEqual([]);
  });

  it('still warns on a deferral to a call with a gap beside it: the gap adds no substance', () => {
    const hits = check(rule, withAnswers('Yes.', 'A candle shop.', `Best discussed on a call. [fill in: ${'your approach '.repeat(5)}]`), context);
    expect(hits.map((hit) => hit.evidence)).toEqual([expect.stringContaining(questions[2]!)]);
  });

  it('checks a long hostile answer, quoting short evidence', () => {
    const hostile = `${'easier '.repeat(30_000)}on a call ${'x'.repeat(50_000)}`;
    expectShortEvidence(check(rule, withAnswers(hostile, hostile, hostile), context));
  });
});

describe('asksForFact', () => {
  it.each([
    'Have you worked with Shopify Plus?',
    'Share 2-3 examples of stores you migrated.',
    'Any links to teaching demos, if available',
    'A brief introduction and your teaching background',
    "The math levels you're most comfortable teaching",
    'Please provide a portfolio showcasing previous bar and restaurant projects.',
    'How many Shopify stores have you launched?',
    'Which analytics tools have you used?',
  ])('reads %j as asking for a fact about the freelancer', (question) => {
    expect(asksForFact(question)).toBe(true);
  });

  it.each([
    'How would you approach the checkout migration?',
    'What would you check first?',
    'Out of all the places you have traveled to, where is your favorite and why?',
  ])('reads %j as an open question', (question) => {
    expect(asksForFact(question)).toBe(false);
  });
});

describe('P10 on long input', () => {
  it('checks many questions against a long letter, one finding for each', () => {
    // Every question re-read every sentence of the letter once (bench/hostile-inputs.ts times it).
    const screeningQuestions = Array.from({ length: 100 }, (_, i) => `How would you reconcile warehouse export number ${i} with the sheet?`);
    const hits = check(rule, draft('Could you share the file with the stock counts? '.repeat(4000)), makeContext({ post: makePost({ screeningQuestions }) }));
    expect(hits).toHaveLength(100);
    expectShortEvidence(hits);
  });
});
