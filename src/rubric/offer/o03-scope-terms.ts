import { extractNumbers, termMatcher } from '../../text/text.ts';
import type { OfferRule, RuleHit } from '../types.ts';
import { hasItems } from './fields.ts';

/** Words that make a criterion something the buyer can check, rather than an intention. */
const findCheckable = termMatcher([
  'pass',
  'passes',
  'passed',
  'match',
  'matches',
  'matched',
  'delivered',
  'reviewed',
  'approved',
  'measured',
  'report',
  'reports',
  'reported',
  'under',
  'within',
  'signed off',
  'sign-off',
  'tested',
  'validated',
  'verified',
  'accepted',
  'published',
  'loads',
  'returns',
  'meets',
  'at least',
  'no more than',
  'fewer than',
  'less than',
  'zero',
  'every',
  'each',
  'no errors',
  'documented',
  'confirmed',
  'live',
]);

/** True when a criterion can be checked: it names a checkable verb or a number. */
export function isCheckable(criterion: string): boolean {
  return extractNumbers(criterion).length > 0 || findCheckable(criterion).length > 0;
}

/** O03: inclusions, exclusions and checkable acceptance criteria are all written down. */
export const o03ScopeTerms: OfferRule = {
  id: 'O03',
  target: 'offer',
  title: 'Inclusions, exclusions and checkable acceptance criteria',
  severity: 'warn',
  thresholds: {},
  check(offer) {
    const hits: RuleHit[] = [];
    const missing = (['inclusions', 'exclusions', 'acceptanceCriteria'] as const).filter((field) => !hasItems(offer[field]));
    if (missing.length > 0) {
      hits.push({
        message: `The offer has no ${missing.join(', ')}: list what is in, what is out and how the buyer will know it is done.`,
        evidence: missing.join(', '),
      });
    }
    for (const criterion of offer.acceptanceCriteria) {
      if (criterion.trim() === '' || isCheckable(criterion)) continue;
      hits.push({
        message: 'An acceptance criterion cannot be checked: give a number or a test (passes, matches, approved, within ...).',
        evidence: criterion,
      });
    }
    return hits;
  },
};
