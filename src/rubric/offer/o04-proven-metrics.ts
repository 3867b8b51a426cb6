import type { ProofItem } from '../../domain/schemas.ts';
import { proofById } from '../../domain/library-memo.ts';
import { extractNumbers, numberValue, termMatcher, termMatches } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import type { OfferRule, RuleHit } from '../types.ts';
import { GUARANTEE_PHRASES } from '../../text/vocabulary.ts';
import { offerFields, type OfferSubject } from './fields.ts';

/** Fields where a number reads as a promised result. Counts in deliverables are scope, not promises. */
const PROMISE_FIELDS = ['headline', 'outcome', 'after'] as const;
// "no guarantee", "not guaranteed", "cannot guarantee": a disclaimer, not a promise.
const NEGATION = /\b(?:no|not|never|cannot|can't|can not|don't|do not|won't|will not|without|nor)\s+(?:\w+\s+)?$/;

interface Figure {
  value: number;
  percent: boolean;
}

function figures(text: string): Figure[] {
  return extractNumbers(text).flatMap((raw) => {
    const value = numberValue(raw);
    return value === null ? [] : [{ value, percent: /%|percent/.test(raw) }];
  });
}

function isBacked(figure: Figure, metrics: Figure[]): boolean {
  return metrics.some((m) => Math.abs(m.value - figure.value) < 1e-9 && (!figure.percent || m.percent));
}

// Only the phrases a text holds get a pattern compiled.
const guaranteePhrases = termMatcher(GUARANTEE_PHRASES);

/** Guarantee phrases in `text` that are not disclaimed by a negation just before them. */
export function guaranteesIn(text: string): string[] {
  const flat = fold(text);
  return guaranteePhrases(flat).filter((phrase) => termMatches(flat, phrase).some((match) => !NEGATION.test(flat.slice(0, match.index))));
}

function citedProof(offer: OfferSubject, library: ProofItem[], hits: RuleHit[]): ProofItem[] {
  const byId = proofById(library);
  return offer.proof.flatMap((id) => {
    const item = byId.get(id);
    if (item === undefined) {
      hits.push({ message: `The offer cites proof "${id}", which is not in the library: cite only ids the library holds.`, evidence: id });
      return [];
    }
    return [item];
  });
}

/** O04: every promised number is a metric the cited proof already shows, and nothing is guaranteed. */
export const o04ProvenMetrics: OfferRule = {
  id: 'O04',
  target: 'offer',
  title: 'No guaranteed metric without proof',
  severity: 'error',
  thresholds: {},
  check(offer, context) {
    const hits: RuleHit[] = [];
    const proof = citedProof(offer, context.proof, hits);
    const metrics = proof.flatMap((item) => item.metrics.flatMap((metric) => figures(metric.value)));
    for (const field of PROMISE_FIELDS) {
      const unbacked = extractNumbers(offer[field]).filter((raw) => figures(raw).some((f) => !isBacked(f, metrics)));
      if (unbacked.length === 0) continue;
      hits.push({
        message: `The ${field} promises ${unbacked.join(', ')}, which no cited proof metric shows: cite the proof that measured it, or drop the number.`,
        evidence: offer[field],
      });
    }
    for (const { field, text } of offerFields(offer)) {
      const found = guaranteesIn(text);
      if (found.length === 0) continue;
      hits.push({
        message: `The ${field} guarantees a result ("${found.join('", "')}"): describe what you will do and what proof shows, not a promise.`,
        evidence: text,
      });
    }
    return hits;
  },
};
