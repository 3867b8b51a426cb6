import { describe, expect, it } from 'vitest';
import { p13Length } from '../../../../src/rubric/proposal/p13-length.ts';
import { LENGTH_LIMITS, lengthStatus } from '../../../../src/http/web/views/length-meter.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('the draft length meter', () => {
  it('uses the P13 rule thresholds', () => {
    expect(LENGTH_LIMITS).toEqual({ minWords: 120, maxWords: 300, warnUnder: 80, warnOver: 400, maxChars: 5000 });
    expect(p13Length.thresholds.maxChars).toBe(LENGTH_LIMITS.maxChars);
  });

  it.each([
    [200, 'ok', /Within the 120–300 words target/],
    [100, 'note', /Outside the 120–300 words target/],
    [79, 'warn', /Too short: under 80 words/],
    [401, 'warn', /Too long: over 400 words/],
  ] as const)('rates %i words as %s', (count, level, note) => {
    const status = lengthStatus(words(count));
    expect(status.words).toBe(count);
    expect(status.level).toBe(level);
    expect(status.note).toMatch(note);
  });

  it('flags a draft over 5,000 characters as an error whatever its word count', () => {
    const text = `${'x'.repeat(4990)} ${words(150)}`;
    const status = lengthStatus(text);
    expect(status.chars).toBe(text.length);
    expect(status.level).toBe('error');
    expect(status.note).toContain('5,000-character limit');
  });
});
