import { describe, expect, it } from 'vitest';
import { isCheckable, o03ScopeTerms } from '../../../src/rubric/offer/o03-scope-terms.ts';
import { buildOffer, run } from './build.ts';

describe('isCheckable', () => {
  it.each([
    'Every page loads in under 2 seconds on a mid-range phone',
    'The report is reviewed and approved by your finance lead',
    'Totals match the bank statement',
    'Delivered as a shared sheet with 3 tabs',
  ])('accepts "%s"', (criterion) => expect(isCheckable(criterion)).toBe(true));

  it.each(['High quality work', 'Client is happy with the result', 'Looks modern and clean'])('rejects "%s"', (criterion) =>
    expect(isCheckable(criterion)).toBe(false),
  );
});

describe('O03 inclusions, exclusions and acceptance criteria', () => {
  it('passes an offer with all three, each criterion checkable', () => {
    expect(run(o03ScopeTerms, buildOffer())).toEqual([]);
  });

  it('flags missing inclusions and exclusions in one finding', () => {
    const hits = run(o03ScopeTerms, buildOffer({ inclusions: [], exclusions: [' '] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('inclusions, exclusions');
  });

  it('flags each acceptance criterion that cannot be checked', () => {
    const hits = run(o03ScopeTerms, buildOffer({ acceptanceCriteria: ['Great quality', 'Totals match the ledger', 'A happy client'] }));
    expect(hits.map((hit) => hit.evidence)).toEqual(['Great quality', 'A happy client']);
  });
});
