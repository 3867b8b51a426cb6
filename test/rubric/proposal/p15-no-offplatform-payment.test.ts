import { describe, expect, it } from 'vitest';
import { p15NoOffPlatformPayment as rule } from '../../../src/rubric/proposal/p15-no-offplatform-payment.ts';
import { check, draft, expectShortEvidence } from '../fixtures.ts';

describe('P15 no payment off the platform', () => {
  it.each([
    'You can pay me directly and skip the fees.',
    'Send the deposit to my PayPal.',
    'I prefer payment via Zelle to me.',
    'Happy to take crypto payment to my wallet.',
    'We can handle payment outside Upwork.',
    'A bank transfer to me avoids the platform fee.',
    'I would prefer to be paid through Wise.',
    'Venmo works for me if that is easier than a milestone.',
    'I take Payoneer, it is what all my clients use.',
    'If it helps, you can pay part of it in Amazon gift cards.',
    'We can handle payment privately once the scope is agreed.',
    'Could you pay by bank wire instead of through the site?',
  ])('errors on "%s"', (text) => {
    expect(check(rule, draft(text))).toHaveLength(1);
  });

  it.each([
    'I integrated PayPal and Stripe checkout for a ceramics shop.',
    'Your store takes bank transfer orders that need reconciling.',
    'I built a crypto portfolio dashboard.',
    'Your PayPal checkout integration drops the order ID on refunds.',
    'For your Stripe to Wise payout sync, I would reconcile each transfer first.',
    'We will keep every payment on Upwork milestones.',
  ])('passes a payment product named as the topic: "%s"', (text) => {
    expect(check(rule, draft(text))).toEqual([]);
  });

  it('checks 200 KB of hostile text, quoting short evidence', () => {
    for (const unit of ['pay me directly ', 'paypal ', 'a.', 'usdt to my wallet. ']) {
      expectShortEvidence(check(rule, draft(unit.repeat(Math.ceil(200_000 / unit.length)))));
    }
  });
});
