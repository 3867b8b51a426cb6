import { describe, expect, it } from 'vitest';
import { guaranteesIn, o04ProvenMetrics } from '../../../src/rubric/offer/o04-proven-metrics.ts';
import { buildOffer, run } from './build.ts';

describe('guaranteesIn', () => {
  it('finds promises but lets disclaimers pass', () => {
    expect(guaranteesIn('Guaranteed first-page rankings, risk-free.')).toEqual(['guaranteed', 'risk-free']);
    expect(guaranteesIn('There is no guarantee of rankings; results are not guaranteed.')).toEqual([]);
    expect(guaranteesIn("We can't guarantee sales.")).toEqual([]);
  });
});

describe('O04 no unproven metrics or guarantees', () => {
  it('passes an offer without numbers or promises', () => {
    expect(run(o04ProvenMetrics, buildOffer())).toEqual([]);
  });

  it('passes a figure that a cited proof item measured', () => {
    const offer = buildOffer({ outcome: 'Month-end close about 40% faster, as on a past wholesale project.', proof: ['wholesale-recon'] });
    expect(run(o04ProvenMetrics, offer)).toEqual([]);
  });

  it('flags a figure when the proof that measured it is not cited', () => {
    const hits = run(o04ProvenMetrics, buildOffer({ headline: 'Close the books 40% faster' }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/40%/);
  });

  it('flags a figure no cited proof shows, and a cited id the library lacks', () => {
    const offer = buildOffer({ after: 'Close in 2 days with 99% clean rows.', proof: ['wholesale-recon', 'made-up-case'] });
    const hits = run(o04ProvenMetrics, offer);
    expect(hits.map((hit) => hit.evidence)).toEqual(['made-up-case', offer.after]);
    expect(hits[1]?.message).toMatch(/2, 99%/);
  });

  it('does not accept a plain number as proof of a percentage', () => {
    const offer = buildOffer({ outcome: 'Removes 1,250% of duplicates', proof: ['wholesale-recon'] });
    expect(run(o04ProvenMetrics, offer)).toHaveLength(1);
  });

  it('flags a guarantee in any field, even without numbers', () => {
    const hits = run(o04ProvenMetrics, buildOffer({ exclusions: ['Nothing: the result is guaranteed'] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/exclusions\[0\]/);
  });
});
