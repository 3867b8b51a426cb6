import { describe, expect, it } from 'vitest';
import { o01Boundary } from '../../../src/rubric/offer/o01-boundary.ts';
import { buildOffer, run } from './build.ts';

describe('O01 buyer, outcome and boundary', () => {
  it('passes an offer with a buyer, an outcome, deliverables and a boundary', () => {
    expect(run(o01Boundary, buildOffer())).toEqual([]);
  });

  it('accepts acceptance criteria alone as the boundary', () => {
    expect(run(o01Boundary, buildOffer({ exclusions: [] }))).toEqual([]);
  });

  it('flags a blank buyer and a blank outcome separately', () => {
    const hits = run(o01Boundary, buildOffer({ buyer: ' ', outcome: '' }));
    expect(hits).toHaveLength(2);
    expect(hits[0]?.message).toMatch(/buyer/);
    expect(hits[1]?.message).toMatch(/outcome/);
  });

  it('flags deliverables that are all blank', () => {
    expect(run(o01Boundary, buildOffer({ deliverables: ['  '] }))).toHaveLength(1);
  });

  it('flags an offer with neither exclusions nor acceptance criteria', () => {
    const hits = run(o01Boundary, buildOffer({ exclusions: [], acceptanceCriteria: [''] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toMatch(/boundary/);
  });
});
