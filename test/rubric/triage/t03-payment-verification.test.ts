import { describe, expect, it } from 'vitest';
import { t03PaymentVerification } from '../../../src/rubric/triage/t03-payment-verification.ts';
import { buildTriage, run } from './build.ts';

const unverified = { client: { paymentVerified: false } };

describe('T03 payment verification', () => {
  it('passes when an unverified payment method is cited as a negative reason', () => {
    const triage = buildTriage({
      facts: unverified,
      reasons: [{ signal: 'client.paymentVerified', effect: 'negative', text: 'No verified payment method yet.' }],
    });
    expect(run(t03PaymentVerification, triage)).toEqual([]);
  });

  it('does not ask for a reason when payment is verified or not stated', () => {
    expect(run(t03PaymentVerification, buildTriage({ facts: { client: { paymentVerified: true } } }))).toEqual([]);
    expect(run(t03PaymentVerification, buildTriage())).toEqual([]);
  });

  it('flags an unverified payment method that no reason mentions', () => {
    const hits = run(t03PaymentVerification, buildTriage({ facts: unverified }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/client\.paymentVerified/);
  });

  it('does not count a reason that cites payment as a positive', () => {
    const triage = buildTriage({
      facts: unverified,
      reasons: [{ signal: 'client.paymentVerified', effect: 'positive', text: 'Payment looks fine.' }],
    });
    expect(run(t03PaymentVerification, triage)).toHaveLength(1);
  });
});
