import { describe, expect, it } from 'vitest';
import { t08PricingAdvice } from '../../../src/rubric/triage/t08-pricing-advice.ts';
import { buildTriage, run } from './build.ts';

const fixed = { type: 'fixed' as const, min: null, max: 900, currency: 'USD' };
const adviseFixed = { status: 'fixed', detail: 'A defined deliverable: fixed works.' };
const adviseHourly = { status: 'hourly', detail: 'Open-ended: bill hourly with a weekly cap.' };

describe('T08 pricing advice', () => {
  it('passes fixed advice on a short fixed-price job', () => {
    const triage = buildTriage({ facts: { budget: fixed, duration: 'Less than 1 month' }, pricingAdvice: adviseFixed });
    expect(run(t08PricingAdvice, triage)).toEqual([]);
  });

  it('passes hourly advice on a long fixed-price job', () => {
    const triage = buildTriage({ facts: { budget: fixed, duration: '3 to 6 months' }, pricingAdvice: adviseHourly });
    expect(run(t08PricingAdvice, triage)).toEqual([]);
  });

  it('flags fixed advice on a fixed-price job running past a month', () => {
    const hits = run(t08PricingAdvice, buildTriage({ facts: { budget: fixed, duration: '1 to 3 months' }, pricingAdvice: adviseFixed }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toMatch(/1 to 3 months/);
  });

  it('flags fixed advice when the description reads as ongoing work', () => {
    const triage = buildTriage({
      facts: { budget: fixed, description: 'Ongoing help with our store, fixing things as needed each week.' },
      pricingAdvice: { status: 'either', detail: 'Either works.' },
    });
    const hits = run(t08PricingAdvice, triage);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toMatch(/ongoing/i);
  });

  it('flags advice with an unknown status or an empty detail', () => {
    expect(run(t08PricingAdvice, buildTriage({ pricingAdvice: { status: 'milestones', detail: 'Split it.' } }))).toHaveLength(1);
    expect(run(t08PricingAdvice, buildTriage({ pricingAdvice: { status: 'hourly', detail: '  ' } }))).toHaveLength(1);
  });
});
