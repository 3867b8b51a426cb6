import type { ProposalRule, RuleHit } from '../types.ts';
import { distinctiveTerms, stem, termStems } from '../terms.ts';
import { clip } from '../text.ts';
import { PAST_VERBS, claimSentences, proofNamedInText } from './claims.ts';
import { proofText } from './sources.ts';

// Words that only make a claim a claim; sharing them with proof shows nothing.
const CLAIM_WORDS = new Set([
  ...PAST_VERBS,
  ...['recent', 'recently', 'previous', 'previously', 'past', 'similar', 'last', 'client', 'customer', 'former'],
]);

/**
 * P04: every claim about past work must be backed by the library. A drafted proposal cites ids; a
 * person's draft (no citations) is backed when the claim shares a distinctive term with some proof
 * item or names one. An empty library backs nothing.
 */
export const p04ClaimsCiteProof: ProposalRule = {
  id: 'P04',
  target: 'proposal',
  title: 'Every claim about past work cites an existing proof id',
  severity: 'error',
  thresholds: { minSharedTerms: 1 },
  check(subject, context, thresholds) {
    const known = new Set(context.proof.map((item) => item.id));
    const hits: RuleHit[] = subject.citations
      .filter((id, index, all) => !known.has(id) && all.indexOf(id) === index)
      .map((id) => ({
        message: `The draft cites proof "${id}", which is not in your library; cite an existing id or add that proof item.`,
        evidence: id,
      }));
    if (subject.citations.some((id) => known.has(id))) return hits;

    const claims = claimSentences(subject.text);
    if (claims.length === 0) return hits;
    // Naming a proof item by id or title backs the claims around it.
    if (proofNamedInText(subject.text, context.proof).length > 0) return hits;
    const minShared = thresholds.minSharedTerms ?? 1;
    const libraries = context.proof.map((item) => termStems(proofText(item)));
    for (const claim of claims) {
      const terms = distinctiveTerms(claim).filter((term) => !CLAIM_WORDS.has(term));
      // A claim too vague to compare is let through when there is a library it could refer to.
      const backed =
        libraries.length > 0 &&
        (terms.length === 0 || libraries.some((stems) => terms.filter((t) => stems.has(stem(t))).length >= minShared));
      if (!backed) {
        hits.push({
          message:
            context.proof.length === 0
              ? 'The draft claims past work but your proof library is empty; add the proof item or remove the claim.'
              : 'This claim about past work matches nothing in your proof library; cite the proof item it rests on or remove it.',
          evidence: clip(claim),
        });
      }
    }
    return hits;
  },
};
