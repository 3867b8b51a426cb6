import { describe, expect, it } from 'vitest';
import { p09ClosingQuestion as rule } from '../../../src/rubric/proposal/p09-closing-question.ts';
import { check, draft } from '../fixtures.ts';

describe('P09 ends with one specific question', () => {
  it('passes a specific closing question, with or without a sign-off', () => {
    expect(check(rule, draft('Body text.\n\nWhich apps did you add to the cart page last spring?'))).toEqual([]);
    expect(check(rule, draft('Body.\n\nWhich apps touch the cart page today?\n\nThanks,\nRowan Pike'))).toEqual([]);
    expect(check(rule, draft('Body.\n\nWhich apps touch the cart page today?\n\nBest regards'))).toEqual([]);
  });

  it('warns when the draft ends with a statement', () => {
    const hits = check(rule, draft('Which apps matter? I look forward to working with you.'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('does not end with a question');
  });

  it('warns when the closing paragraph asks several questions', () => {
    const hits = check(rule, draft('Body.\n\nWhich theme do you use? Which apps touch the cart page today?'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('2 questions');
  });

  it.each([
    'Any questions?',
    'Let me know if you have any questions?',
    'When can we start?',
    'Shall we discuss?',
    'Can we schedule a quick call?',
    'Interested?',
  ])('warns that "%s" is generic', (question) => {
    const hits = check(rule, draft(`Body.\n\n${question}`));
    expect(hits.some((hit) => hit.message.includes('generic'))).toBe(true);
  });
});
