import { describe, expect, it } from 'vitest';
import type { ProofMatch } from '../../../src/domain/schemas.ts';
import { p26RelevantProof as rule } from '../../../src/rubric/proposal/p26-relevant-proof.ts';
import { check, draft, makeContext, makeProof } from '../fixtures.ts';

const ceramics = makeProof();
const payroll = makeProof({
  id: 'bakery-payroll',
  title: 'Bakery payroll set-up in Gusto',
  clientType: 'family bakery',
  problem: 'Shift workers were paid late because hours were copied by hand.',
  approach: 'Connected the time clock to Gusto and wrote a pay-run checklist.',
  result: 'Payroll ran on time every week after the switch.',
  metrics: [],
  skills: ['Gusto', 'Payroll'],
});
const match = (id: string, title: string): ProofMatch => ({ id, title, score: 4, matchedTerms: ['shopify'], relevance: 0.9, reasons: [] });
const context = makeContext({ proof: [ceramics, payroll], relevant: [match(ceramics.id, ceramics.title)] });

describe('P26 cited proof is relevant to the deliverable', () => {
  it('passes when every cited item was judged relevant', () => {
    expect(check(rule, draft('x', { citations: ['ceramics-checkout'] }), context)).toEqual([]);
  });

  it('warns once per cited item below the relevance threshold, naming it', () => {
    const hits = check(rule, draft('x', { citations: ['ceramics-checkout', 'bakery-payroll', 'bakery-payroll'] }), context);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('"Bakery payroll set-up in Gusto" is not relevant');
    expect(hits[0]?.evidence).toBe('bakery-payroll');
  });

  it('reads a person\u2019s draft for the items it names', () => {
    const hits = check(rule, draft('My "Bakery payroll set-up in Gusto" project shows I finish what I start.'), context);
    expect(hits.map((hit) => hit.evidence)).toEqual(['bakery-payroll']);
  });

  it('warns on every cited item when retrieval found nothing relevant', () => {
    expect(check(rule, draft('x', { citations: ['ceramics-checkout'] }), makeContext({ relevant: [] }))).toHaveLength(1);
  });

  it('passes when relevance was not judged, and ignores ids the library lacks', () => {
    expect(check(rule, draft('x', { citations: ['bakery-payroll'] }), makeContext({ proof: [ceramics, payroll] }))).toEqual([]);
    expect(check(rule, draft('x', { citations: ['nowhere'] }), context)).toEqual([]);
  });
});
