import { describe, expect, it } from 'vitest';
import { findOffPlatformPayment } from '../../src/text/payment-methods.ts';

describe('findOffPlatformPayment', () => {
  it.each([
    ['I would prefer to be paid through Wise.', 'Wise'],
    ['You can pay me in USDT on the TRC20 network.', 'USDT'],
    ['Zelle me the deposit and I will start.', 'Zelle'],
    ['I can send you an IBAN for the first payment.', 'IBAN'],
    ['Western Union is fine for me.', 'Western Union'],
    ['We can handle payment privately once the scope is agreed.', 'payment privately'],
    ['I will send a direct invoice so we can cut the service charge.', 'direct invoice'],
    ['Could you pay by bank wire instead of through the site?', 'instead of through the site'],
    ['We both save the 20% fee if you pay me by cheque.', 'save the 20% fee'],
  ])('finds the route in %j', (sentence, found) => {
    expect(findOffPlatformPayment(sentence)).toBe(found);
  });

  it.each([
    'Your PayPal checkout integration drops the order ID on refunds.',
    'I would set up the widget so it pulls BTC and ETH quotes every minute.',
    'I would add Apple Pay and Venmo as options in your checkout.',
    'The pay directly button in your Venmo integration fails on Android.',
    'It would be wise to keep every payment on Upwork milestones.',
    'Let us talk off Upwork so we can move faster.',
    'Your store takes bank transfer orders that need reconciling.',
    'My last client sold gift cards online.',
    'I can cut the fees your agency pays for hosting.',
    'Payments made outside the app are not tracked in your dashboard.',
  ])('passes the client tool or a sentence not about money: %j', (sentence) => {
    expect(findOffPlatformPayment(sentence)).toBeNull();
  });

  it('reads "Wise" and "ETH" only as written, since in lower case they are other words', () => {
    expect(findOffPlatformPayment('Pay me through wise choices.')).toBeNull();
    expect(findOffPlatformPayment('Pay me in ETH.')).toBe('ETH');
  });
});
