import { describe, expect, it } from 'vitest';
import { p24NoGuarantees as rule } from '../../../src/rubric/proposal/p24-no-guarantees.ts';
import { check, draft } from '../fixtures.ts';

describe('P24 no guarantees', () => {
  it('errors on promised outcomes', () => {
    expect(check(rule, draft('I guarantee a faster checkout.'))).toHaveLength(1);
    expect(check(rule, draft('Results are guaranteed, 100% success.')).map((hit) => hit.evidence)).toEqual(['guaranteed', '100% success']);
    expect(check(rule, draft('I promise you more orders.'))).toHaveLength(1);
  });

  it('passes honest statements about what cannot be promised', () => {
    expect(check(rule, draft("I can't guarantee a number, and results are not guaranteed; there is no guarantee with ads."))).toEqual([]);
    expect(check(rule, draft('I cannot promise an exact lift.'))).toEqual([]);
  });
});
