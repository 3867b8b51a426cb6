import { describe, expect, it } from 'vitest';
import { p08FirstStep as rule } from '../../../src/rubric/proposal/p08-first-step.ts';
import { check, draft } from '../fixtures.ts';

describe('P08 concrete first step', () => {
  it.each([
    "I'd start by sending you a one-page audit of the cart scripts.",
    'First step: a clickable prototype of the new cart drawer.',
    'In the first two days you get a list of every app that loads on checkout.',
  ])('passes "%s"', (text) => {
    expect(check(rule, draft(`Your cart is slow. ${text} Which apps matter?`))).toEqual([]);
  });

  it('warns when there is no first step at all', () => {
    const hits = check(rule, draft('Your cart is slow. I can help you with it.'));
    expect(hits[0]?.message).toContain('No first step');
  });

  it('warns when the first step names nothing the client receives', () => {
    const hits = check(rule, draft("I'd start by getting to know you and your goals."));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('names no deliverable');
  });

  it('counts a table or chart the client can open as a first deliverable', () => {
    expect(check(rule, draft("I'd start with a cohort table from your orders, grouped by first-order month."))).toEqual([]);
    expect(check(rule, draft("To start, I'd send a chart of weekly repeat orders."))).toEqual([]);
  });

  it('still warns when the first step is only a conversation', () => {
    const hits = check(rule, draft("I'd start with a chat about your goals and timeline."));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('names no deliverable');
  });
});
