import { describe, expect, it } from 'vitest';
import { emptyClientSignals } from '../../src/parse/client-signals.ts';
import { assessCriteria, type CriteriaInput } from '../../src/parse/pursuit-criteria.ts';

const status = (value: string) => ({ status: value, detail: `status ${value}` });
const base: CriteriaInput = {
  deliverable: { summary: 'Looker dashboard', domain: 'bi-reporting', domainLabel: 'dashboards and reporting', cues: ['dashboard'], leaning: null },
  bestProof: [{ id: 'dash', title: 'Sales dashboard', score: 2, matchedTerms: ['dashboard'], relevance: 1, reasons: ['same kind of work'] }],
  librarySize: 4,
  signals: { budgetFit: status('fair'), pricingAdvice: status('hourly'), competition: status('low'), freshness: status('fresh'), connectsCost: null },
  client: { ...emptyClientSignals(), paymentVerified: true, totalSpent: 5000 },
  aiExposure: 'human_critical',
};

describe('assessCriteria', () => {
  it('answers yes to all five for relevant proof, fair pay, judgement work, a known deliverable and low competition', () => {
    const criteria = assessCriteria(base);
    expect(Object.values(criteria).map((criterion) => criterion.answer)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
    expect(criteria.provenWork.evidence).toContain('Sales dashboard');
  });

  it('answers no where the evidence says no, and unknown where it is missing', () => {
    const criteria = assessCriteria({
      ...base,
      bestProof: [],
      signals: { ...base.signals, budgetFit: status('below_floor'), competition: status('high') },
      aiExposure: 'automatable',
      deliverable: { ...base.deliverable, domain: null },
    });
    expect(criteria.provenWork.answer).toBe('no');
    expect(criteria.ableToPay.answer).toBe('no');
    expect(criteria.beyondProduction.answer).toBe('no');
    expect(criteria.firstStep.answer).toBe('unknown');
    expect(criteria.worthIt.answer).toBe('no');
  });

  it('takes a verified client with spend as able to pay when the budget cannot be judged', () => {
    expect(assessCriteria({ ...base, signals: { ...base.signals, budgetFit: status('unknown') } }).ableToPay.answer).toBe('yes');
    const unverified = { ...base, client: emptyClientSignals(), signals: { ...base.signals, budgetFit: status('unknown') } };
    expect(assessCriteria(unverified).ableToPay.answer).toBe('unknown');
  });
});
