import { REUSE } from '../../domain/judgement.ts';
import type { StoredDraft } from '../../domain/ports.ts';
import { ngrams } from '../../text/text.ts';
import type { ProposalRule } from '../types.ts';

/**
 * P21: a letter that mostly repeats an earlier one is a template, and clients who post often see
 * the same one twice. Compares word 5-grams; reports the closest earlier draft.
 */
export const p21Reuse: ProposalRule<{ n: number; maxOverlap: number }> = {
  id: 'P21',
  target: 'proposal',
  title: 'Not a reuse of an earlier draft (5-gram overlap)',
  severity: 'warn',
  thresholds: { n: REUSE.n, maxOverlap: REUSE.maxOverlap },
  check(subject, context, thresholds) {
    const n = Math.max(1, Math.round(thresholds.n));
    const mine = ngrams(subject.text, n);
    if (mine.size === 0) return [];
    let worst = 0;
    let worstIndex = -1;
    context.earlierDrafts.forEach((earlier, index) => {
      const theirs = ngrams(earlier, n);
      let shared = 0;
      for (const gram of mine) if (theirs.has(gram)) shared += 1;
      const overlap = shared / mine.size;
      if (overlap > worst) {
        worst = overlap;
        worstIndex = index;
      }
    });
    const max = thresholds.maxOverlap;
    if (worst <= max) return [];
    return [
      {
        message: `${Math.round(worst * 100)}% of this draft's ${n}-word phrases repeat earlier draft #${worstIndex + 1}; rewrite it for this client.`,
        evidence: `overlap ${worst.toFixed(2)} with earlier draft #${worstIndex + 1} (limit ${max})`,
      },
    ];
  },
};

/**
 * The earlier drafts that count for reuse: only drafts written for other posts. Redrafting or
 * editing a draft for the same post is not reuse, nor is the very text being checked.
 */
export function reuseCandidates(stored: readonly StoredDraft[], postKey: string | null, text?: string): string[] {
  return stored.filter((draft) => draft.text !== text && (postKey === null || draft.postKey !== postKey)).map((draft) => draft.text);
}
