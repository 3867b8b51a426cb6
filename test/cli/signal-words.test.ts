import { describe, expect, it } from 'vitest';
import { signalWords } from '../../src/cli/signal-words.ts';

describe('a triage signal in the terminal', () => {
  it('reads as words, never as the field it comes from', () => {
    expect(signalWords('aiExposure')).toBe('AI exposure');
    expect(signalWords('redFlag:unpaid_test')).toBe('red flag');
    expect(signalWords('client.hireRate')).toBe('client hire rate');
    expect(signalWords('budget')).toBe('budget');
  });

  // Its time on this signal is measured by bench/hostile-inputs.ts, not here.
  it('reads a 200 KB hostile signal into plain words', () => {
    expect(signalWords('aB.'.repeat(70_000))).not.toMatch(/[A-Z.]/);
  });
});
