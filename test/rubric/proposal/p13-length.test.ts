import { describe, expect, it } from 'vitest';
import { p13Length as rule } from '../../../src/rubric/proposal/p13-length.ts';
import { check, draft } from '../fixtures.ts';

function wordsOf(count: number): string {
  return Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
}

describe('P13 length band', () => {
  it.each([80, 120, 200, 300, 400])('passes %i words', (count) => {
    expect(check(rule, draft(wordsOf(count)))).toEqual([]);
  });

  it('warns under 80 words', () => {
    const hits = check(rule, draft(wordsOf(79)));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.severity).toBeUndefined();
    expect(hits[0]?.evidence).toBe('79 words');
  });

  it('warns over 400 words', () => {
    expect(check(rule, draft(wordsOf(401)))[0]?.evidence).toBe('401 words');
  });

  it('errors over 5,000 characters', () => {
    const hits = check(rule, draft(`${wordsOf(300)} ${'x'.repeat(5000)}`));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.severity).toBe('error');
  });

  it('follows overridden limits', () => {
    expect(check(rule, draft(wordsOf(150)), undefined, { warnOver: 140 })).toHaveLength(1);
  });
});
