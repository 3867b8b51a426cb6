import { describe, expect, it } from 'vitest';
import { t07BudgetFit } from '../../../src/rubric/triage/t07-budget-fit.ts';
import { buildContext, buildTriage, run } from './build.ts';

const floor40 = buildContext({ profile: { rateFloor: 40 } });
const hourly = (min: number | null, max: number | null) => ({ budget: { type: 'hourly' as const, min, max, currency: 'USD' } });
const budgetReason = { signal: 'budget', effect: 'negative' as const, text: 'Tops out at $30/hr, under your floor.' };
const below = { status: 'below_floor', detail: 'Under the floor.' };

describe('T07 budget fit', () => {
  it('passes a below-floor hourly budget marked below_floor with a negative budget reason', () => {
    const triage = buildTriage({ facts: hourly(15, 30), budgetFit: below, reasons: [budgetReason] });
    expect(run(t07BudgetFit, triage, floor40)).toEqual([]);
  });

  it('passes an hourly budget over the floor marked fair', () => {
    const triage = buildTriage({ facts: hourly(35, 60), budgetFit: { status: 'fair', detail: 'Clears the floor.' } });
    expect(run(t07BudgetFit, triage, floor40)).toEqual([]);
  });

  it('flags a below-floor hourly budget not marked below_floor', () => {
    const triage = buildTriage({ facts: hourly(15, 30), budgetFit: { status: 'fair', detail: 'Fine.' }, reasons: [budgetReason] });
    const hits = run(t07BudgetFit, triage, floor40);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('max 30 < floor 40');
  });

  it('flags below_floor when the budget reaches the floor', () => {
    const triage = buildTriage({ facts: hourly(null, 45), budgetFit: below, reasons: [budgetReason] });
    expect(run(t07BudgetFit, triage, floor40)).toHaveLength(1);
  });

  it('flags below_floor without a negative budget reason', () => {
    const hits = run(t07BudgetFit, buildTriage({ facts: hourly(15, 30), budgetFit: below }), floor40);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/signal "budget"/);
  });

  it('requires an unknown budget fit when the post states no budget', () => {
    expect(run(t07BudgetFit, buildTriage(), floor40)).toEqual([]);
    const hits = run(t07BudgetFit, buildTriage({ budgetFit: { status: 'fair', detail: 'Guessing.' } }), floor40);
    expect(hits).toHaveLength(1);
  });

  it('does not compare a fixed budget with the hourly floor', () => {
    const triage = buildTriage({
      facts: { budget: { type: 'fixed', min: null, max: 20, currency: 'USD' } },
      budgetFit: { status: 'unknown', detail: 'Check against scope.' },
    });
    expect(run(t07BudgetFit, triage, floor40)).toEqual([]);
  });

  it('does not compare budgets in another currency than the profile', () => {
    const triage = buildTriage({
      facts: { budget: { type: 'hourly', min: 10, max: 20, currency: 'EUR' } },
      budgetFit: { status: 'fair', detail: 'Unchecked.' },
    });
    expect(run(t07BudgetFit, triage, floor40)).toEqual([]);
  });
});
