import { describe, expect, it } from 'vitest';
import { callUsage, totalUsage } from '../../../src/engines/openai/usage.ts';

const PRICES = { 'priced-model': { input: 2, output: 8 } };

describe('callUsage', () => {
  it('prices a call in dollars per million tokens', () => {
    expect(callUsage('priced-model', 'propose', { inputTokens: 1_500, outputTokens: 250 }, PRICES)).toEqual({
      model: 'priced-model',
      purpose: 'propose',
      inputTokens: 1_500,
      outputTokens: 250,
      costUsd: (1_500 * 2 + 250 * 8) / 1_000_000,
    });
  });

  it('reports a null cost for a model missing from the price table', () => {
    expect(callUsage('local-llama', 'triage', { inputTokens: 10, outputTokens: 5 }, PRICES).costUsd).toBeNull();
  });

  it('counts missing token figures as zero', () => {
    expect(callUsage('priced-model', 'audit', { inputTokens: undefined }, PRICES)).toMatchObject({ inputTokens: 0, outputTokens: 0, costUsd: 0 });
    expect(callUsage('priced-model', 'audit', undefined, PRICES)).toMatchObject({ inputTokens: 0, outputTokens: 0 });
  });
});

describe('totalUsage', () => {
  it('sums the calls of one task', () => {
    const first = callUsage('priced-model', 'propose', { inputTokens: 1_000, outputTokens: 100 }, PRICES);
    const repair = callUsage('priced-model', 'propose:repair', { inputTokens: 1_200, outputTokens: 120 }, PRICES);
    const total = totalUsage([first, repair]);
    expect(total.calls).toEqual([first, repair]);
    expect(total.inputTokens).toBe(2_200);
    expect(total.outputTokens).toBe(220);
    expect(total.costUsd).toBeCloseTo((2_200 * 2 + 220 * 8) / 1_000_000, 12);
  });

  it('makes the total cost unknown when one call is unpriced', () => {
    const priced = callUsage('priced-model', 'propose', { inputTokens: 1, outputTokens: 1 }, PRICES);
    const unpriced = callUsage('other', 'propose:revise', { inputTokens: 1, outputTokens: 1 }, PRICES);
    expect(totalUsage([priced, unpriced]).costUsd).toBeNull();
  });
});
