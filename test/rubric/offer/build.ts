/**
 * Builders for offer rule tests: a valid offer (without findings) that passes every offer rule,
 * and a rubric context with a small proof library. Values go through the zod schemas.
 */
import { Offer, Profile, ProofItem } from '../../../src/domain/schemas.ts';
import type { OfferRule, RubricContext, RuleHit, Thresholds } from '../../../src/rubric/types.ts';

export type OfferSubject = Omit<Offer, 'findings'>;

/** A task-shaped input rewritten into an outcome-led offer; override the fields a test is about. */
export function buildOffer(overrides: Partial<OfferSubject> = {}): OfferSubject {
  const { findings: _findings, ...offer } = Offer.parse({
    input: 'Clean up spreadsheets',
    headline: 'Reconcile your customer records so month-end closes without manual fixes',
    buyer: 'Finance leads at small wholesalers who close the books from exported spreadsheets',
    problem: 'Duplicate and mismatched customer rows make every month-end a day of manual checks.',
    before: 'Three exports that disagree, fixed by hand each month.',
    after: 'One reconciled customer table and a short list of exceptions to review.',
    outcome: 'Month-end starts from one trusted customer table.',
    valueLevers: ['cost', 'risk'],
    deliverables: ['A reconciled customer table', 'An exception report listing every row that needs a decision'],
    inclusions: ['Merging the three current exports'],
    exclusions: ['Changes to the accounting software itself'],
    acceptanceCriteria: ['Every customer id in the exports matches exactly one row in the table'],
    proof: [],
    findings: [],
    engine: 'test',
    ...overrides,
  });
  return offer;
}

/** A context whose library holds one case study with measured results. */
export function buildContext(profile: Partial<Profile> = {}): RubricContext {
  return {
    post: null,
    proof: [
      ProofItem.parse({
        id: 'wholesale-recon',
        kind: 'case_study',
        title: 'Customer data reconciliation for a tile wholesaler',
        metrics: [
          { label: 'Month-end close time', value: '-40%' },
          { label: 'Duplicate rows removed', value: '1,250' },
        ],
      }),
    ],
    profile: Profile.parse(profile),
    earlierDrafts: [],
  };
}

/** Runs `rule` with its default thresholds, overridden by `thresholds`. */
export function run(rule: OfferRule, offer: OfferSubject, context = buildContext(), thresholds: Thresholds = {}): RuleHit[] {
  return rule.check(offer, context, { ...rule.thresholds, ...thresholds });
}
