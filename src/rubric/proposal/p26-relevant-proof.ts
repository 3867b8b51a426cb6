import { RELEVANCE } from '../../domain/judgement.ts';
import { proofById } from '../../domain/library-memo.ts';
import type { ProposalRule } from '../types.ts';
import { citedProof } from './cited-proof.ts';

/**
 * P26: every cited proof item is relevant to the post's deliverable. Retrieval judges relevance
 * (RELEVANCE.threshold) and hands the rubric the items at or above it; an item cited outside that
 * list is evidence for some other job and reads as padding. Passes when relevance was not judged.
 */
export const p26RelevantProof: ProposalRule = {
  id: 'P26',
  target: 'proposal',
  title: 'Every cited proof item is relevant to the deliverable',
  severity: 'warn',
  thresholds: {},
  check(subject, context) {
    if (context.relevant === undefined) return [];
    const relevant = new Set(context.relevant.map((match) => match.id));
    const byId = proofById(context.proof);
    return citedProof(subject, context.proof)
      .filter((id) => !relevant.has(id))
      .map((id) => ({
        message: `"${byId.get(id)?.title ?? id}" is not relevant to this post (relevance below ${RELEVANCE.threshold}); cite work that shows this kind of job, or none.`,
        evidence: id,
      }));
  },
};
