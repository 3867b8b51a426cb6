import type { OfferRule, RuleHit } from '../types.ts';
import { hasItems } from './fields.ts';

/** O01: an offer says who it is for, what they get out of it, and where the work stops. */
export const o01Boundary: OfferRule = {
  id: 'O01',
  target: 'offer',
  title: 'Buyer, outcome and a delivery boundary present',
  severity: 'error',
  thresholds: {},
  check(offer) {
    const hits: RuleHit[] = [];
    if (offer.buyer.trim() === '') {
      hits.push({ message: 'The offer names no buyer: say who it is for (e.g. "founders of B2B SaaS with a trial funnel").', evidence: null });
    }
    if (offer.outcome.trim() === '') {
      hits.push({ message: 'The offer states no outcome: say what the buyer has afterwards, in their terms.', evidence: null });
    }
    if (!hasItems(offer.deliverables)) {
      hits.push({ message: 'The offer lists no deliverables: name what is handed over.', evidence: null });
    }
    if (!hasItems(offer.exclusions) && !hasItems(offer.acceptanceCriteria)) {
      hits.push({
        message: 'The offer has no boundary: add at least one exclusion or acceptance criterion so the work can end.',
        evidence: null,
      });
    }
    return hits;
  },
};
