import { describe, expect, it } from 'vitest';
import { p02NoThroatClearing as rule } from '../../../src/rubric/proposal/p02-no-throat-clearing.ts';
import { check, draft } from '../fixtures.ts';

describe('P02 no throat-clearing opener', () => {
  it.each([
    'My name is Rowan and I build Shopify stores.',
    'Hi, I am Rowan, a Shopify developer.',
    "Hello Sam,\nI'm excited to apply for this role.",
    'Hi there! I came across your post.',
    'Dear Sir/Madam, please find my proposal.',
    'Greetings! Your checkout is slow.',
    'Hi there! I hope this message finds you well.',
    'Hope this email finds you well. Your checkout is slow.',
    "Hello Sam,\nHoping you're doing well.",
    'I have read your requirements carefully and I can do this job.',
  ])('fails "%s"', (text) => {
    const hits = check(rule, draft(text));
    expect(hits).toHaveLength(1);
  });

  it.each([
    'Your checkout slows down on phones because of app scripts.',
    'Hi Sam,\nYour checkout slows down on phones.',
    'Hi there, the cart drawer is probably the bottleneck.',
    'Reading your post, I came across the same cart problem I see in many stores.',
    'Hi there! Your hope of a faster checkout is realistic: the cart drawer is the bottleneck.',
  ])('passes "%s"', (text) => {
    expect(check(rule, draft(text))).toEqual([]);
  });

  it('names the opener it found', () => {
    expect(check(rule, draft('I came across your post today.'))[0]?.message).toContain('i came across');
  });
});
