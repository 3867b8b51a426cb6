import { describe, expect, it } from 'vitest';
import { payBelowScope, statedScope } from '../../src/parse/red-flag-scope.ts';
import { findRedFlags } from '../../src/parse/red-flags.ts';

describe('pay against scope', () => {
  it('derives a count from a rate and a duration', () => {
    expect(statedScope('The course runs 32 weeks with 2 lectures every week.')).toMatchObject({ count: 64, unit: 'lectures' });
    expect(statedScope('Three months, two videos per week.')).toMatchObject({ count: 26, unit: 'videos' });
  });

  it('reads a count as written, with one word between count and unit', () => {
    expect(statedScope('We need 100 SEO articles.')).toMatchObject({ count: 100, unit: 'articles' });
  });

  it('ignores a single deliverable and counts that are money or dates', () => {
    expect(statedScope('One logo for our brand.')).toBeNull();
    expect(statedScope('$500 articles budget in 2024, 5 years of experience.')).toBeNull();
  });

  it('flags a fixed price under the floor for the counted scope, naming the price per piece', () => {
    expect(payBelowScope(300, 'Data Analyst course duration will be of 32 weeks with 2 lectures every week.')).toBe(
      'a fixed price of $300 for 64 lectures (2 lectures every week for 32 weeks): $4.69 each',
    );
    expect(payBelowScope(50, 'Write 100 articles about pets.')).toMatch(/\$0\.50 each/);
  });

  it('does not flag a fixed price that pays for the scope', () => {
    expect(payBelowScope(2_000, 'Write 100 articles about pets.')).toBeNull();
    expect(payBelowScope(300, 'Design a logo.')).toBeNull();
  });

  it('raises pay_below_market from the facts of a fixed-price post', () => {
    const facts = { budget: { type: 'fixed' as const, min: 300, max: 300, currency: 'USD' }, experienceLevel: null };
    const flags = findRedFlags('Teach our course: 32 weeks with 2 lectures every week.', facts);
    expect(flags).toMatchObject([{ code: 'pay_below_market', evidence: expect.stringContaining('64 lectures') }]);
  });
});
