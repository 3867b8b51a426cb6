import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../src/domain/errors.ts';
import { runRules, scoreOffer, scoreProposal, scoreTriage } from '../../src/rubric/run-rubric.ts';
import type { Offer, Triage } from '../../src/domain/schemas.ts';
import { offerRules } from '../../src/rubric/offer/index.ts';
import { triageRules } from '../../src/rubric/triage/index.ts';
import type { ProposalRule } from '../../src/rubric/types.ts';
import { GOOD_DRAFT, draft, makeContext, makePost } from './fixtures.ts';
import { TRIAGE_EXTRAS } from '../helpers/triage-extras.ts';

const good = draft(GOOD_DRAFT, { citations: ['ceramics-checkout'] });
const short = draft('Your checkout is likely slow because of apps. Which apps touch your cart page today?', { citations: ['ceramics-checkout'] });

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof BidwrightError ? error.code : 'OTHER';
  }
}

describe('scoreProposal', () => {
  it('lists every rule that ran clean as passed', () => {
    const result = scoreProposal(good, makeContext());
    expect(result.findings).toEqual([]);
    expect(result.passed).toHaveLength(28);
  });

  it('reports findings with the rule\u2019s severity and keeps failing rules out of passed', () => {
    const result = scoreProposal(draft('My name is Rowan. I guarantee results.'), makeContext());
    const p02 = result.findings.find((finding) => finding.ruleId === 'P02');
    expect(p02?.severity).toBe('error');
    expect(result.passed).not.toContain('P02');
    expect(result.passed).not.toContain('P24');
  });

  it('skips disabled rules entirely', () => {
    const result = scoreProposal(short, makeContext(), { disabled: ['P13'] });
    expect(result.findings.some((finding) => finding.ruleId === 'P13')).toBe(false);
    expect(result.passed).not.toContain('P13');
  });

  it('applies threshold overrides', () => {
    const before = scoreProposal(short, makeContext());
    expect(before.findings.some((finding) => finding.ruleId === 'P13')).toBe(true);
    const after = scoreProposal(short, makeContext(), { thresholds: { P13: { warnUnder: 5 } } });
    expect(after.passed).toContain('P13');
  });

  it('uses a hit\u2019s severity override over the rule\u2019s', () => {
    const long = draft(`${GOOD_DRAFT}\n${'word '.repeat(1100)}`, { citations: ['ceramics-checkout'] });
    const p13 = scoreProposal(long, makeContext()).findings.find((finding) => finding.ruleId === 'P13');
    expect(p13?.severity).toBe('error');
  });

  it('rejects unknown rule ids and unknown threshold names as INVALID_INPUT', () => {
    expect(codeOf(() => scoreProposal(good, makeContext(), { disabled: ['P99'] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => scoreProposal(good, makeContext(), { thresholds: { X01: { max: 1 } } }))).toBe('INVALID_INPUT');
    expect(codeOf(() => scoreProposal(good, makeContext(), { thresholds: { P13: { maxWord: 1 } } }))).toBe('INVALID_INPUT');
    expect(codeOf(() => scoreProposal(good, makeContext(), { thresholds: { P13: { maxWords: Number.NaN } } }))).toBe('INVALID_INPUT');
  });

  it('accepts ids of other rule kinds so one config serves every run', () => {
    const result = scoreProposal(good, makeContext(), { disabled: ['T01', 'O01'] });
    expect(result.passed).toHaveLength(28);
  });

  it('turns a rule that throws into an error finding naming the rule, and keeps running', () => {
    const boom: ProposalRule = {
      id: 'P98',
      target: 'proposal',
      title: 'Always throws',
      severity: 'warn',
      thresholds: {},
      check() {
        throw new Error('kaput');
      },
    };
    const fine: ProposalRule = { ...boom, id: 'P97', title: 'Never finds anything', check: () => [] };
    const result = runRules([boom, fine], good, makeContext());
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'P98', severity: 'error' });
    expect(result.findings[0]?.message).toContain('P98');
    expect(result.findings[0]?.message).toContain('kaput');
    expect(result.passed).toEqual(['P97']);
  });

  it('survives a context that breaks real rules', () => {
    const broken = { ...makeContext(), proof: null } as unknown as ReturnType<typeof makeContext>;
    const result = scoreProposal(good, broken);
    expect(result.findings.some((finding) => finding.message.includes('could not run'))).toBe(true);
  });
});

describe('scoreTriage and scoreOffer', () => {
  const assessment = { status: 'unknown', detail: 'not stated' };
  const triage: Omit<Triage, 'usage'> = {
    ...TRIAGE_EXTRAS,
    verdict: 'consider',
    reasons: [{ signal: 'proof', effect: 'positive', text: 'The ceramics checkout case matches.' }],
    facts: makePost().facts,
    screeningQuestions: [],
    instructions: [],
    redFlags: [],
    budgetFit: assessment,
    pricingAdvice: assessment,
    competition: assessment,
    freshness: assessment,
    bestProof: [{ id: 'ceramics-checkout', title: 'Ceramics store checkout rebuild', score: 1, matchedTerms: ['checkout'], relevance: 1, reasons: [] }],
    aiExposure: { level: 'ai_assisted', reason: 'Diagnosis needs judgment.' },
    clarifyingQuestions: [],
    connectsCost: null,
    findings: [],
  };
  const offer: Omit<Offer, 'findings' | 'usage'> = {
    input: 'Fix slow Shopify stores',
    headline: 'Faster mobile checkout for Shopify stores',
    buyer: 'Shopify store owners',
    problem: 'Slow mobile checkout loses orders',
    before: 'Cart takes seconds to load',
    after: 'Cart loads fast on phones',
    outcome: 'More completed mobile checkouts',
    valueLevers: ['revenue'],
    deliverables: ['Speed audit', 'Cart fixes'],
    inclusions: ['Cart and checkout pages'],
    exclusions: ['Theme redesign'],
    acceptanceCriteria: ['Cart loads faster on a mid-range phone'],
    proof: ['ceramics-checkout'],
    engine: 'test',
  };

  it('run exactly their own kind of rule', () => {
    const triageResult = scoreTriage(triage, makeContext());
    const triageIds = new Set([...triageResult.passed, ...triageResult.findings.map((finding) => finding.ruleId)]);
    expect([...triageIds].sort()).toEqual(triageRules.map((rule) => rule.id).sort());
    const offerResult = scoreOffer(offer, makeContext());
    const offerIds = new Set([...offerResult.passed, ...offerResult.findings.map((finding) => finding.ruleId)]);
    expect([...offerIds].sort()).toEqual(offerRules.map((rule) => rule.id).sort());
  });

  it('validate config the same way', () => {
    expect(codeOf(() => scoreTriage({} as never, makeContext(), { disabled: ['T99'] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => scoreOffer({} as never, makeContext(), { disabled: ['O99'] }))).toBe('INVALID_INPUT');
  });
});
