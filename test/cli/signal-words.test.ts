import { describe, expect, it } from 'vitest';
import { signalWords } from '../../src/cli/signal-words.ts';

describe('a triage signal in the terminal', () => {
  it('reads as words, never as the field it comes from', () => {
    expect(signalWords('aiExposure')).toBe('AI exposure');
    expect(signalWords('redFlag:unpaid_test')).toBe('red flag');
    expect(signalWords('client.hireRate')).toBe('client hire rate');
    expect(signalWords('budget')).toBe('budget');
  });

  it('reads a 200 KB hostile signal in linear time', () => {
    const started = performance.now();
    expect(signalWords('aB.'.repeat(70_000))).not.toMatch(/[A-Z.]/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
