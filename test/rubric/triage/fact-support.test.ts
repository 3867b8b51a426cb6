import { describe, expect, it } from 'vitest';
import type { FactLeaf } from '../../../src/rubric/triage/fact-leaves.ts';
import { isSupported, readPostText } from '../../../src/rubric/triage/fact-support.ts';

const post = readPostText('Fixed-price €800. Payment method not verified. Proposals: Less than 5. $1.2M total spent. Expert. Member since 2021.');
const leaf = (path: string, kind: FactLeaf['kind'], value: FactLeaf['value']): FactLeaf => ({ path, kind, value });

describe('isSupported', () => {
  it('accepts numbers in any written form', () => {
    expect(isSupported(leaf('client.totalSpent', 'number', 1_200_000), post, 0.9)).toBe(true);
    expect(isSupported(leaf('budget.max', 'number', 800), post, 0.9)).toBe(true);
    expect(isSupported(leaf('budget.max', 'number', 8000), post, 0.9)).toBe(false);
  });

  it('accepts a zero lower bound for "less than" proposal counts only', () => {
    expect(isSupported(leaf('proposals.min', 'proposalsMin', 0), post, 0.9)).toBe(true);
    expect(isSupported(leaf('proposals.min', 'proposalsMin', 0), readPostText('Proposals: 5 to 10'), 0.9)).toBe(false);
  });

  it('reads payment verification and its negation apart', () => {
    expect(isSupported(leaf('client.paymentVerified', 'payment', false), post, 0.9)).toBe(true);
    expect(isSupported(leaf('client.paymentVerified', 'payment', true), post, 0.9)).toBe(false);
  });

  it('matches currency signs, levels and budget types to their words', () => {
    expect(isSupported(leaf('budget.currency', 'currency', 'EUR'), post, 0.9)).toBe(true);
    expect(isSupported(leaf('budget.currency', 'currency', 'USD'), readPostText('Budget 800 euros'), 0.9)).toBe(false);
    expect(isSupported(leaf('experienceLevel', 'level', 'expert'), post, 0.9)).toBe(true);
    expect(isSupported(leaf('experienceLevel', 'level', 'entry'), post, 0.9)).toBe(false);
    expect(isSupported(leaf('experienceLevel', 'level', 'intermediate'), readPostText('Tier: IntermediateLevel'), 0.9)).toBe(true);
    expect(isSupported(leaf('budget.type', 'budgetType', 'fixed'), post, 0.9)).toBe(true);
    expect(isSupported(leaf('budget.type', 'budgetType', 'hourly'), post, 0.9)).toBe(false);
  });

  it('accepts a rewritten date when its year is in the text', () => {
    expect(isSupported(leaf('client.memberSince', 'date', '2021-06-01'), post, 0.9)).toBe(true);
    expect(isSupported(leaf('client.memberSince', 'date', '2018-06-01'), post, 0.9)).toBe(false);
  });
});
