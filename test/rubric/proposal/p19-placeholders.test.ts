import { describe, expect, it } from 'vitest';
import { p19Placeholders as rule } from '../../../src/rubric/proposal/p19-placeholders.ts';
import { check, draft } from '../fixtures.ts';

describe('P19 no placeholders', () => {
  it.each([
    'Hi [Client Name], your cart is slow.',
    'Thanks, [Your Name]',
    'Hello {{first_name}},',
    'Hello {name},',
    'Regards, <NAME>',
    'It took XXX days.',
    'Lorem ipsum dolor.',
    'See [insert portfolio link].',
    'Cheers, [FULL NAME]',
  ])('errors on "%s"', (text) => {
    expect(check(rule, draft(text))).toHaveLength(1);
  });

  it('checks screening answers too', () => {
    expect(check(rule, draft('Fine.', { screeningAnswers: [{ question: 'Q', answer: 'At [Company].' }] }))).toHaveLength(1);
  });

  it('leaves gap markers to the gaps list, in the letter and the answers, and still catches a placeholder beside one', () => {
    const subject = draft('Your store. [fill in: your favourite Shopify app link]', {
      screeningAnswers: [{ question: 'Availability?', answer: '[fill in: your availability in EST] Thanks, [Your Name]' }],
    });
    expect(check(rule, subject).map((hit) => hit.evidence)).toEqual(['[Your Name]']);
  });

  it('passes ordinary brackets and text', () => {
    expect(check(rule, draft('The cart (mobile only) is slow [see note 1]. Sizes S, M and XL.'))).toEqual([]);
  });
});
