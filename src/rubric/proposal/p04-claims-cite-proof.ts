import type { ProposalRule, RuleHit } from '../types.ts';
import { proofIds } from '../../domain/library-memo.ts';
import { clip } from '../../text/text.ts';
import { claimBackers } from './backing.ts';

/** How many distinctive terms a claim must share with a proof item it does not name. */
export const MIN_SHARED_TERMS = 1;

/**
 * P04: every claim about past work must be backed by the library. Cited ids must exist, and each
 * claim, cited or not, must rest on a proof item: one named beside it, or one that shares a good
 * part of its distinctive terms, holding the figures the claim states. A person's draft needs no
 * ids: a claim that an item backs passes. An unbacked claim is an error whose evidence names the
 * nearest item and what it lacks. An empty library backs nothing.
 */
export const p04ClaimsCiteProof: ProposalRule<{ minSharedTerms: number }> = {
  id: 'P04',
  target: 'proposal',
  title: 'Every claim about past work cites an existing proof id',
  severity: 'error',
  thresholds: { minSharedTerms: MIN_SHARED_TERMS },
  check(subject, context, thresholds) {
    const known = proofIds(context.proof);
    const hits: RuleHit[] = subject.citations
      .filter((id, index, all) => !known.has(id) && all.indexOf(id) === index)
      .map((id) => ({
        message: `The draft cites proof "${id}", which is not in your library; cite an existing id or add that proof item.`,
        evidence: id,
      }));

    for (const { claim, backer, nearest } of claimBackers(subject.text, context.proof, thresholds.minSharedTerms)) {
      if (backer !== null) continue;
      // The nearest item is named so the writer can see whether the claim overstates real work.
      const closest = nearest === null ? '' : ` (closest proof: ${nearest.item.id} "${clip(nearest.item.title, 60)}", which ${nearest.lacks})`;
      hits.push({
        message:
          context.proof.length === 0
            ? 'The draft claims past work but your proof library is empty; add the proof item or remove the claim.'
            : 'This claim about past work matches nothing in your proof library; cite the proof item it rests on or remove it.',
        evidence: `${clip(claim)}${closest}`,
      });
    }
    return hits;
  },
};
