import type { ProposalRule } from '../types.ts';
import { citedProof } from './cited-proof.ts';

/**
 * P07: one to three proof items. None leaves the client with nothing to check; more than three
 * buries the one that matters. A person's draft (no citations) cites by naming an item's id or
 * title, or by describing work an item backs (see cited-proof.ts). When retrieval found nothing relevant
 * in the library, a draft that cites nothing passes: irrelevant proof would be worse than none.
 */
export const p07ProofCount: ProposalRule<{ min: number; max: number }> = {
  id: 'P07',
  target: 'proposal',
  title: 'One to three proof items',
  severity: 'warn',
  thresholds: { min: 1, max: 3 },
  check(subject, context, thresholds) {
    const cited = new Set(citedProof(subject, context.proof));
    const min = thresholds.min;
    const max = thresholds.max;
    // When nothing in the library is relevant, citing nothing is the honest draft.
    if (cited.size === 0 && context.relevant?.length === 0) return [];
    if (cited.size < min) {
      return [
        {
          message:
            cited.size === 0
              ? 'No proof cited: tie one or two proof items from your library to what the client needs.'
              : `Only ${cited.size} proof item(s) cited; cite at least ${min}.`,
          evidence: null,
        },
      ];
    }
    if (cited.size > max) {
      return [
        {
          message: `${cited.size} proof items cited; keep the ${max} most relevant so the best one is not buried.`,
          evidence: [...cited].join(', '),
        },
      ];
    }
    return [];
  },
};
