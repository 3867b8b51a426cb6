import type { RuleHit, TriageRule } from '../types.ts';
import { proofIds } from '../../domain/library-memo.ts';

/** T01: best proof names only items in the library (or none), and `pursue` needs proof behind it. */
export const t01BestProof: TriageRule = {
  id: 'T01',
  target: 'triage',
  title: 'Best proof is named from the library or is "none", and no pursue without proof',
  severity: 'error',
  thresholds: {},
  check(triage, context) {
    const known = proofIds(context.proof);
    const hits: RuleHit[] = triage.bestProof
      .filter((match) => !known.has(match.id))
      .map((match) => ({
        message: `Best proof "${match.id}" is not in the proof library: cite only ids the library holds, or list none.`,
        evidence: match.id,
      }));
    if (triage.verdict === 'pursue' && triage.bestProof.length === 0) {
      hits.push({
        message: 'The verdict is pursue but no proof matches this post: without relevant proof, consider or skip instead.',
        evidence: null,
      });
    }
    return hits;
  },
};
