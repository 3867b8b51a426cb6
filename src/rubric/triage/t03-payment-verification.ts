import type { TriageRule } from '../types.ts';
import { findReason, NEGATIVE } from './reasons.ts';

const TOPICS = ['client.paymentVerified', 'client.payment', 'payment'];

/** T03: an unverified payment method is named among the reasons as a cost. */
export const t03PaymentVerification: TriageRule = {
  id: 'T03',
  target: 'triage',
  title: 'An unverified payment method is flagged in the reasons',
  severity: 'warn',
  thresholds: {},
  check(triage) {
    if (triage.facts.client.paymentVerified !== false) return [];
    if (findReason(triage.reasons, TOPICS, NEGATIVE)) return [];
    return [
      {
        message: 'The client has not verified a payment method, but no reason says so: add a negative reason with signal "client.paymentVerified".',
        evidence: 'client.paymentVerified = false',
      },
    ];
  },
};
