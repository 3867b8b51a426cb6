import { describe, expect, it } from 'vitest';
import { p15NoOffPlatformPayment as rule } from '../../../src/rubric/proposal/p15-no-offplatform-payment.ts';
import { check, draft } from '../fixtures.ts';

describe('P15 no payment off the platform', () => {
  it.each([
    'You can pay me directly and skip the fees.',
    'Send the deposit to my PayPal.',
    'I prefer payment via Zelle to me.',
    'Happy to take crypto payment to my wallet.',
    'We can handle payment outside Upwork.',
    'A bank transfer to me avoids the platform fee.',
  ])('errors on "%s"', (text) => {
    expect(check(rule, draft(text))).toHaveLength(1);
  });

  it.each([
    'I integrated PayPal and Stripe checkout for a ceramics shop.',
    'Your store takes bank transfer orders that need reconciling.',
    'I built a crypto portfolio dashboard.',
  ])('passes a payment product named as the topic: "%s"', (text) => {
    expect(check(rule, draft(text))).toEqual([]);
  });
});
