import { describe, expect, it } from 'vitest';
import { t09ScopeBudget } from '../../../src/rubric/triage/t09-scope-budget.ts';
import { buildTriage, run } from './build.ts';

const cheap = { type: 'fixed' as const, min: null, max: 300, currency: 'USD' };
const bigBuild = 'Build a complete marketplace app and website for dog walkers, with bookings and payments.';
const scopeReason = { signal: 'scope', effect: 'negative' as const, text: 'A marketplace for $300 is months of work.' };

describe('T09 scope versus budget', () => {
  it('passes a small budget for a large build when a negative scope reason names it', () => {
    const triage = buildTriage({ facts: { budget: cheap, description: bigBuild }, reasons: [scopeReason] });
    expect(run(t09ScopeBudget, triage)).toEqual([]);
  });

  it('passes a small budget for a small, defined task', () => {
    const triage = buildTriage({ facts: { budget: cheap, description: 'Fix the broken contact form on our site.' } });
    expect(run(t09ScopeBudget, triage)).toEqual([]);
  });

  it('passes a large build with a budget at or over the small-budget line', () => {
    const triage = buildTriage({ facts: { budget: { ...cheap, max: 8000 }, description: bigBuild } });
    expect(run(t09ScopeBudget, triage)).toEqual([]);
  });

  it('flags a small budget for a large build without a scope reason', () => {
    const hits = run(t09ScopeBudget, buildTriage({ facts: { budget: cheap, description: bigBuild } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toMatch(/complete marketplace/);
  });

  it('flags a small budget for a long description', () => {
    const description = Array.from({ length: 60 }, () => 'Each screen needs work too.').join(' ');
    const hits = run(t09ScopeBudget, buildTriage({ facts: { budget: cheap, description } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toMatch(/300-word description/);
  });

  it('flags a small budget for many deliverables', () => {
    const description = 'We need a logo, a landing page, a newsletter template, a pitch deck and a brochure.';
    const hits = run(t09ScopeBudget, buildTriage({ facts: { budget: cheap, description } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toMatch(/deliverables/);
  });
});
